import { afterAll, describe, expect, it } from 'vitest';
import { dropSchema, TEST_DATABASE_URL, uniqueSchema } from '../helpers/postgres.js';
import { startServerProcess, type ServerProcess } from '../helpers/server-process.js';
import { FrameClient } from '../helpers/ws-client.js';

const ADMIN_PASSWORD = 'two-instances-admin-pass';

async function login(baseUrl: string): Promise<string> {
  const res = await fetch(`${baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'admin', password: ADMIN_PASSWORD }),
  });
  expect(res.status).toBe(200);
  return ((await res.json()) as { token: string }).token;
}

describe('two instances on one PostgreSQL', () => {
  const schema = uniqueSchema('yimen_two');
  const processes: ServerProcess[] = [];
  afterAll(async () => {
    for (const p of processes) await p.stop();
    await dropSchema(schema);
  });

  it('an urgent message on instance A reaches a console on B, which claims it and replies to the resident on A', async () => {
    const env = { DATABASE_URL: TEST_DATABASE_URL, DATABASE_SCHEMA: schema, SLA_CHECK_INTERVAL_MS: '600000' };
    const a = await startServerProcess({ ...env, ADMIN_PASSWORD });
    processes.push(a);
    const b = await startServerProcess(env);
    processes.push(b);

    const token = await login(b.baseUrl);
    const console = await FrameClient.connect(`${b.baseUrl.replace('http', 'ws')}/ws/console`);
    console.send({ type: 'auth', token });
    await console.next((f) => f.type === 'ready');

    const resident = await FrameClient.connect(`${a.baseUrl.replace('http', 'ws')}/ws/chat`);
    resident.send({ type: 'hello', userId: 'two-instance-resident' });
    await resident.next((f) => f.type === 'welcome');
    resident.send({ type: 'message', messageId: 'u1', text: '救命 我老公拿着刀要砍我' });
    await resident.next((f) => f.type === 'reply' && f.inReplyTo === 'u1');

    const arrived = await console.next(
      (f) => f.type === 'handoff' && (f.handoff as { priority: string }).priority === 'critical',
      15_000,
    );
    const handoffId = (arrived.handoff as { id: string }).id;
    const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
    const claim = await fetch(`${b.baseUrl}/api/v1/handoffs/${handoffId}/claim`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
    });
    expect(claim.status).toBe(200);
    const reply = await fetch(`${b.baseUrl}/api/v1/handoffs/${handoffId}/messages`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ text: '我是值班员，已经联系110，请躲到安全的地方。' }),
    });
    expect(reply.status).toBe(200);

    const pushed = await resident.next((f) => f.type === 'push', 15_000);
    expect((pushed.message as { text: string; author: string }).text).toContain('已经联系110');
    expect((pushed.message as { author: string }).author).toBe('operator');
    resident.close();
    console.close();
  });
});
