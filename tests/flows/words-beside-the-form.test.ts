// Round 11 of the dialogue (development set M): words that were read as something they are not. 「算了一下」 at the
// review is a sum worked out, not 算了; a cadre asking how a named help is applied for is no report; a plea for a
// job with no word for a person is no call for a person; a Cantonese story of damage is a hardship. Played with
// the shipped classifier and knowledge base; every sentence is written here.
import { describe, expect, it } from 'vitest';
import { readMessageParts } from '../../src/nlu/message-parts.js';
import { fakeIdNumber } from '../helpers/id-numbers.js';
import type { FlowHarness } from './harness.js';
import { applicationOf as application, shippedHarness as harness } from './shipped-harness.js';

/** Fills a medical application up to its review. */
async function toReview(h: FlowHarness): Promise<void> {
  await h.say('我要申请医疗救助');
  await h.say('同意');
  if (h.publicState.expecting.includes('field:applicant_relation')) await h.say('本人申请');
  await h.say(`庞秀芝 ${fakeIdNumber('19700312', 46)} 13900007812`);
  for (let i = 0; i < 8 && !h.publicState.expecting.includes('confirm'); i++) {
    const asked = h.publicState.expecting;
    if (asked.includes('field:illness')) await h.say('胆结石 在县医院做的手术 自己掏了一万二');
    else if (asked.includes('field:address')) await h.say('江阴市青阳镇里山村 3 两千');
    else await h.say('都没有');
  }
  expect(h.publicState.expecting).toContain('confirm');
}

describe('at the review', () => {
  it('「刚才说的不准 …算了一下 报完自己掏了…」 corrects the cost and cancels nothing', async () => {
    const h = await harness();
    await toReview(h);
    await h.say('刚才说的不准 我对着发票算了一下 报完自己掏了九千八');
    expect(application(h)?.stage).toBe('confirming');
    expect(application(h)?.fields.medical_costs).toBe(9800);
  });

  it('「算了算了 先不弄了」 still cancels', async () => {
    const h = await harness();
    await toReview(h);
    await h.say('算了算了 我先不弄了');
    expect(h.state.flow).toBeNull();
  });
});

describe('first messages', () => {
  it('a cadre asking how a named help is applied for, for a villager, is offered the form, not a report', async () => {
    const h = await harness();
    await h.say('我是杨柳镇杏花村的支书，帮我们村聂宝山老人问一下五保怎么申请');
    expect(h.flow?.name).not.toBe('report');
  });

  it('a plea for a job with no word for a person is answered, not put through to a person', async () => {
    const h = await harness();
    await h.say('在砖厂烧窑 老板换人把俺辞了 想找个活 听说有公益岗 能不能给俺安排一个');
    expect(h.state.topic).not.toBe('request_human');
  });

  it('asking whether the village may hand it in for one is answered first, with the offer to apply', async () => {
    const h = await harness();
    await h.say('我八十了走不动路 到不了乡里 申请救助可以让村里的人帮我递上去吗');
    expect(h.state.flow).toBeNull();
    expect(h.publicState.expecting).toEqual(['offer_apply']);
  });

  it('a process question spread over clauses typed with spaces is answered, not taken for an application', async () => {
    const h = await harness();
    await h.say('问一下 办救助是不是要 民政 残联 医保挨个跑 俺们村离县城远得很');
    expect(h.state.flow).toBeNull();
  });

  it('a story of damage in Cantonese is read as a hardship', () => {
    expect(readMessageParts('琴日落大雨 山泥倾泻整烂我屋企后墙 而家冇地方瞓').hardship).toBe(true);
  });
});
