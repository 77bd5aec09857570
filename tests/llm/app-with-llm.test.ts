import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { llmEnv, startFakeOpenAiServer, type FakeOpenAiServer } from '../helpers/fake-openai-server.js';
import { RestResident } from '../helpers/rest-resident.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

const ADMIN = { username: 'llm-admin', password: 'llm-admin-pass-1' };

/** Polls until `probe` returns a value, within a bounded number of tries. */
async function eventually<T>(probe: () => Promise<T | undefined>, what: string): Promise<T> {
  for (let i = 0; i < 100; i++) {
    const value = await probe();
    if (value !== undefined) return value;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`never happened: ${what}`);
}

describe('the whole app with an LLM configured', () => {
  let llm: FakeOpenAiServer;
  let t: TestApp;
  beforeAll(async () => {
    llm = await startFakeOpenAiServer({ models: ['gpt-4o-mini'] });
    t = await startTestApp({
      ADMIN_USERNAME: ADMIN.username,
      ADMIN_PASSWORD: ADMIN.password,
      ...llmEnv(llm, 'gpt-4o-mini'),
      LLM_TIMEOUT_MS: '3000',
    });
  });
  afterAll(async () => {
    await t.close();
    await llm.close();
  });

  it('phrases a policy answer from the retrieved passages and keeps the citation', async () => {
    llm.always((request) => {
      const passages = JSON.stringify(request.messages);
      const id = /\[?(P\d)\]?/.exec(passages)?.[1] ?? 'P1';
      return {
        kind: 'structured',
        arguments: { sentences: [{ text: '就业救助由人力资源和社会保障部门负责。', citations: [id] }] },
      };
    });
    const resident = new RestResident(t.app, 'llm-policy');
    await resident.say('江阴哪个部门管就业救助');
    expect(resident.lastText).toContain('就业救助由人力资源和社会保障部门负责。');
    expect(resident.lastText).toContain('依据');
    llm.reset();
  });

  it('answers offline, within the time limit, when the LLM hangs', async () => {
    llm.always({ kind: 'structured', arguments: { sentences: [] }, delayMs: 10_000 });
    const resident = new RestResident(t.app, 'llm-slow');
    const started = Date.now();
    await resident.say('江阴哪个部门管就业救助');
    expect(Date.now() - started).toBeLessThan(6_000);
    expect(resident.lastText).toContain('依据');
    llm.reset();
  });

  it('never sends the urgent message to the LLM before the safety reply', async () => {
    llm.always({ kind: 'error', status: 500 });
    const resident = new RestResident(t.app, 'llm-urgent');
    const reply = await resident.say('我不想活了');
    expect(reply.state.urgency).toBe('critical');
    expect(resident.lastText).toContain('12356');
    // A second opinion on an earlier test's calm message may still arrive; this message never reaches the LLM.
    expect(JSON.stringify(llm.completions())).not.toContain('我不想活了');
    llm.reset();
  });

  it('a second opinion that sees danger the offline reading missed queues the conversation and tells the resident, after the reply', async () => {
    // Offline this reads as an ordinary question; the LLM (the second opinion) reads a family without food.
    llm.always((request) =>
      JSON.stringify(request.messages).includes('安全审核')
        ? {
            kind: 'structured',
            arguments: { level: 'high', category: 'no_food', reason: '家里可能已经断粮' },
          }
        : { kind: 'error', status: 500 },
    );
    const resident = new RestResident(t.app, 'llm-second-opinion');
    const reply = await resident.say('孩子两天没怎么吃东西了，低保怎么申请');
    expect(reply.state.urgency).toBe('none');
    const login = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: ADMIN });
    const token = login.json<{ token: string }>().token;
    const handoff = await eventually(async () => {
      const res = await t.app.inject({
        method: 'GET',
        url: '/api/v1/handoffs',
        headers: { authorization: `Bearer ${token}` },
      });
      return res
        .json<{ handoffs: { conversationId: string; priority: string }[] }>()
        .handoffs.find((h) => h.conversationId === reply.conversationId);
    }, 'the second opinion queued the conversation');
    expect(handoff.priority).toBe('high');
    const transcript = await eventually(async () => {
      const res = await t.app.inject({ method: 'GET', url: '/api/v1/messages?userId=llm-second-opinion' });
      const messages = res.json<{ messages: { author: string; text: string }[] }>().messages;
      return messages.length > 2 ? messages : undefined;
    }, 'the resident was told');
    // The resident's words are kept once; the later turn adds only the bot's word to the transcript.
    expect(transcript.filter((m) => m.author === 'resident')).toHaveLength(1);
    expect(transcript.at(-1)?.author).toBe('bot');
    llm.reset();
  });
});
