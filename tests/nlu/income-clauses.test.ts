// Incomes told without punctuation: a past figure then 现在, another source joined with 再就是, a day's pay
// run into 一个月, and the resident's own reckoning (算下来) after the sources. Sentences written for this test.
import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../src/nlu/index.js';
import { moneyClauses } from '../../src/text/money-clauses.js';
import { numberBeforePeriod } from '../../src/text/number-before-period.js';

const income = (text: string) => extractEntities(text).find((e) => e.type === 'monthly_income')?.value;

describe('clauses of a money answer', () => {
  it('break at 现在 only after a past time in the same run', () => {
    expect(moneyClauses('以前两口子一个月八千现在就他一个人挣三千')).toEqual([
      '以前两口子一个月八千',
      '现在就他一个人挣三千',
    ]);
    expect(moneyClauses('我现在一个月两千')).toEqual(['我现在一个月两千']);
  });

  it('break before a source joined on', () => {
    expect(moneyClauses('卖菜一年四千再就是低保一个月五百')).toEqual([
      '卖菜一年四千',
      '再就是低保一个月五百',
    ]);
  });

  it('a trailing 一 that starts a period word is no digit', () => {
    expect(numberBeforePeriod('八十一', '个月干二十天')).toBe('八十');
    expect(numberBeforePeriod('三千一', '，')).toBe('三千一');
    expect(numberBeforePeriod('一', '年')).toBe('一');
  });
});

describe('incomes told in one breath', () => {
  it.each([
    ['打扫卫生一天八十一个月能去二十天', 1600],
    ['养鸡一年卖三千六再就是他的残疾补贴一个月一百二加起来', 420],
    ['老两口低保加起来五百多，种菜一年两千四，算下来一个月七百', 700],
    ['原来在厂里一个月五千多现在厂子关了就靠老婆一个月两千二', 2200],
  ])('「%s」 → %i a month', (text, expected) => {
    expect(income(text)).toBe(expected);
  });
});
