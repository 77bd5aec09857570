// Monthly income told as several sources (a harvest a year, a pension a month, a 低保 on top) is the
// household's sum; a sub-total of one source is not the household's total; 花生 is sold, not spent.
import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../src/nlu/index.js';

const income = (text: string) => extractEntities(text).find((e) => e.type === 'monthly_income')?.value;

describe('income from several sources', () => {
  it.each([
    ['一年卖玉米七千二 还有老两口的养老金加起来两百', 800],
    ['一年卖点花生两千四 再就是养老金一个月一百五', 350],
    ['妈妈在饭店帮工一个月一千五 另外还有残疾补贴两百', 1700],
    ['爷爷奶奶种菜 一年三千六 我做兼职一个月八百', 1100],
    ['果园一年除去农药肥料能剩个九千六', 800],
  ])('「%s」 → %i a month', (text, expected) => {
    expect(income(text)).toBe(expected);
  });

  it.each([
    // Sources in clauses of their own, with no word that adds them: still the household's sum.
    ['我在镇上帮人看店 一个月两千六 婆婆的养老金三百', 2900],
    ['儿子跑外卖四千 退休金两个人一共三千', 7000],
    ['不出去干活了 就一个月一百多 就那点养老金 一百四', 140],
    // Each of several people, per person, by the quarter, what is left after deductions, and the figure settled on.
    ['爷爷奶奶高龄补贴各八十', 160],
    ['人均三百 家里五口人', 1500],
    ['每个季度领九百的护理补贴', 300],
    ['工资四千 扣完五险到手三千六', 3600],
    ['一年收成不到五千 按一年四千八算', 400],
    ['残疾补贴一百 护理补贴一百', 200],
    // Voice input without pauses: a member named right after an amount is the next earner.
    ['老公开车一个月四千我在厂里一个月两千二', 6200],
    ['我老伴上班一个月三千他爸退休了每个月一千五', 4500],
    ['我在饭店洗碗两千四', 2400],
  ])('「%s」 → %i a month', (text, expected) => {
    expect(income(text)).toBe(expected);
  });

  it.each([
    ['我一个月两千 一年两万四', 2000],
    ['工资一个月三千五 旺季能到五千', 3500],
    ['老公工资三千 我们全家加起来一个月四千', 4000],
  ])('「%s」 stays %i', (text, expected) => {
    expect(income(text)).toBe(expected);
  });
});

describe('no income, said with 都 / 也', () => {
  it.each(['现在是一分收入都莫得', '收入也没有 全靠亲戚接济'])('「%s」 → 0', (text) => {
    expect(income(text)).toBe(0);
  });
});
