import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  llmEnv,
  startFakeOpenAiServer,
  type FakeOpenAiServer,
  type FakeReply,
} from '../helpers/fake-openai-server.js';
import { RestResident } from '../helpers/rest-resident.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

// Long enough (60+ characters) that the LLM is asked to read it, and a policy question, so a turn without a
// budget would wait for two LLM calls one after the other: the understanding, then the phrasing of the answer.
// Asked in general terms: one's own hardship told with it would start an application instead.
const LONG_POLICY_QUESTION =
  '您好，我想咨询一下，申请最低生活保障需要准备哪些材料呀？麻烦您详细地给我说一说，我好提前准备齐全，省得来回跑好几趟，谢谢您了！';
const PROMISED_MS = 2_000;

/** Sends the long question and returns how long the reply took and what it said. */
async function ask(app: TestApp, userId: string): Promise<{ ms: number; text: string }> {
  const resident = new RestResident(app.app, userId);
  const started = performance.now();
  await resident.say(LONG_POLICY_QUESTION);
  return { ms: performance.now() - started, text: resident.lastText };
}

describe('the LLM endpoint down, slow or talking nonsense: the offline answer comes within 2 s', () => {
  let llm: FakeOpenAiServer;
  let t: TestApp;
  let offlineText: string;

  beforeAll(async () => {
    llm = await startFakeOpenAiServer({ models: ['fake-model'] });
    // The default LLM_TIMEOUT_MS, on purpose: the promise is about what a county gets without tuning.
    t = await startTestApp({
      ...llmEnv(llm, 'fake-model'),
    });
    // An LLM that refuses at once gives the offline answer: the one every fault below must give too.
    llm.always({ kind: 'error', status: 500 });
    offlineText = (await ask(t, 'llm-fault-baseline')).text;
  }, 120_000);
  afterAll(async () => {
    await t?.close();
  });

  it('the offline reply is a real answer from the documents', () => {
    expect(offlineText).toContain('依据');
  });

  const faults: [string, FakeReply][] = [
    ['answering after 30 s', { kind: 'structured', arguments: { sentences: [] }, delayMs: 30_000 }],
    ['answering with a body that is not JSON', { kind: 'malformed', part: 'body' }],
    ['answering with arguments cut short', { kind: 'malformed', part: 'arguments' }],
    [
      'answering with prose instead of the structure',
      { kind: 'text', content: '当然可以！低保很好申请，随便去哪都行。' },
    ],
    ['answering 503 after 1 s', { kind: 'error', status: 503, delayMs: 1_000 }],
  ];
  faults.forEach(([what, reply], i) => {
    it(`with the LLM ${what}, the offline answer comes within 2 s`, async () => {
      llm.reset();
      llm.always(reply);
      const { ms, text } = await ask(t, `llm-fault-${i}`);
      expect(llm.completions().length).toBeGreaterThan(0);
      expect(ms).toBeLessThan(PROMISED_MS);
      expect(text).toBe(offlineText);
    }, 20_000);
  });

  // Last: it takes the endpoint away for good.
  it('with nothing listening at the LLM address any more, the offline answer comes within 2 s', async () => {
    await llm.close();
    const { ms, text } = await ask(t, 'llm-fault-down');
    expect(ms).toBeLessThan(PROMISED_MS);
    expect(text).toBe(offlineText);
  }, 20_000);
});
