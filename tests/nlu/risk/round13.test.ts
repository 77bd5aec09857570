import { beforeAll, describe, expect, it } from 'vitest';
import { type RiskAssessor } from '../../../src/nlu/risk/index.js';
import { shippedAssessor } from './fixture.js';

// Round 13: calm applications that the rules raised, in kinds read from sets K and L (written here in our own
// words): 出不去 because someone at home must mind a child is no confinement; a contractor or a boss who owes
// money and cannot be found is a debt, not a vulnerable person missing. The same words without the calming part
// stay urgent. (A household taken in by relatives after a fire was tried as calm too, and set aside: it cost nine
// high messages of the development sets.)

let assess: RiskAssessor;

beforeAll(async () => {
  assess = (await shippedAssessor()).assess;
});

describe('round 13: calm words that only looked like danger', () => {
  it.each([
    '我在家带孩子出不去 他爸在镇上打零工 一个月两千来块',
    '老婆在家看孙子出不去 我一个人跑车',
    '去年给一个老板装修干了三个月 工钱一分没给 现在老板人都找不到了',
    '工头欠我们几个人的工资 电话打不通 人也联系不上了 想问问能不能找法律援助',
  ])('「%s」 is no emergency', (text) => {
    expect(assess(text).level).toBe('none');
  });
});

describe('round 13: the same situations without the calming part stay urgent', () => {
  it.each([
    ['他们把我锁在屋里出不去 手机也被收了', 'critical'],
    ['我爸出去一天了 到现在人都找不到了 他有老年痴呆', 'critical'],
    ['昨天夜里房子着火烧光了 一家人今晚没地方住', 'high'],
  ] as const)('「%s」 stays %s', (text, level) => {
    expect(assess(text).level).toBe(level);
  });
});
