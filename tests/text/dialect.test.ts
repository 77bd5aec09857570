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

  it('reads north-western 额 after a word put first as I, but not in an amount or a quota', () => {
    expect(normalizeDialect('药额已经买好了')).toBe('药我已经买好了');
    expect(normalizeDialect('地额都包出去了')).toBe('地我都包出去了');
    expect(normalizeDialect('卡上余额已经不多了')).toBe('卡上余额已经不多了');
    expect(normalizeDialect('今年的名额都满了')).toBe('今年的名额都满了');
    expect(normalizeDialect('补助金额还没定')).toBe('补助金额还没定');
  });

  it('reads 撒 typed for 啥 before what it asks about, and leaves 撒谎 and 撒种 alone', () => {
    expect(normalizeDialect('要带撒材料')).toBe('要带啥材料');
    expect(normalizeDialect('撒时候能批')).toBe('啥时候能批');
    expect(normalizeDialect('你们要撒？')).toBe('你们要啥？');
    expect(normalizeDialect('他撒谎')).toBe('他撒谎');
    expect(normalizeDialect('地里撒种')).toBe('地里撒种');
  });

  it('reads Cantonese and English words of looking for work', () => {
    expect(normalizeDialect('搵唔到嘢做')).toBe('找不到工作');
    expect(normalizeDialect('有冇job介绍 厂layoff咗')).toBe('有没有工作介绍 厂被裁员了');
  });

  it('reads Wu 孙囡 as a granddaughter', () => {
    expect(normalizeDialect('阿拉孙囡读高二')).toBe('我们孙女读高二');
  });
});
