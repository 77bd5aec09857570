import { describe, expect, it } from 'vitest';
import { spelledDigits } from '../../src/text/spoken-digits.js';
import { extractEntities } from '../../src/nlu/entities/index.js';

describe('numbers read aloud in characters', () => {
  it('reads a phone said in spaced groups of numerals, each character in its place', () => {
    const text = '号码 一三七 零零零零 五二八六';
    const read = spelledDigits(text);
    expect(read).toBe('号码 137 0000 5286');
    expect(read.length).toBe(text.length);
    expect(extractEntities(text).find((e) => e.type === 'phone')?.value).toBe('13700005286');
    expect(extractEntities('一八九-零零零零-七七一二').find((e) => e.type === 'phone')?.value).toBe('18900007712');
  });

  it('leaves short groups of numerals in words alone', () => {
    expect(spelledDigits('三五个 一二三')).toBe('三五个 一二三');
    expect(spelledDigits('一年三百六 十五天')).toBe('一年三百六 十五天');
  });
});
