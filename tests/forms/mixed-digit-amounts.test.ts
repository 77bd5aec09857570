// Amounts typed with Arabic digits and a Chinese unit after them (4千, 1万8, 6百块): one number, in every money field.
import { describe, expect, it } from 'vitest';
import { readAnswer } from '../../src/forms/read-answer.js';
import { moneyField } from './money-field.js';

const costs = moneyField({
  name: 'medical_costs',
  net_of_refund: true,
  min: 0,
  max: 10_000_000,
});

describe('amounts typed as digits with a Chinese unit', () => {
  it.each([
    ['4千', 4000],
    ['差不多1万8', 18_000],
    ['6百块', 600],
    ['药费7千左右', 7000],
    ['住院押金交了2万5', 25_000],
  ])('the medical costs 「%s」 are %d', (text, value) => {
    expect(readAnswer(costs, text, [])).toEqual({ ok: true, value });
  });

  it('still reads a count beside an amount apart', () => {
    expect(readAnswer(costs, '化疗3次 每次自己出5千', [])).toEqual({ ok: true, value: 5000 });
  });
});
