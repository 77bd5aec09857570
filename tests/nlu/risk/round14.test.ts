import { beforeAll, describe, expect, it } from 'vitest';
import { type RiskAssessor } from '../../../src/nlu/risk/index.js';
import { shippedAssessor } from './fixture.js';

// Round 14: a disaster told as an answer to 「遇到了什么灾害？什么时候发生的？」 was raised to a disaster happening now
// (read from set M, written here in our own words). A part of a named month (九月下旬, 十月中旬) is a time gone by;
// 人没伤着 says nobody is hurt; a household put up in the village hall is sheltered. The same words told as now,
// with someone trapped, or sleeping in the hall's corridor, stay urgent.

let assess: RiskAssessor;

beforeAll(async () => {
  assess = (await shippedAssessor()).assess;
});

describe('round 14: a disaster told as over', () => {
  it.each([
    '九月下旬下暴雨 屋后的坡塌下来 把灶房埋了 人没伤着 现在住村部的会议室',
    '上个月底刮大风 房顶掀了一半 人没砸着',
  ])('「%s」 is no emergency', (text) => {
    // Round 39: the net retrained on sets BB and BC may hear a low mood in the loss and add a kind word (distress
    // opens no case); what must not happen is an emergency.
    expect(['none', 'distress']).toContain(assess(text).level);
  });
});

describe('round 14: the same words told as now stay urgent', () => {
  it.each([
    ['刚才后山塌下来了 把我家后墙推倒了 我爸被埋在里面', 'critical'],
    ['被儿子赶出来了 这几天睡在村委会走廊里 夜里冻得很', 'high'],
  ] as const)('「%s」 stays at least %s', (text, level) => {
    const got = assess(text).level;
    expect(level === 'critical' ? got : got === 'critical' ? 'high' : got).toBe(level);
  });
});
