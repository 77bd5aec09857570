import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FrameClient } from '../helpers/ws-client.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

const byType = (type: string) => (frame: Record<string, unknown>) => frame.type === type;

describe('web chat over a real WebSocket', () => {
  let t: TestApp;
  let url: string;
  beforeAll(async () => {
    t = await startTestApp();
    const address = await t.app.listen({ port: 0, host: '127.0.0.1' });
    url = `${address.replace('http', 'ws')}/ws/chat`;
  });
  afterAll(async () => {
    await t.close();
  });

  it('greets, replies to a message and restores the history on the next connection', async () => {
    const client = await FrameClient.connect(url);
    client.send({ type: 'hello', userId: 'browser-resident-0001' });
    const welcome = await client.next(byType('welcome'));
    expect(welcome.history).toEqual([]);
    expect((welcome.intro as { text: string }).text).toContain('社会救助');
    client.send({ type: 'message', messageId: 'w1', text: '你好' });
    await client.next(byType('accepted'));
    expect(await client.next(byType('typing'))).toMatchObject({ active: true });
    const reply = await client.next(byType('reply'));
    expect(reply.inReplyTo).toBe('w1');
    expect((reply.messages as { text: string }[])[0]?.text).toContain('查询办理进度');
    client.close();

    const again = await FrameClient.connect(url);
    again.send({ type: 'hello', userId: 'browser-resident-0001' });
    const restored = await again.next(byType('welcome'));
    expect((restored.history as { author: string; text: string }[]).map((m) => m.author)).toEqual([
      'resident',
      'bot',
    ]);
    expect(restored.conversationId).toBe(welcome.conversationId);
    again.close();
  });

  it('answers malformed and oversized frames with an error frame and keeps the connection', async () => {
    const client = await FrameClient.connect(url);
    client.send('this is not json');
    expect(await client.next(byType('error'))).toMatchObject({ code: 'bad_request' });
    client.send({ type: 'launch-missiles' });
    expect(await client.next(byType('error'))).toMatchObject({ code: 'bad_request' });
    client.send({ type: 'message', messageId: 'early', text: '还没打招呼' });
    expect(await client.next(byType('error'))).toMatchObject({ messageId: 'early' });
    client.send({ type: 'hello', userId: 'browser-resident-0002' });
    await client.next(byType('welcome'));
    client.send({ type: 'message', messageId: 'big', text: '长'.repeat(2500) });
    expect(await client.next(byType('error'))).toMatchObject({ code: 'payload_too_large', messageId: 'big' });
    client.send({ type: 'message', messageId: 'huge', text: 'x'.repeat(100_000) });
    // Regression: the error for a frame too large to read names the message, so the page stops re-sending it.
    expect(await client.next(byType('error'))).toMatchObject({
      code: 'payload_too_large',
      messageId: 'huge',
    });
    client.socket.send(Buffer.from([1, 2, 3]), { binary: true });
    expect(await client.next(byType('error'))).toMatchObject({ code: 'bad_request' });
    client.send({ type: 'ping' });
    await client.next(byType('pong'));
    client.send({ type: 'message', messageId: 'ok', text: '你好' });
    expect(await client.next(byType('reply'))).toMatchObject({ inReplyTo: 'ok' });
    client.close();
  });

  it('answers a message re-sent after a reconnect from the record, once', async () => {
    const client = await FrameClient.connect(url);
    client.send({ type: 'hello', userId: 'browser-resident-0003' });
    await client.next(byType('welcome'));
    client.send({ type: 'message', messageId: 'dup', text: '你好' });
    const first = await client.next(byType('reply'));
    client.send({ type: 'message', messageId: 'dup', text: '你好' });
    const second = await client.next(byType('reply'));
    expect(second.replayed).toBe(true);
    expect(second.messages).toEqual(first.messages);
    client.close();
  });

  it('web-chat identities are unguessable: a short or patterned id is refused with a clear error, the page’s 128-bit id is taken', async () => {
    const client = await FrameClient.connect(url);
    for (const weak of [
      'browser-1',
      '123456789012345',
      'aaaaaaaaaaaaaaaaaaaaaaaa',
      '0000000000000001',
      'x'.repeat(65),
      '中文身份标识中文身份标识中文身份标识',
    ]) {
      client.send({ type: 'hello', userId: weak });
      const refused = await client.next(byType('error'));
      expect(refused, weak).toMatchObject({ code: 'weak_user_id' });
      expect(refused.message as string).toContain('刷新页面');
    }
    // Refused, the connection has no conversation: a message is not taken.
    client.send({ type: 'message', messageId: 'after-weak', text: '你好' });
    expect(await client.next(byType('error'))).toMatchObject({ messageId: 'after-weak' });
    // What the page sends: 32 random hex characters.
    client.send({ type: 'hello', userId: randomUUID().replaceAll('-', '') });
    await client.next(byType('welcome'));
    client.close();
  });

  it('a REST userId never reaches a web-chat conversation of the same id', async () => {
    const id = randomUUID().replaceAll('-', '');
    const client = await FrameClient.connect(url);
    client.send({ type: 'hello', userId: id });
    const welcome = await client.next(byType('welcome'));
    client.close();
    const rest = await t.app.inject({
      method: 'POST',
      url: '/api/v1/messages',
      payload: { userId: id, text: '你好' },
    });
    expect(rest.json<{ conversationId: string }>().conversationId).not.toBe(welcome.conversationId);
  });
});
