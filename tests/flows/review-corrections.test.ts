// At the review, a correction of the household count that names a relative (「我妹妹户口跟我在一起」) changes
// the count, not who applies.
import { describe, expect, it } from 'vitest';
import { fakeIdNumber } from '../helpers/id-numbers.js';
import { riskHarness } from './form-answer-risk.js';
import { shippedNlu } from './shipped-nlu.js';

describe('a correction at the review', () => {
  it('「人数不对 …户口本上是2个人」 corrects the count and keeps 本人申请', async () => {
    const h = await riskHarness(await shippedNlu());
    await h.say('我想申请低保');
    await h.say('同意');
    if (h.publicState.expecting.includes('field:applicant_relation')) await h.say('我自己');
    await h.say(`韦春兰 ${fakeIdNumber('19900517', 63)} 13900004321`);
    await h.say('江阴市青阳镇里山村 1 在超市上班一个月两千');
    for (let i = 0; i < 4 && !h.publicState.expecting.includes('confirm'); i++) await h.say('都没有');
    expect(h.publicState.expecting).toContain('confirm');
    await h.say('等一下 人数不对 我弟弟户口还跟我在一起 他在读技校 户口本上是2个人');
    const form = (h.state.flow?.name === 'application' ? h.state.flow.state : undefined) as
      | { fields: Record<string, unknown> }
      | undefined;
    expect(form?.fields.household_size).toBe(2);
    expect(form?.fields.applicant_relation).toBe('本人申请');
  });
});
