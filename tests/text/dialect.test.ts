// Dialect words read in Mandarin (src/text/dialect.ts): what a lexicon written in Mandarin then understands.
import { describe, expect, it } from 'vitest';
import { normalizeDialect } from '../../src/text/dialect.js';

describe('dialect words in Mandarin', () => {
  it.each([
    ['而家冇地方瞓', '现在没有地方睡'],
    ['前几日落大雨', '前几天下大雨'],
    ['医生话要即刻做手术 要交按金', '医生话要马上做手术 要交押金'],
    ['俺寻思明儿个去', '我想明天去'],
    ['背了一身饥荒', '背了一身饥荒'],
    ['家里背饥荒', '家里背债'],
    ['明朝就要交 交关钞票', '明天就要交 很多钱'],
    ['嫑寻我', '不要寻我'],
  ])('「%s」 → 「%s」', (said, mandarin) => {
    expect(normalizeDialect(said)).toBe(mandarin);
  });

  it('leaves 阿拉伯 and a famine as they are', () => {
    expect(normalizeDialect('阿拉伯的饥荒')).toBe('阿拉伯的饥荒');
  });

  it('reads Wu 哪能 as 怎么, but not where 哪 is a place and 能 a can («在哪能问到结果»)', () => {
    expect(normalizeDialect('低保哪能弄')).toBe('低保怎么办');
    expect(normalizeDialect('伊哪能讲')).toBe('伊怎么讲');
    expect(normalizeDialect('在哪能问到结果')).toBe('在哪能问到结果');
    expect(normalizeDialect('去哪能办')).toBe('去哪能办');
  });
});
