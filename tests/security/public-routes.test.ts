import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';
import { formatReceiptNumber } from '../../src/cases/receipt-number.js';
import { applyPieceByPiece } from '../helpers/apply-by-rest.js';
import { fakeIdNumber } from '../helpers/id-numbers.js';
import { RestResident } from '../helpers/rest-resident.js';
import { FrameClient } from '../helpers/ws-client.js';
import type { TestApp } from '../helpers/test-app.js';
import { startPatientApp } from './start-app.js';

const HOSPITAL_KEY = 'hospital-key-0123456789abcdef';
const HOTLINE_KEY = 'hotline-key-0123456789abcdef';
const byType = (type: string) => (frame: Record<string, unknown>) => frame.type === type;
interface ErrorJson {
  error: { code: string; message: string };
}

/** Posts raw bytes over a real socket, reading the answer even while the upload is still going. */
function postBytes(url: string, bytes: number): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      url,
      { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': bytes } },
      (res) => {
        let body = '';
        res.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on('error', reject);
    req.end(Buffer.alloc(bytes, 0x20));
  });
}

describe('public routes under abuse', () => {
  // Keys, tight limits and no exemption for this machine: every limit is reachable from a test.
  let keyed: TestApp;
  // The defaults: no keys (this machine only), loopback exempt from limits.
  let open: TestApp;
  let keyedUrl: string;
  beforeAll(async () => {
    keyed = await startPatientApp({
      REST_API_KEYS: `12345=${HOTLINE_KEY},hospital=${HOSPITAL_KEY}`,
      RATE_LIMIT_EXEMPT_LOOPBACK: 'false',
      RATE_LIMIT_MESSAGES_PER_USER: '5',
      RATE_LIMIT_MESSAGES_PER_IP: '40',
      RATE_LIMIT_CONVERSATIONS_PER_IP: '8',
    });
    keyedUrl = await keyed.app.listen({ port: 0, host: '127.0.0.1' });
    open = await startPatientApp();
    // Two apps start here, each training its models, on a machine shared with other test runs.
  }, 900_000);
  afterAll(async () => {
    await keyed.close();
    await open.close();
  });

  const post = (t: TestApp, payload: object, key?: string, remoteAddress?: string) =>
    t.app.inject({
      method: 'POST',
      url: '/api/v1/messages',
      payload,
      ...(key ? { headers: { authorization: `Bearer ${key}` } } : {}),
      ...(remoteAddress ? { remoteAddress } : {}),
    });

  it('regression: the REST channel trusts any userId: without a key, or with a wrong one, nothing is answered', async () => {
    const none = await post(keyed, { userId: 'r1', text: '你好' }, undefined, '192.0.2.1');
    expect(none.statusCode).toBe(401);
    expect(none.json()).toMatchObject({ error: { code: 'unauthorized' } });
    const wrong = await post(keyed, { userId: 'r1', text: '你好' }, `${HOSPITAL_KEY}x`, '192.0.2.1');
    expect(wrong.statusCode).toBe(401);
    const transcript = await keyed.app.inject({
      method: 'GET',
      url: '/api/v1/messages?userId=r1',
      remoteAddress: '192.0.2.1',
    });
    expect(transcript.statusCode).toBe(401);
  });

  it("regression: the REST channel trusts any userId: one integration can never address another's residents", async () => {
    const from = '192.0.2.2';
    const byHospital = await post(keyed, { userId: 'resident-7', text: '我想申请低保' }, HOSPITAL_KEY, from);
    expect(byHospital.statusCode).toBe(200);
    const byHotline = await post(keyed, { userId: 'resident-7', text: '你好' }, HOTLINE_KEY, from);
    expect(byHotline.statusCode).toBe(200);
    const hospitalConversation = byHospital.json<{ conversationId: string }>().conversationId;
    expect(byHotline.json<{ conversationId: string }>().conversationId).not.toBe(hospitalConversation);
    // The hotline's view of "resident-7" holds none of what the hospital's resident said.
    const seen = await keyed.app.inject({
      method: 'GET',
      url: '/api/v1/messages?userId=resident-7',
      headers: { authorization: `Bearer ${HOTLINE_KEY}` },
      remoteAddress: from,
    });
    expect(seen.statusCode).toBe(200);
    expect(seen.body).not.toContain('低保');
    // A userId written to look like another client's scope stays inside the caller's own.
    const forged = await post(keyed, { userId: 'hospital:resident-7', text: '你好' }, HOTLINE_KEY, from);
    expect(forged.json<{ conversationId: string }>().conversationId).not.toBe(hospitalConversation);
  });

  it('without REST_API_KEYS, answers this machine only, and refuses a request relayed by a local proxy', async () => {
    expect((await post(open, { userId: 'local-1', text: '你好' })).statusCode).toBe(200);
    const remote = await post(open, { userId: 'local-1', text: '你好' }, undefined, '203.0.113.9');
    expect(remote.statusCode).toBe(403);
    expect(remote.json<ErrorJson>().error.message).toContain('REST_API_KEYS');
    const relayed = await open.app.inject({
      method: 'POST',
      url: '/api/v1/messages',
      payload: { userId: 'local-1', text: '你好' },
      headers: { 'x-forwarded-for': '203.0.113.9' },
    });
    expect(relayed.statusCode).toBe(403);
  });

  it('refuses a malformed REST_API_KEYS at boot without ever quoting a key', () => {
    const secret = 'short';
    let message = '';
    try {
      loadConfig({ REST_API_KEYS: `hospital=${secret},bad name=${HOSPITAL_KEY}` });
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      message = (error as Error).message;
    }
    expect(message).toContain('REST_API_KEYS');
    expect(message).toContain('hospital');
    expect(message).not.toContain(secret);
    expect(message).not.toContain(HOSPITAL_KEY);
  });

  it('regression: no resident route has a rate limit: one resident sending fast gets a kind 429 in Chinese', async () => {
    const from = '192.0.2.3';
    const codes: number[] = [];
    let last = '';
    for (let i = 0; i < 8; i++) {
      const res = await post(keyed, { userId: 'fast-typer', text: `你好${i}` }, HOSPITAL_KEY, from);
      codes.push(res.statusCode);
      last = res.body;
    }
    expect(codes.slice(0, 5)).toEqual([200, 200, 200, 200, 200]);
    expect(codes.slice(5)).toEqual([429, 429, 429]);
    const body = JSON.parse(last) as ErrorJson;
    expect(body.error.code).toBe('rate_limited');
    expect(body.error.message).toMatch(/太频繁.*110/);
    // Another resident from the same place is not held back by the first.
    expect((await post(keyed, { userId: 'calm-one', text: '你好' }, HOSPITAL_KEY, from)).statusCode).toBe(
      200,
    );
  });

  it('regression: 500 hellos made 500 conversations: one address opens only a few conversations a minute', async () => {
    const from = '192.0.2.4';
    const codes: number[] = [];
    for (let i = 0; i < 30; i++)
      codes.push((await post(keyed, { userId: `hello-${i}`, text: '你好' }, HOTLINE_KEY, from)).statusCode);
    expect(codes.filter((c) => c === 200)).toHaveLength(8);
    expect(codes.filter((c) => c === 429)).toHaveLength(22);
    const { rows } = await keyed.app.services.db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM conversations WHERE channel = 'rest' AND user_id LIKE '12345:hello-%'",
    );
    expect(rows[0]?.n).toBe(8);
  });

  it('regression: chat socket: a flood of hellos opens few conversations, a fast resident is slowed with an error frame, and the socket stays open', async () => {
    const ws = `${keyedUrl.replace('http', 'ws')}/ws/chat`;
    const client = await FrameClient.connect(ws);
    client.send({ type: 'hello', userId: 'socket-resident-000001' });
    await client.next(byType('welcome'));
    const answers: Record<string, unknown>[] = [];
    for (let i = 0; i < 6; i++) {
      client.send({ type: 'message', messageId: `s${i}`, text: `你好${i}` });
      answers.push(
        await client.next((f) => (f.type === 'reply' && f.inReplyTo === `s${i}`) || f.type === 'error'),
      );
    }
    expect(answers.slice(0, 5).every((f) => f.type === 'reply')).toBe(true);
    expect(answers[5]).toMatchObject({ type: 'error', code: 'rate_limited', messageId: 's5' });
    client.send({ type: 'ping' });
    await client.next(byType('pong'));

    const frames: Record<string, unknown>[] = [];
    for (let i = 0; i < 20; i++) {
      client.send({ type: 'hello', userId: `flooding-browser-${String(i).padStart(4, '0')}` });
      frames.push(await client.next((f) => f.type === 'welcome' || f.type === 'error'));
    }
    expect(frames.filter((f) => f.type === 'welcome')).toHaveLength(7);
    expect(frames.filter((f) => f.type === 'error').every((f) => f.code === 'rate_limited')).toBe(true);
    const { rows } = await keyed.app.services.db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM conversations WHERE channel = 'web' AND user_id LIKE 'flooding-browser-%'",
    );
    expect(rows[0]?.n).toBe(7);
    client.close();
  });

  it('regression: frames over 1 MiB closed the socket: a 2 MiB and a 10 MB frame get an error frame and the socket stays open', async () => {
    const ws = `${(await open.app.listen({ port: 0, host: '127.0.0.1' })).replace('http', 'ws')}/ws/chat`;
    const client = await FrameClient.connect(ws);
    client.send({ type: 'hello', userId: 'big-frame-browser-0001' });
    await client.next(byType('welcome'));
    for (const [id, size] of [
      ['two-mib', 2 * 1024 * 1024],
      ['ten-mb', 10_000_000],
    ] as const) {
      client.send(`{"type":"message","messageId":"${id}","text":"${'字'.repeat(Math.floor(size / 3))}"}`);
      expect(await client.next(byType('error'), 30_000)).toMatchObject({
        code: 'payload_too_large',
        messageId: id,
      });
    }
    // NUL and half an emoji in a frame: answered, not lost.
    client.send({ type: 'message', messageId: 'nul', text: '我想\u0000申请\ud83d低保' });
    expect(await client.next(byType('reply'))).toMatchObject({ inReplyTo: 'nul' });
    client.close();
  });

  it('regression: 10 MB uploads sometimes got a reset: they get a readable 413 in Chinese', async () => {
    const base = await open.app
      .listen({ port: 0, host: '127.0.0.1' })
      .catch(() => `http://127.0.0.1:${(open.app.server.address() as { port: number }).port}`);
    for (let i = 0; i < 3; i++) {
      const res = await postBytes(`${base}/api/v1/messages`, 10 * 1024 * 1024);
      expect(res.status).toBe(413);
      const body = JSON.parse(res.body) as ErrorJson;
      expect(body.error.code).toBe('payload_too_large');
      expect(body.error.message).toContain('太大');
    }
  });

  it('regression: a reused messageId with different text is a 409, never a silent replay', async () => {
    const first = await post(open, { userId: 'reuse-1', text: '你好', messageId: 'same-id' });
    expect(first.statusCode).toBe(200);
    const reused = await post(open, { userId: 'reuse-1', text: '我不想活了', messageId: 'same-id' });
    expect(reused.statusCode).toBe(409);
    expect(reused.json<ErrorJson>().error.code).toBe('conflict');
    // The same text with the same id is still the retry it looks like.
    const retried = await post(open, { userId: 'reuse-1', text: '你好', messageId: 'same-id' });
    expect(retried.json<{ replayed: boolean }>().replayed).toBe(true);
  });

  it('regression: status checks can be brute-forced: receipt serials are random, a case pauses after five failures and its owner is told', async () => {
    const owner = new RestResident(open.app, 'brute-owner');
    const done = await applyPieceByPiece(owner, '我想申请低保', fakeIdNumber('19570412', 217));
    const caseNo = done.state.caseNo!;
    expect(caseNo).toMatch(/^320281-\d{8}-[1-9]\d{5}-\d$/);
    const other = await applyPieceByPiece(
      new RestResident(open.app, 'brute-other'),
      '我想申请低保',
      fakeIdNumber('19570413', 219),
    );
    const serial = (no: string) => Number(no.split('-')[2]);
    expect(Math.abs(serial(other.state.caseNo!) - serial(caseNo))).not.toBe(1);

    // A guesser who takes a new userId for every guess.
    for (let i = 0; i < 5; i++) {
      const guesser = new RestResident(open.app, `brute-guesser-${i}`);
      await guesser.say('我的申请到哪了');
      await guesser.say(caseNo);
      await guesser.say(String(1000 + i));
      expect(guesser.lastText).toContain('对不上');
    }
    // Even the right digits now tell nothing of the case's status or department.
    const lucky = new RestResident(open.app, 'brute-guesser-lucky');
    await lucky.say('我的申请到哪了');
    await lucky.say(caseNo);
    await lucky.say('5678');
    expect(lucky.transcript()).not.toContain('已登记');
    expect(lucky.transcript()).not.toContain('民政局');
    expect(lucky.lastText).toContain('暂停');
    // The owner hears of it in their own conversation, once.
    const transcript = await open.app.inject({ method: 'GET', url: '/api/v1/messages?userId=brute-owner' });
    const notices = transcript
      .json<{ messages: { text: string }[] }>()
      .messages.filter((m) => m.text.includes('多次用您的受理回执号'));
    expect(notices).toHaveLength(1);
    const { db } = open.app.services;
    const { rows } = await db.query<{ payload: unknown }>(
      "SELECT payload FROM outbox WHERE user_id = 'brute-owner'",
    );
    const pushed = rows.map((r) => db.cipher.openJson<{ text?: string }>(r.payload));
    expect(pushed.filter((p) => p.text?.includes('多次用您的受理回执号'))).toHaveLength(1);
  });

  it('regression: status checks can be brute-forced: one address that keeps failing is stopped', async () => {
    const guesser = new RestResident(open.app, 'brute-one-address');
    const made = (serial: number) =>
      formatReceiptNumber({ localityCode: '320281', date: new Date(), sequence: serial });
    for (let i = 0; i < 6; i++) {
      await guesser.say('我的申请到哪了');
      const receipt = made(123_450 + i);
      if (!receipt.ok) throw new Error(receipt.error.message);
      await guesser.say(receipt.value);
      await guesser.say('0000');
    }
    await guesser.say('我的申请到哪了');
    const receipt = made(123_499);
    if (!receipt.ok) throw new Error(receipt.error.message);
    await guesser.say(receipt.value);
    await guesser.say('0000');
    expect(guesser.lastText).toContain('暂时用不了');
  });

  it('regression: no CSP, frame or other security headers on / and /console: both carry them, the API docs all but the content policy', async () => {
    for (const url of ['/', '/console']) {
      const res = await open.app.inject({ method: 'GET', url });
      expect(res.statusCode, url).toBe(200);
      const csp = String(res.headers['content-security-policy']);
      for (const directive of [
        "default-src 'self'",
        "script-src 'self'",
        "frame-ancestors 'none'",
        "object-src 'none'",
      ])
        expect(csp, url).toContain(directive);
      expect(csp, url).not.toContain('unsafe-inline');
      expect(res.headers['x-frame-options'], url).toBe('DENY');
      expect(res.headers['x-content-type-options'], url).toBe('nosniff');
      expect(res.headers['referrer-policy'], url).toBe('no-referrer');
      expect(res.headers['strict-transport-security'], url).toBeDefined();
    }
    const docs = await open.app.inject({ method: 'GET', url: '/docs/' });
    expect(docs.headers['x-frame-options']).toBe('DENY');
  });
});
