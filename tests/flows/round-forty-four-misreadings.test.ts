// Round 44: three misreadings of the dialogue found on the development sets (in-sample), every sentence written here,
// every person fictional. How long the step after applying takes, asked in general, is a question about the process,
// not a status check; an application told only as the reason for asking about charity is a question about the help;
// a flooded household moved to the village committee's courtyard and safe there is urgent hardship (high), not a
// danger now (critical), while someone still trapped, a roof about to fall or someone missing stays critical.
import { describe, expect, it } from 'vitest';
import { shippedAssessor } from '../nlu/risk/fixture.js';
import { shippedReader } from './shipped-reader.js';

describe('round 44: a flooded household sheltered in the village courtyard is high, not critical', () => {
  const FLOOD =
    '我是村支部书记，昨天夜里暴雨，村东头的河水漫上来了，郑光明家院墙倒了，屋里进水一米多深，粮食家电全泡了。';

  it.each([
    `${FLOOD}人都没事，已经转移到村委大院住着。想给他家报个受灾救助`,
    `${FLOOD}一家人已经安置在村委会大院了，缺被褥和吃的`,
  ])('「%s」 is high', async (text) => {
    const { assess } = await shippedAssessor();
    expect(assess(text).level).toBe('high');
  });

  it.each([
    `${FLOOD}别人都转移到村委大院了，他家老人还困在屋里出不来`,
    `${FLOOD}一家人转移到村委大院了，他家小孙子没找到`,
    `${FLOOD}一家人转移到村委大院了，大院的房子也裂了快塌了`,
    `${FLOOD}一家人转移到村委大院了，可大院里没地方住，晚上冻得睡不着`,
    '河水漫上来了 老人困在屋顶上 水还在涨',
  ])('「%s」 stays critical', async (text) => {
    const { assess } = await shippedAssessor();
    expect(assess(text).level).toBe('critical');
  });

  it('the village secretary of an021 is answered as high and the application goes on', async () => {
    const h = await shippedReader();
    await h.say(`${FLOOD}人都没事，已经转移到村委大院住着。想给他家报个受灾救助`);
    expect(h.state.lastRisk?.level).toBe('high');
  });
});
