import { rm } from 'node:fs/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { startServerProcess } from '../helpers/server-process.js';
import { tempDir } from '../helpers/test-app.js';
import { FrameClient } from '../helpers/ws-client.js';

interface MessageReply {
  conversationId: string;
  state: { turnCount: number };
}

async function say(baseUrl: string, text: string, messageId: string): Promise<MessageReply> {
  const res = await fetch(`${baseUrl}/api/v1/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ userId: 'restart-resident', text, messageId }),
  });
  expect(res.status).toBe(200);
  return (await res.json()) as MessageReply;
}

describe('a restart loses nothing', () => {
  const dirs: string[] = [];
  afterAll(async () => {
    for (const dir of dirs) await rm(dir, { recursive: true, force: true });
  });

  it('continues the conversation with its history after the process is stopped and started again', async () => {
    const dataDir = await tempDir();
    dirs.push(dataDir);

    const first = await startServerProcess({ DATA_DIR: dataDir });
    const a = await say(first.baseUrl, '你好', 'r1');
    await say(first.baseUrl, '我想问问低保', 'r2');
    const page = await FrameClient.connect(`${first.baseUrl.replace('http', 'ws')}/ws/chat`);
    page.send({ type: 'hello', userId: 'restart-browser-0001' });
    await page.next((f) => f.type === 'welcome');
    page.send({ type: 'message', messageId: 'w1', text: '你好' });
    await page.next((f) => f.type === 'reply');
    page.close();
    expect(await first.stop()).toBe(0);
    expect(first.output()).toContain('stopped');

    const second = await startServerProcess({ DATA_DIR: dataDir });
    try {
      const retried = await say(second.baseUrl, '我想问问低保', 'r2');
      expect(retried.state.turnCount).toBe(2);
      const c = await say(second.baseUrl, '还在吗', 'r3');
      expect(c.conversationId).toBe(a.conversationId);
      expect(c.state.turnCount).toBe(3);

      const ws = await FrameClient.connect(`${second.baseUrl.replace('http', 'ws')}/ws/chat`);
      ws.send({ type: 'hello', userId: 'restart-browser-0001' });
      const welcome = await ws.next((f) => f.type === 'welcome');
      const history = welcome.history as { author: string; text: string }[];
      expect(history.map((m) => m.author)).toEqual(['resident', 'bot']);
      expect(history[0]?.text).toBe('你好');
      ws.close();
    } finally {
      expect(await second.stop()).toBe(0);
    }
    // Info logs carry ids and counts, never what the resident wrote.
    expect(first.output() + second.output()).not.toContain('我想问问低保');
  });
});
