// Round 44: three misreadings of the dialogue found on the development sets (in-sample), every sentence written here,
// every person fictional. How long the step after applying takes, asked in general, is a question about the process,
// not a status check; an application told only as the reason for asking about charity is a question about the help;
// a flooded household moved to the village committee's courtyard and safe there is urgent hardship (high), not a
// danger now (critical), while someone still trapped, a roof about to fall or someone missing stays critical.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { asksOtherHelpBeside } from '../../src/nlu/other-help-beside.js';
import { asksWaitAfterApplying } from '../../src/nlu/wait-after-applying.js';
import { withinBound, runs } from '../helpers/fuzz.js';
import { anyResidentText } from '../helpers/hostile-text.js';
import { shippedAssessor } from '../nlu/risk/fixture.js';
import { shippedReader } from './shipped-reader.js';

const RECEIPT = '320281-20261124-000001-7';

describe('round 44: the wait after applying is a question about the process', () => {
  it.each([
    '交了申请以后多长时间',
    '申请交上去要等多久',
    '俺想问问 在窗口交了申请以后 多长时间能转到管事的部门 别交上去就没人管了',
  ])('「%s」 is answered from the documents, no receipt number asked', async (text) => {
    const h = await shippedReader();
    await h.say(text);
    expect(h.flow).toBeNull();
    expect(h.publicState.expecting).not.toContain('status_receipt');
    expect(h.text).toMatch(/时限|工作日|[0-9]+日/u);
  });

  it.each(['我上个月交的申请 到哪一步了', `申请交上去要等多久 回执号是${RECEIPT}`])(
    '「%s」 stays a status check',
    async (text) => {
      const h = await shippedReader();
      await h.say(text);
      expect(h.flow?.name).toBe('status_check');
    },
  );

  it("the reader hears the general question and not one about one's own case", () => {
    expect(asksWaitAfterApplying('交了申请以后多长时间')).toBe(true);
    expect(asksWaitAfterApplying('申请交上去要等多久')).toBe(true);
    expect(asksWaitAfterApplying('我上个月交的申请 到哪一步了')).toBe(false);
    expect(asksWaitAfterApplying('我上个月交了申请 交上去以后要等多久')).toBe(false);
    expect(asksWaitAfterApplying(`交了申请以后多长时间 ${RECEIPT}`)).toBe(false);
    expect(asksWaitAfterApplying('多长时间能批下来')).toBe(false);
  });

  it('the reader takes any text and returns a boolean in time', () => {
    fc.assert(
      fc.property(anyResidentText(), (text) => {
        expect(typeof withinBound(100, () => asksWaitAfterApplying(text), 'asksWaitAfterApplying')).toBe(
          'boolean',
        );
      }),
      runs(200),
    );
  });
});

describe('round 44: charity asked about beside medical assistance is a question about the help', () => {
  it.each(['已经申请过医疗救助了 还能找慈善吗', '已经申请过医疗救助了，还能找慈善帮忙吗'])(
    '「%s」 is answered about charity, no receipt number asked',
    async (text) => {
      const h = await shippedReader();
      await h.say(text);
      expect(h.flow).toBeNull();
      expect(h.publicState.expecting).not.toContain('status_receipt');
      expect(h.text).toContain('慈善');
    },
  );

  it('「上个月申请的医疗救助 现在到哪一步了」 stays a status check', async () => {
    const h = await shippedReader();
    await h.say('上个月申请的医疗救助 现在到哪一步了');
    expect(h.flow?.name).toBe('status_check');
  });

  it('the reader hears other help asked for, and not a wait for news', () => {
    expect(asksOtherHelpBeside('已经申请过医疗救助了 还能找慈善吗')).toBe(true);
    expect(asksOtherHelpBeside('已经申请过医疗救助了 到现在还没消息 还能找慈善吗')).toBe(false);
    expect(asksOtherHelpBeside('医疗救助申请到哪一步了')).toBe(false);
  });

  it('the reader takes any text and returns a boolean in time', () => {
    fc.assert(
      fc.property(anyResidentText(), (text) => {
        expect(typeof withinBound(100, () => asksOtherHelpBeside(text), 'asksOtherHelpBeside')).toBe(
          'boolean',
        );
      }),
      runs(200),
    );
  });
});

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
