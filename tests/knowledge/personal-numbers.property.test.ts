// maskPersonalNumbers (src/knowledge/analyzer.ts): identity, bank-card and phone numbers pasted into a question
// are blanked before ranking, so their digit pairs do not match a document's dates (round 15).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maskPersonalNumbers } from '../../src/knowledge/analyzer.js';
import { normalizeText } from '../../src/text/normalize.js';
import { anyResidentText } from '../helpers/hostile-text.js';

const longNumber = fc.stringMatching(/^[1-9][0-9]{6,18}x?$/u);
const shortNumber = fc.stringMatching(/^[0-9]{1,6}$/u);
const words = fc.constantFrom('', '我的身份证是', '电话', '手机号 ', '申请交了 ', '卡号', '一个月', '元');

describe('personal numbers in a question', () => {
  it('is total and bounded on any resident text, and keeps its length', () => {
    fc.assert(
      fc.property(anyResidentText(), (raw) => {
        const text = normalizeText(raw);
        const start = performance.now();
        const out = maskPersonalNumbers(text);
        expect(performance.now() - start).toBeLessThan(50);
        expect(out.length).toBe(text.length);
        expect(out).not.toMatch(/[0-9]{7,}/u);
      }),
      { numRuns: 300 },
    );
  });

  it('blanks a long number character for character, wherever it stands', () => {
    fc.assert(
      fc.property(words, longNumber, words, (before, number, after) => {
        const out = maskPersonalNumbers(`${before}${number}${after}`);
        expect(out).toBe(`${before}${' '.repeat(number.length)}${after}`);
      }),
    );
  });

  it('leaves short numbers (amounts, ages, service lines) as they are', () => {
    fc.assert(
      fc.property(words, shortNumber, words, (before, number, after) => {
        const text = `${before}${number}${after}`;
        fc.pre(!/[0-9]{7,}/u.test(text));
        expect(maskPersonalNumbers(text)).toBe(text);
      }),
    );
    expect(maskPersonalNumbers('打12349问过了')).toBe('打12349问过了');
  });
});
