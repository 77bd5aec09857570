import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tellsCareBill } from '../../src/engine/care-bill.js';
import { runs, withinBound } from '../helpers/fuzz.js';
import { anyResidentText, pumpedText } from '../helpers/hostile-text.js';

const BOUND_MS = 50;

describe('an illness told as the reason for a bill', () => {
  it.each([
    '我妈做了心脏搭桥 医保报完还差两万 想申请医疗救助',
    '孩子烫伤住了半个月院 花了四万块 有没有补助',
    '我腿截肢以后一直没办残疾证 能办补贴吗',
  ])('「%s」 tells a bill for care already had', (text) => {
    expect(tellsCareBill(text)).toBe(true);
  });

  it.each(['我爸突然倒了叫不醒 医药费怎么办', '我妈刚刚摔了 头还在流血 能报销吗', '我老伴脑梗了 在床上'])(
    '「%s」 is not only a bill',
    (text) => {
      expect(tellsCareBill(text)).toBe(false);
    },
  );

  it('reads any text within its bound without throwing', () => {
    fc.assert(
      fc.property(anyResidentText(), (text) => {
        withinBound(BOUND_MS, () => tellsCareBill(text));
      }),
      runs(300),
    );
    fc.assert(
      fc.property(pumpedText(2000), (text) => {
        withinBound(BOUND_MS, () => tellsCareBill(text));
      }),
      runs(100),
    );
  });
});
