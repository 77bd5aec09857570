import { describe, expect, it } from 'vitest';
import { parseChineseNumber } from '../../src/text/chinese-number.js';

describe('numbers as residents type them', () => {
  it.each([
    ['两千五', 2500],
    ['一万二', 12000],
    ['三千', 3000],
    ['1.2万', 12000],
    ['2千5', 2500],
    ['三百五', 350],
    ['一百零五', 105],
    ['十五', 15],
    ['七十八', 78],
    ['两万五千', 25000],
    ['一九四九', 1949],
    ['1,500', 1500],
  ])('reads 「%s」 as %d', (text, value) => {
    expect(parseChineseNumber(text)).toBe(value);
  });

  it('returns undefined for text that is not a number', () => {
    expect(parseChineseNumber('低保')).toBeUndefined();
    expect(parseChineseNumber('')).toBeUndefined();
  });

  it('refuses a run of numerals longer than any number a resident gives instead of reading Infinity', () => {
    expect(parseChineseNumber('一'.repeat(400))).toBeUndefined();
    expect(parseChineseNumber('幺三八一九四九')).toBe(1381949);
  });
});
