// An urgent opening that also asks whether one may apply (「…我能申请吗」) gets the safety reply first; once the
// safety questions are answered or declined, the application it asked for starts with its whole privacy notice.
import { describe, expect, it } from 'vitest';
import { riskHarness } from './form-answer-risk.js';
import { shippedNlu } from './shipped-nlu.js';

describe('after the safety follow-up', () => {
  it('the application the opening asked about comes back with its privacy notice', async () => {
    const h = await riskHarness(await shippedNlu());
    await h.say('他昨晚又动手打我了 我抱着女儿跑到了我姐家 听说有困难妇女儿童的救助 我能申请吗');
    expect(h.text).toContain('110');
    expect(h.publicState.expecting[0]).toMatch(/^safety_/);
    await h.say('不方便说');
    expect(h.publicState.expecting).toContain('consent');
    expect(h.text).toContain('您同意吗');
    await h.say('同意');
    expect(h.publicState.expecting.some((e) => e.startsWith('field:'))).toBe(true);
  });
});
