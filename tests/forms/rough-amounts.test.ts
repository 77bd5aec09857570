// Rough amounts in money answers (六十多万, 十几万, 三千来块, 两千出头): every reader of money writes the round figure
// named, as a caseworker would, never the figure and its unit read apart (六十 or 万).
import { describe, expect, it } from 'vitest';
import { costAfterRefund } from '../../src/forms/net-cost.js';
import { readAnswer } from '../../src/forms/read-answer.js';
import { namesOnlyCosts } from '../../src/nlu/entities/costs-only.js';
import { extractMonthlyIncome } from '../../src/nlu/entities/monthly-income.js';
import { moneyField } from './money-field.js';

const field = moneyField;
const income = field({ name: 'monthly_income', entity: 'monthly_income', min: 0, max: 1_000_000 });
const costs = field({ name: 'medical_costs', net_of_refund: true, min: 0, max: 10_000_000 });

describe('rough amounts in money answers', () => {
  it.each([
    ['六十多万', 600_000],
    ['前前后后三十来万吧', 300_000],
    ['自己垫进去十几万了', 100_000],
    ['总共花了差不多八十余万', 800_000],
    ['五千出头', 5000],
    ['四千来块', 4000],
  ])('the medical costs 「%s」 are %d', (text, value) => {
    expect(readAnswer(costs, text, [])).toEqual({ ok: true, value });
  });

  it.each([
    ['一个月一万多点', 10_000],
    ['俺俩退休金加起来六千来块', 6000],
    ['他开车一个月三千出头 我没收入', 3000],
  ])('the monthly income 「%s」 is %d', (text, value) => {
    expect(readAnswer(income, text, extractMonthlyIncome(text))).toEqual({ ok: true, value });
  });

  it('reads the cost less what insurance paid back when both are rough', () => {
    expect(costAfterRefund('住院连手术一共五十多万 医保给报了二十来万')).toBe(300_000);
    expect(costAfterRefund('自费三十几万 大病保险后来又返了五万')).toBe(250_000);
  });

  it('tells a rough sum to pay from income', () => {
    expect(namesOnlyCosts('医院催着后面还要交二十多万')).toBe(true);
    expect(namesOnlyCosts('欠亲戚四十来万 孩子一个月寄两千')).toBe(false);
  });

  it('keeps the exact figure said after a rough one', () => {
    expect(readAnswer(costs, '二十多万 单子上是二十三万四', [])).toEqual({ ok: true, value: 234_000 });
  });
});
