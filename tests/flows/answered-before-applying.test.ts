// A first message that asks something besides whether one may apply (「低保和特困有什么区别 我妈能办吗」) is
// answered first, and the answer offers to apply; taking up that offer starts the form with the question's story
// as its opening, so whom it is for and what happened are not lost to a bare 「好的」. Played with the shipped
// classifier and knowledge base.
import { describe, expect, it } from 'vitest';
import { applicationOf as application, shippedHarness as harness } from './shipped-harness.js';

describe('a question beside whether one may apply', () => {
  it.each([
    '请问低保和特困供养有什么区别 我妈快九十了 她能办特困吗',
    '想问下医疗救助是不是一定要住院才有 我老婆门诊透析能申请不',
  ])('「%s」 is answered first, with the offer to apply', async (opening) => {
    const h = await harness();
    await h.say(opening);
    expect(h.state.flow).toBeNull();
    expect(h.publicState.expecting).toEqual(['offer_apply']);
  });

  it('only asking whether one may apply for a named help still starts the form', async () => {
    const h = await harness();
    await h.say('我能申请低保吗');
    expect(application(h)?.assistanceType).toBe('minimum_living');
  });
});

describe('taking up the offer under an answer', () => {
  it('reads the answered question as the opening: a relative is not taken for the writer', async () => {
    const h = await harness();
    await h.say('我奶奶八十三了 一个人在老家住 腿也摔过 不晓得她能不能吃低保 要带些啥材料');
    expect(h.publicState.expecting).toEqual(['offer_apply']);
    await h.say('好的 帮我申请');
    const form = application(h);
    expect(form?.assistanceType).toBe('minimum_living');
    expect(form?.fields.applicant_relation).not.toBe('本人申请');
    expect(form?.fields.hardship).toEqual(expect.stringContaining('一个人在老家住'));
  });
});
