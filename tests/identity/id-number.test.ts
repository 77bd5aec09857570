import { describe, expect, it } from 'vitest';
import {
  idCheckCharacter,
  isValidIdNumber,
  maskIdNumber,
  validateIdNumber,
} from '../../src/identity/id-number.js';

// Fictional numbers with correct check characters (generated, not anyone's).
const VALID_X = '11010519491231002X';
const VALID_DIGIT = '320281195603150021';
const VALID_FEMALE_X = '37083119880709123X';

describe('resident ID numbers (GB 11643-1999)', () => {
  it('accepts a valid ID ending in X and reads its birth date and sex', () => {
    expect(validateIdNumber(VALID_X)).toEqual({
      ok: true,
      value: VALID_X,
      birthDate: '1949-12-31',
      sex: 'female',
      legacy: false,
    });
  });

  it('accepts a lowercase x and normalises it to uppercase', () => {
    const result = validateIdNumber('11010519491231002x');
    expect(result.ok && result.value).toBe(VALID_X);
  });

  it('tolerates the spaces and dashes people type inside the number', () => {
    expect(validateIdNumber('320281 19560315 0021')).toMatchObject({
      ok: true,
      value: VALID_DIGIT,
      sex: 'female',
    });
    expect(validateIdNumber('370831-19880709-123x')).toMatchObject({ ok: true, value: VALID_FEMALE_X });
  });

  it('reports an ID with a wrong check digit as invalid, never accepts it', () => {
    for (const wrong of ['320281195603150022', '110105194912310021', '370831198807091230']) {
      expect(validateIdNumber(wrong)).toEqual({ ok: false, reason: 'check_digit' });
      expect(isValidIdNumber(wrong)).toBe(false);
    }
  });

  it('refuses a birth date that does not exist or lies in the future', () => {
    const feb30 = `32028119560230002`;
    expect(validateIdNumber(feb30 + idCheckCharacter(feb30))).toEqual({ ok: false, reason: 'birth_date' });
    const future = `32028121990101002`;
    expect(validateIdNumber(future + idCheckCharacter(future), new Date('2025-01-01'))).toEqual({
      ok: false,
      reason: 'birth_date',
    });
  });

  it('says whether the length or the characters are wrong', () => {
    expect(validateIdNumber('3202811956031500')).toEqual({ ok: false, reason: 'length' });
    expect(validateIdNumber('32028119560315X021')).toEqual({ ok: false, reason: 'format' });
  });

  it('recognises an old 15-digit number as valid in format, without a check digit to verify', () => {
    expect(validateIdNumber('110105491231002')).toEqual({
      ok: true,
      value: '110105491231002',
      birthDate: '1949-12-31',
      sex: 'female',
      legacy: true,
    });
  });

  it('computes the check character the standard defines', () => {
    expect(idCheckCharacter('11010519491231002')).toBe('X');
    expect(idCheckCharacter('32028119560315002')).toBe('1');
  });

  it('masks an ID so that only the first 3 and last 4 characters show', () => {
    expect(maskIdNumber('11010519491231002x')).toBe('110***********002X');
  });
});
