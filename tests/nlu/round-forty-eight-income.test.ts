// Round 48 (sets BP and FE, in-sample): how residents close an income answer. The sum said after its parts is the
// parts restated; 月均 is a month; a member whose pay varies has their own average; odd jobs taken in (接的活)
// bring money in. Sentences written here.
import { describe, expect, it } from 'vitest';
import { extractMonthlyIncome } from '../../src/nlu/entities/monthly-income.js';

const income = (text: string) => extractMonthlyIncome(text).map((e) => e.value);

describe('round 48: the sum said after its parts restates them', () => {
  it.each([
    ['我养老金一千二 老伴做保洁八百，两千左右', 2000],
    ['儿子上班两千五 我种地一个月三百多 二千八上下', 2800],
    ['老公开车四千 我摆摊一千 大概四千 不对 是五千', 5000],
    ['他爸工资三千三加我的低保金七百 四千', 4000],
  ])('「%s」 is %i a month', (text, amount) => {
    expect(income(text)).toEqual([amount]);
  });

  it.each([
    ['我养老金九百 老伴养老金九百 闺女每月给一千八', 3600],
    ['我一千 他一千 两千的低保', 4000],
    ['老公三千 我两千 还有一千的补贴', 6000],
  ])('「%s」 names a third source: %i', (text, amount) => {
    expect(income(text)).toEqual([amount]);
  });
});

describe('round 48: 月均 and 月平均 are a month', () => {
  it.each([
    ['户主外出务工月均两千左右', 2000],
    ['女儿在饭店帮厨 月平均一千六 我有一百八的养老金', 1780],
    ['该户男主人打零工月均八百，女方无收入', 800],
  ])('「%s」 is %i a month', (text, amount) => {
    expect(income(text)).toEqual([amount]);
  });
});

describe('round 48: the average of a member whose pay varies is theirs alone', () => {
  it.each([
    ['我退休金一千九 儿子送快递没个准 平均一个月两千', 3900],
    ['婆婆养老金两百 我男人打零工不固定 平均下来也就一千五', 1700],
  ])('「%s」 is %i a month', (text, amount) => {
    expect(income(text)).toEqual([amount]);
  });

  it('the average of one earner’s good and bad months still replaces them', () => {
    expect(income('我做零工多的时候三千 少的时候一千 不固定 平均两千')).toEqual([2000]);
  });
});

describe('round 48: odd jobs taken in bring money in', () => {
  it.each([
    ['闺女在厂里两千六 我在家接点缝纫的活三百', 2900],
    ['老婆上班两千 我接单跑腿一个月五百', 2500],
  ])('「%s」 is %i a month', (text, amount) => {
    expect(income(text)).toEqual([amount]);
  });
});

describe('round 48: 花 in a place’s name spends nothing', () => {
  it.each([
    ['家住花园村 三口人 我上班一个月到手两千五', 2500],
    ['花桥镇的 两个人 养老金加起来一千四', 1400],
  ])('「%s」 is %i a month', (text, amount) => {
    expect(income(text)).toEqual([amount]);
  });

  it('money spent is still a cost', () => {
    expect(income('看病花了三千 我工资两千六')).toEqual([2600]);
  });
});
