// What the bot does with a first message (src/engine/handlers/process-question.ts, src/engine/offer-apply.ts,
// the flows' own triggers): a resident's own hardship with a question about help starts the application,
// a question about the process is answered, a status check or a report goes to its flow, and the offer to
// apply under a policy answer waits for a typed yes or no. Fake NLU, real content and knowledge base.
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '../../src/knowledge/create-knowledge-base.js';
import type { KnowledgeBase } from '../../src/knowledge/types.js';
import { FlowHarness, IDENTITY_KEYS, SELF_ASSUMED_CONSENT_KEYS } from './harness.js';

const KNOWLEDGE = fileURLToPath(new URL('../../knowledge', import.meta.url));
let knowledge: KnowledgeBase;

beforeAll(async () => {
  knowledge = await loadKnowledgeBase({ dir: KNOWLEDGE });
});

const harness = () => FlowHarness.create(undefined, undefined, { knowledge, region: '江阴市' });

function application(
  h: FlowHarness,
): { assistanceType: string; fields: Record<string, unknown> } | undefined {
  return h.flow?.name === 'application'
    ? (h.flow.state as { assistanceType: string; fields: Record<string, unknown> })
    : undefined;
}

describe('the offer to apply under a policy answer', () => {
  it('is waited for as offer_apply, and a typed yes starts that application', async () => {
    const h = await harness();
    await h.say('低保');
    expect(h.state.flow).toBeNull();
    expect(h.publicState.expecting).toEqual(['offer_apply']);
    await h.say('好的 麻烦你了');
    expect(application(h)?.assistanceType).toBe('minimum_living');
    expect(h.publicState.expecting).toEqual([...SELF_ASSUMED_CONSENT_KEYS]);
  });

  it('a typed no starts nothing and says how to apply later', async () => {
    const h = await harness();
    await h.say('低保');
    await h.say('先不用了');
    expect(h.state.flow).toBeNull();
    expect(h.text).toContain('申请救助');
    expect(h.publicState.expecting).toEqual([]);
  });

  it('a yes that names another kind of help is not taken as a yes to this one', async () => {
    const h = await harness();
    await h.say('低保');
    await h.say('我想申请医疗救助');
    expect(application(h)?.assistanceType).toBe('medical');
  });
});

describe('one’s own hardship with a question about help', () => {
  it('starts the application for the help the words point to', async () => {
    const h = await harness();
    await h.say('俺家小子在念职高 一年学费好几千 家里真拿不出来 有没有教育上的补助');
    expect(application(h)?.assistanceType).toBe('education');
    expect(h.publicState.expecting).toEqual(['consent', 'field:applicant_relation']);
  });

  it('asks which kind among the likely ones when the words point to several, and keeps the story for the form', async () => {
    const h = await harness();
    await h.say('厂子倒闭了我没活干了 孩子下学期学费也交不上 像我这样能申请啥');
    expect(h.publicState.expecting).toEqual(['type']);
    const offered = h.replies.at(-1)?.buttons?.map((b) => b.id) ?? [];
    expect(offered).toEqual(expect.arrayContaining(['type:employment', 'type:education', 'type:unknown']));
    await h.say('临时救助');
    expect(application(h)?.assistanceType).toBe('temporary');
    expect(application(h)?.fields.hardship).toBeDefined();
  });

  it('reads a typing slip in the name of the help', async () => {
    const h = await harness();
    await h.say('俺一个人过 腿脚不好干不动活了 想身请低宝');
    expect(application(h)?.assistanceType).toBe('minimum_living');
  });
});

describe('questions about the process, volunteering and giving', () => {
  it('answers how long an application takes instead of starting a form, whatever the classifier says', async () => {
    const h = await harness();
    await h.say('救助申请交上去以后一般要等多久');
    expect(h.state.flow).toBeNull();
    expect(h.state.topic).toBe('ask_policy');
  });

  it('answers whether one may apply for a relative and what it takes, without a form', async () => {
    const h = await harness();
    await h.say('我在外地打工 我可不可以替我舅舅申请救助 需要什么手续');
    expect(h.state.flow).toBeNull();
    expect(h.state.topic).toBe('ask_policy');
  });

  it('answers a student who wants to volunteer', async () => {
    const h = await harness();
    await h.say('我是大学生 放假想当志愿者帮老人填申请 找谁报名');
    expect(h.state.flow).toBeNull();
    expect(h.state.topic).toBe('ask_policy');
  });
});

describe('status checks and reports told apart from applications', () => {
  it('an application made for a relative, asked after, is a status check', async () => {
    const h = await harness();
    await h.say('我给我妈申请的医疗救助 现在转过去了没有');
    expect(h.publicState.expecting).toEqual(['status_receipt']);
  });

  it('a village clinic worker telling of a sick old woman files a report naming her', async () => {
    const h = await harness();
    await h.say('我是村卫生室的 我们村有个老太太病了没钱治 想给她反映反映');
    expect(h.publicState.expecting).toEqual(['report_subject']);
    for (const answer of [
      '老太太叫孔秀兰 七十多了',
      '江阴市青阳镇里山村',
      '胃不好 一直拖着不去看',
      '不太急',
      '匿名',
    ])
      await h.say(answer);
    const effect = h.allActions.find((a) => a.type === 'register_case');
    expect(effect?.type === 'register_case' && effect.plan.applicantName).toBe('孔秀兰');
  });
});

describe('an opening in English', () => {
  it('that asks to apply starts the application, telling in both languages how to reach a person', async () => {
    const h = await harness();
    await h.say(
      'Hello, my father is in hospital after an operation and we cannot pay. How do I apply for help?',
    );
    expect(application(h)?.assistanceType).toBe('medical');
    expect(h.text).toContain('I will start your application');
    expect(h.text).toContain('转人工');
    expect(h.publicState.expecting).toContain('consent');
  });

  it('is followed by consent given in English, for the writer and for the relative applied for', async () => {
    const h = await harness();
    await h.say('Can I apply for help for my father? He had a stroke and the hospital bills are huge.');
    expect(h.publicState.expecting).toEqual(['consent', 'proxy_consent', ...IDENTITY_KEYS]);
    await h.say('Yes, I agree. My father agrees too, he asked me to do this.');
    expect(h.publicState.expecting.some((key) => key.startsWith('field:'))).toBe(true);
    const h2 = await harness();
    await h2.say('Can I apply for help for my father? He had a stroke and the hospital bills are huge.');
    await h2.say("yes, but he doesn't know yet");
    expect(h2.publicState.expecting).not.toContain('consent');
    const h3 = await harness();
    await h3.say('Can I apply for help for my father? He had a stroke and the hospital bills are huge.');
    await h3.say('I do not agree');
    expect(h3.state.flow).toBeNull();
  });

  it('that only asks what the bot is starts nothing', async () => {
    const h = await harness();
    await h.say('hi what can you do, I do not read chinese');
    expect(h.state.flow).toBeNull();
    expect(h.state.topic).toBe('other_language');
  });

  it('that asks after an application made is not a new one: the status check starts', async () => {
    const h = await harness();
    await h.say('I applied last month, what is the status of my application?');
    expect(h.flow?.name).toBe('status_check');
    expect(h.publicState.expecting).toEqual(['status_receipt']);
  });
});

describe('a question outside social assistance', () => {
  it('is declined and shown as not understood (an abstention), with what the bot can do', async () => {
    const h = await harness();
    await h.say('周末去哪里钓鱼比较好');
    expect(h.state.topic).toBe('out_of_scope');
    expect(h.publicState.understood).toBe(false);
  });
});

describe('a hardship with a question the classifier did not place', () => {
  it('is answered from the documents rather than declined', async () => {
    const h = await harness();
    // The fake classifier reads this as out of scope (no keyword of its own matches).
    await h.say('住院押金交不起 这下怎么办');
    expect(h.state.topic).toBe('ask_policy');
    const h2 = await harness();
    await h2.say('做完手术还欠亲戚两万多 以后咋办');
    expect(h2.state.topic).toBe('ask_policy');
  });
});
