import { describe, expect, it } from 'vitest';
import { dammCheckDigit, formatReceiptNumber, parseReceiptNumber } from '../../src/cases/receipt-number.js';

const accepted = new Date('2025-10-09T10:00:00+08:00');

function format(sequence = 123, localityCode = '320281', date = accepted): string {
  const result = formatReceiptNumber({ localityCode, date, sequence });
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

describe('receipt numbers', () => {
  it('are written as locality code, Beijing date, 6-digit sequence and a check digit', () => {
    expect(format()).toBe('320281-20251009-000123-3');
  });

  it('use the Beijing date of acceptance', () => {
    // 17:00Z on 9 October is already 10 October in 江阴.
    expect(format(1, '320281', new Date('2025-10-09T17:00:00Z'))).toMatch(/^320281-20251010-000001-\d$/);
  });

  it('read back to the same parts', () => {
    const parsed = parseReceiptNumber(format(42, '370000'));
    expect(parsed).toEqual({
      ok: true,
      value: { localityCode: '370000', date: '2025-10-09', sequence: 42, canonical: format(42, '370000') },
    });
  });

  it('are read as residents type them: spaces, full-width digits, other dashes or none', () => {
    for (const typed of [
      '320281 20251009 000123 3',
      '３２０２８１－２０２５１００９－０００１２３－３',
      '320281—20251009—000123—3',
      '320281一20251009一000123一3',
      '320281202510090001233',
      '  320281-20251009-000123-3\n',
    ]) {
      const parsed = parseReceiptNumber(typed);
      expect(parsed.ok ? parsed.value.canonical : parsed.error.code).toBe('320281-20251009-000123-3');
    }
  });

  it('a receipt number with a typo is rejected', () => {
    const parsed = parseReceiptNumber('320281-20251009-000128-3');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.error.code).toBe('bad_check_digit');
      expect(parsed.error.message).toMatch(/核对/);
    }
  });

  it('every single wrong digit is caught', () => {
    const digits = format().replaceAll('-', '');
    for (let i = 0; i < digits.length; i++) {
      for (let d = 0; d <= 9; d++) {
        if (String(d) === digits[i]) continue;
        const typo = digits.slice(0, i) + String(d) + digits.slice(i + 1);
        expect(parseReceiptNumber(typo).ok, typo).toBe(false);
      }
    }
  });

  it('every swap of two neighbouring digits is caught', () => {
    const digits = format(908172).replaceAll('-', '');
    for (let i = 0; i + 1 < digits.length; i++) {
      if (digits[i] === digits[i + 1]) continue;
      const swapped = digits.slice(0, i) + digits[i + 1] + digits[i] + digits.slice(i + 2);
      expect(parseReceiptNumber(swapped).ok, swapped).toBe(false);
    }
  });

  it('a number of the wrong length gets a message saying how long it should be', () => {
    const parsed = parseReceiptNumber('320281-20251009-00123-3');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.error.code).toBe('bad_shape');
      expect(parsed.error.message).toMatch(/21位/);
    }
  });

  it('an empty entry asks for the number', () => {
    const parsed = parseReceiptNumber('   ');
    expect(parsed.ok ? '' : parsed.error.code).toBe('empty');
  });

  it('a well-checked number with an impossible date or sequence 0 is still rejected', () => {
    const badDate = '32028120250230000001';
    const zeroSeq = '32028120251009000000';
    expect(parseReceiptNumber(`${badDate}${dammCheckDigit(badDate)}`)).toMatchObject({
      ok: false,
      error: { code: 'bad_date' },
    });
    expect(parseReceiptNumber(`${zeroSeq}${dammCheckDigit(zeroSeq)}`)).toMatchObject({
      ok: false,
      error: { code: 'bad_sequence' },
    });
  });

  it('formatting refuses a bad locality code or a sequence out of range, as values', () => {
    expect(formatReceiptNumber({ localityCode: '32028', date: accepted, sequence: 1 })).toMatchObject({
      ok: false,
      error: { code: 'bad_locality_code' },
    });
    expect(formatReceiptNumber({ localityCode: '320281', date: accepted, sequence: 0 })).toMatchObject({
      ok: false,
      error: { code: 'bad_sequence' },
    });
    expect(
      formatReceiptNumber({ localityCode: '320281', date: accepted, sequence: 1_000_000 }),
    ).toMatchObject({
      ok: false,
      error: { code: 'bad_sequence' },
    });
    expect(formatReceiptNumber({ localityCode: '320281', date: new Date(NaN), sequence: 1 })).toMatchObject({
      ok: false,
      error: { code: 'bad_date' },
    });
  });

  it('the Damm check digit matches the published example (572 → 4)', () => {
    expect(dammCheckDigit('572')).toBe(4);
    expect(dammCheckDigit('5724')).toBe(0);
  });
});
