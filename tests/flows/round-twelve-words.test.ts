// Round 12 of the dialogue (development set N): a greeting that goes on to ask about help is the question; a
// question opened with 顺便问一下 at the hardship question is answered, not kept as the hardship; someone of the
// writer's village is not the writer. Played with the shipped classifier and knowledge base; every sentence is
// written here.
import { describe, expect, it } from 'vitest';
import { inferApplicantRelation } from '../../src/forms/infer.js';
import { readMessageParts } from '../../src/nlu/message-parts.js';
import { fakeIdNumber } from '../helpers/id-numbers.js';
import { applicationOf as application, shippedHarness as harness } from './shipped-harness.js';

describe('first messages', () => {
  it('「你好 …想问有没有助学金」 is answered, not greeted', async () => {
    const h = await harness();
    await h.say('你好 我在市卫校读一年级 学护理 想问问有没有助学金 家里就我妈一个人打工');
    expect(h.state.topic).not.toBe('greet');
    expect(h.publicState.expecting).toEqual(['offer_apply']);
  });

  it('someone of the writer’s village, named, leaves who applies to ask', () => {
    expect(inferApplicantRelation('我想帮我们组的邓桂生申请临时救助 他房子塌了')).toBeUndefined();
    expect(inferApplicantRelation('我想申请临时救助 我们组房子塌了好几家')).toBe('本人申请');
  });
});

describe('at the hardship question', () => {
  it('a question opened with 顺便问一下 is answered and the form goes on without it', async () => {
    const h = await harness();
    await h.say('我要申请低保');
    await h.say('同意');
    if (h.publicState.expecting.includes('field:applicant_relation')) await h.say('本人申请');
    await h.say(`邓桂生 ${fakeIdNumber('19660521', 31)} 13900005120`);
    await h.say('江阴市月城镇双泾村 两口人 每月六百');
    expect(h.publicState.expecting).toContain('field:hardship');
    await h.say('顺便问一下，要是我让村里帮我交材料，要不要写委托书？');
    expect(application(h)?.fields.hardship).toBeUndefined();
    expect(h.publicState.expecting).toContain('field:hardship');
  });
});

describe('at the identifying questions', () => {
  // Since round 13 the first 「不清楚」 gets the skip-or-person offer at once (tests/flows/round-thirteen-words.test.ts).
  it('「不清楚」 to the ID number is offered the skip at once, and the next 「不清楚」 takes it', async () => {
    const h = await harness();
    await h.say('我要申请低保');
    await h.say('同意');
    if (h.publicState.expecting.includes('field:applicant_relation')) await h.say('本人申请');
    await h.say('邓桂生');
    expect(h.publicState.expecting).toContain('field:id_number');
    const replies = await h.say('不清楚');
    expect(replies.map((r) => r.text).join('')).toContain('可以先跳过');
    await h.say('不清楚');
    expect(h.publicState.expecting).not.toContain('field:id_number');
  });
});

describe('reports by a neighbour or a village doctor', () => {
  it('「从来没申请过」 is no wish to apply', () => {
    expect(readMessageParts('他们家从来没申请过低保').wantsToApply).toBe(false);
    expect(readMessageParts('我来申请低保').wantsToApply).toBe(true);
  });

  it('a household told by the village doctor who found it is a report', async () => {
    const h = await harness();
    await h.say('我是镇上卫生院的医生。村里有户人家，老的瘫在床上，年轻的天天喝酒，孩子衣服都没得穿。他们从来没申请过低保，我上门打针才晓得，想报一下');
    expect(h.flow?.name).toBe('report');
  });

  it('细娃 next door are someone else’s children', () => {
    expect(readMessageParts('隔壁家两个细娃 爹妈都在外头打工 现在在我屋头吃饭').aboutSomeoneElse).toBe(true);
  });
});
