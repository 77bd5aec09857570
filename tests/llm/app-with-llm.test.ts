import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeOpenAiServer, type FakeOpenAiServer } from '../helpers/fake-openai-server.js';
import { RestResident } from '../helpers/rest-resident.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

describe('the whole app with an LLM configured', () => {
  let llm: FakeOpenAiServer;
  let t: TestApp;
  beforeAll(async () => {
    llm = await startFakeOpenAiServer({ models: ['gpt-4o-mini'] });
    t = await startTestApp({
      OPENAI_BASE_URL: llm.baseURL,
      OPENAI_API_KEY: llm.apiKey,
      LLM_MODEL: 'gpt-4o-mini',
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
    expect(resident.lastText).toContain('110');
    expect(llm.completions()).toHaveLength(0);
    llm.reset();
  });
});
