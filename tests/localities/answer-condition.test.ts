import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answerCondition, applicantAge, meetsCondition } from '../../src/localities/answer-condition.js';
import { anyResidentText } from '../helpers/hostile-text.js';
import { fakeIdNumber } from '../helpers/id-numbers.js';

const AT = new Date('2026-11-24T02:00:00Z');
const TZ = 'Asia/Shanghai';
const meets = (condition: unknown, answers: Record<string, string | number>): boolean =>
  meetsCondition(answerCondition.parse(condition), answers, AT, TZ);

describe('answer conditions', () => {
  it('counts age in whole years on the local date, from the ID number', () => {
    expect(applicantAge({ id_number: fakeIdNumber('19561124', 101) }, AT, TZ)).toBe(70);
    expect(applicantAge({ id_number: fakeIdNumber('19561125', 101) }, AT, TZ)).toBe(69);
    expect(applicantAge({ id_number: '12345' }, AT, TZ)).toBeUndefined();
    expect(meets({ ageAtLeast: 70 }, { id_number: fakeIdNumber('19561124', 101) })).toBe(true);
    expect(meets({ ageAtLeast: 70 }, { id_number: fakeIdNumber('19561125', 101) })).toBe(false);
    expect(meets({ ageAtLeast: 70 }, {})).toBe(false);
    expect(meets({ ageBelow: 18 }, { id_number: fakeIdNumber('20100301', 101) })).toBe(true);
  });

  it('reads a choice among several chosen, and any condition of a list', () => {
    const c = [{ field: 'special_members', anyOf: ['有残疾人'] }, { words: ['瘫'] }];
    expect(meets(c, { special_members: '有重病病人、有残疾人' })).toBe(true);
    expect(meets(c, { hardship: '老伴瘫在床上' })).toBe(true);
    expect(meets(c, { special_members: '都没有', hardship: '日子难过' })).toBe(false);
  });

  it('does not count a word that is denied right before it', () => {
    expect(meets({ words: ['离婚'] }, { hardship: '我们没离婚 只是他常年在外' })).toBe(false);
    expect(meets({ words: ['离婚'] }, { hardship: '没有离婚' })).toBe(false);
    expect(meets({ words: ['离婚'] }, { hardship: '没有离婚的打算 但去年他就离婚走了' })).toBe(true);
    expect(meets({ words: ['租房'] }, { hardship: '前年离婚了 现在租房住' })).toBe(true);
  });

  it('refuses a condition with nothing to test, or a field without its choices', () => {
    expect(answerCondition.safeParse({}).success).toBe(false);
    expect(answerCondition.safeParse({ field: 'special_members' }).success).toBe(false);
    expect(answerCondition.safeParse({ words: ['租房'], extra: 1 }).success).toBe(false);
  });

  it('answers for any resident text without throwing', () => {
    const c = answerCondition.parse([{ words: ['离婚', '租房'] }, { ageAtLeast: 70 }]);
    fc.assert(
      fc.property(anyResidentText(), anyResidentText(), (hardship, id) => {
        expect(typeof meetsCondition(c, { hardship, id_number: id }, AT, TZ)).toBe('boolean');
      }),
    );
  });
});
