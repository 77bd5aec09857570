import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

describe('REST channel and HTTP routes', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  const post = (payload: unknown) =>
    t.app.inject({ method: 'POST', url: '/api/v1/messages', payload: payload as object });

  it('reports healthy once the database and engine are ready', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/healthz' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok' });
  });

  it('greets a new resident and says what it can do', async () => {
    const res = await post({ userId: 'rest-greet', text: '你好' });
    expect(res.statusCode).toBe(200);
    const body = res.json<{
      conversationId: string;
      replies: { text: string; quickReplies?: string[] }[];
      state: { urgency: string };
    }>();
    expect(body.conversationId).toMatch(/^[0-9a-f-]{36}$/);
    expect(body.replies[0]?.text).toContain('申请救助');
    expect(body.replies[0]?.quickReplies?.length).toBeGreaterThan(0);
    expect(body.state.urgency).toBe('none');
  });

  it('gives the number of the urgent case raised, so an integration can follow it up', async () => {
    const res = await post({ userId: 'rest-urgent', text: '我妈在厨房摔倒了起不来 叫她也不应 我在外地回不去' });
    const body = res.json<{ state: { urgency: string; urgentCaseNo?: string; caseNo?: string } }>();
    expect(body.state.urgency).toBe('critical');
    expect(body.state.urgentCaseNo).toMatch(/^\d{6}-\d{8}-\d{6}-\d$/);
    expect(body.state.caseNo).toBeUndefined();
  });

  it('answers the same messageId twice with the same replies and runs one turn', async () => {
    const first = (await post({ userId: 'rest-retry', text: '你好', messageId: 'abc-1' })).json<{
      replies: unknown;
      state: { turnCount: number };
    }>();
    const again = (await post({ userId: 'rest-retry', text: '你好', messageId: 'abc-1' })).json<{
      replies: unknown;
      state: { turnCount: number };
      replayed: boolean;
    }>();
    expect(again.replies).toEqual(first.replies);
    expect(again.replayed).toBe(true);
    const next = (await post({ userId: 'rest-retry', text: '在吗', messageId: 'abc-2' })).json<{
      state: { turnCount: number };
    }>();
    expect(next.state.turnCount).toBe(2);
  });

  it('rejects a body without text with a clear error and stays up', async () => {
    const res = await post({ userId: 'rest-bad' });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ error: { code: 'bad_request' } });
    const blank = await post({ userId: 'rest-bad', text: '   ' });
    expect(blank.statusCode).toBe(400);
    const tooLong = await post({ userId: 'rest-bad', text: '字'.repeat(2001) });
    expect(tooLong.statusCode).toBe(400);
    const notJson = await t.app.inject({
      method: 'POST',
      url: '/api/v1/messages',
      headers: { 'content-type': 'application/json' },
      payload: '{"userId":',
    });
    expect(notJson.statusCode).toBe(400);
    expect((await t.app.inject({ method: 'GET', url: '/healthz' })).statusCode).toBe(200);
  });

  it('serves the chat page, its assets and the OpenAPI description', async () => {
    const page = await t.app.inject({ method: 'GET', url: '/' });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('转人工');
    expect((await t.app.inject({ method: 'GET', url: '/chat.js' })).statusCode).toBe(200);
    const spec = (await t.app.inject({ method: 'GET', url: '/docs/json' })).json<{
      paths: Record<string, unknown>;
    }>();
    expect(Object.keys(spec.paths)).toContain('/api/v1/messages');
  });

  it('answers an unknown address with a JSON 404', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/nothing' });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ error: { code: 'not_found' } });
  });
  it('regression: a message that starts with an emoji or a rare character is answered and the service stays up', async () => {
    for (const [i, text] of [
      '🙏求求你们帮帮我',
      '😭😭😭',
      '👍',
      '𠀀小明想申请低保',
      '👨‍👩‍👧 一家三口',
    ].entries()) {
      const res = await post({ userId: `rest-emoji-${i}`, text });
      expect(res.statusCode).toBe(200);
      expect(res.json<{ replies: unknown[] }>().replies.length).toBeGreaterThan(0);
    }
    const health = await t.app.inject({ method: 'GET', url: '/healthz' });
    expect(health.statusCode).toBe(200);
  });

  it('regression: a message with NUL bytes or half an emoji is answered kindly instead of failing in the database', async () => {
    for (const [i, text] of ['我想\u0000申请低保', '\ud83d你好', '你好\udc00', '😭😭\ud83d'].entries()) {
      const res = await post({ userId: `rest-nul-${i}`, text });
      expect(res.statusCode, JSON.stringify(text)).toBe(200);
      expect(res.json<{ replies: unknown[] }>().replies.length).toBeGreaterThan(0);
    }
    const nothingLeft = await post({ userId: 'rest-nul-x', text: '\u0000\u0000' });
    expect(nothingLeft.statusCode).toBe(400);
    expect(nothingLeft.json()).toMatchObject({ error: { code: 'bad_request', message: '消息不能为空。' } });
    const badId = await post({ userId: 'rest-\u0000', text: '你好' });
    expect(badId.statusCode).toBe(400);
    expect((await t.app.inject({ method: 'GET', url: '/healthz' })).statusCode).toBe(200);
  });
});
