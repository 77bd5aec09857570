import { randomBytes } from 'node:crypto';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/test-app.js';
import { FrameClient } from '../helpers/ws-client.js';
import { TEST_AES_KEY, TEST_TOKEN, messageRequest } from '../helpers/wechat-requests.js';

const TOTAL = 10_000;
const CONCURRENCY = 16;
// Heap after the barrage, after a full collection, may exceed the heap before by at most this much.
const HEAP_GROWTH_LIMIT = 24 * 1024 * 1024;

// A full collection on demand, without starting the test process with --expose-gc.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

function heapAfterGc(): number {
  for (let i = 0; i < 3; i++) gc();
  return process.memoryUsage().heapUsed;
}

const nested = (depth: number) =>
  `{"type":"message","messageId":"n","text":${'['.repeat(depth)}${']'.repeat(depth)}}`;
const nestedXml = (depth: number) => `<xml>${'<a>'.repeat(depth)}x${'</a>'.repeat(depth)}</xml>`;

/** The hostile inputs, by kind; each is sent many times over, varied by its index. */
const WS_FRAMES: ((i: number) => string | Buffer)[] = [
  (i) => `{"type":"message","messageId":"m${i}","text":"未完`,
  () => 'null',
  (i) => String(i),
  () => '[]',
  () => '"一句话"',
  (i) => JSON.stringify({ type: 'message', messageId: `m${i}`, text: 12345 }),
  (i) => JSON.stringify({ type: 'message', messageId: `m${i}` }),
  (i) => JSON.stringify({ type: `nonsense-${i % 7}`, messageId: `m${i}`, text: '你好' }),
  (i) => JSON.stringify({ type: 'message', messageId: 'x'.repeat(500 + (i % 50)), text: '你好' }),
  (i) => nested(2_000 + (i % 100)),
  (i) => JSON.stringify({ type: 'message', messageId: `big${i}`, text: '长'.repeat(30_000) }),
  (i) => randomBytes(64 + (i % 512)),
];

const REST_BODIES: ((i: number) => { type: string; body: string | Buffer })[] = [
  (i) => ({ type: 'application/json', body: `{"userId":"u${i}","text":"缺一半` }),
  () => ({ type: 'application/json', body: '' }),
  (i) => ({ type: 'application/json', body: JSON.stringify({ userId: `u${i}`, text: ['数组'] }) }),
  (i) => ({
    type: 'application/json',
    body: JSON.stringify({ userId: '', text: '你好', messageId: `r${i}` }),
  }),
  (i) => ({ type: 'application/json', body: JSON.stringify({ userId: `u${i}`, text: '\u0000' }) }),
  (i) => ({ type: 'application/json', body: JSON.stringify({ userId: `u${i}\ud800`, text: '你好' }) }),
  (i) => ({
    type: 'application/json',
    body: `{"userId":"u${i}","text":${'['.repeat(3_000)}${']'.repeat(3_000)}}`,
  }),
  (i) => ({ type: 'application/json', body: JSON.stringify({ userId: `u${i}`, text: '字'.repeat(5_000) }) }),
  () => ({ type: 'application/octet-stream', body: randomBytes(256) }),
  (i) => ({ type: 'text/plain', body: `userId=u${i}&text=你好` }),
  () => ({
    type: 'application/json',
    body: Buffer.concat([Buffer.from('{"userId":"'), randomBytes(64), Buffer.from('"}')]),
  }),
];

const WECHAT_BODIES: ((i: number) => { signed: boolean; body: string | Buffer })[] = [
  () => ({ signed: false, body: '<xml><MsgType>text</MsgType></xml>' }),
  (i) => ({ signed: true, body: `<xml><ToUserName>${i}</ToUserName><Content>没有结尾` }),
  (i) => ({ signed: true, body: nestedXml(1_000 + (i % 100)) }),
  () => ({ signed: true, body: randomBytes(300) }),
  () => ({ signed: true, body: `<xml><Content><![CDATA[${'大'.repeat(200_000)}]]></Content></xml>` }),
  () => ({
    signed: true,
    body: '<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]><xml>&b;</xml>',
  }),
];

/** A request body fetch accepts, bytes as they are. */
const asBody = (body: string | Buffer): string | Uint8Array<ArrayBuffer> =>
  typeof body === 'string' ? body : new Uint8Array(body);

/** True when an HTTP answer refuses the request and says why (4xx with a readable body). */
function clearRefusal(status: number, body: string, json: boolean): boolean {
  if (status < 400 || status >= 500 || body.length === 0) return false;
  if (!json) return true;
  try {
    const parsed = JSON.parse(body) as { error?: { code?: unknown; message?: unknown } };
    return typeof parsed.error?.code === 'string' && typeof parsed.error.message === 'string';
  } catch {
    return false;
  }
}

describe(`${TOTAL} malformed, oversized, binary and deeply nested frames and requests`, () => {
  let t: TestApp;
  let baseUrl: string;
  beforeAll(async () => {
    t = await startTestApp({
      WECHAT_TOKEN: TEST_TOKEN,
      WECHAT_APP_ID: 'wx0123456789abcdef',
      WECHAT_APP_SECRET: '0123456789abcdef0123456789abcdef',
      WECHAT_ENCODING_AES_KEY: TEST_AES_KEY,
      WECHAT_API_BASE: 'http://127.0.0.1:9',
    });
    baseUrl = await t.app.listen({ port: 0, host: '127.0.0.1' });
  }, 180_000);
  afterAll(async () => {
    await t?.close();
  });

  it('refuses every one with a clear error, stays up and keeps its memory flat', async () => {
    const wsUrl = `${baseUrl.replace('http', 'ws')}/ws/chat`;
    const failures: string[] = [];
    const fail = (what: string) => {
      if (failures.length < 10) failures.push(what);
    };
    let sent = 0;

    // Warm every path once, so lazy compilation and caches are not counted as growth.
    const warm = async (rounds: number) => {
      for (let i = 0; i < rounds; i++) {
        await http(i, true);
      }
    };

    const sockets = await Promise.all(
      Array.from({ length: CONCURRENCY / 4 }, async (_, k) => {
        const socket = await FrameClient.connect(wsUrl);
        socket.send({ type: 'hello', userId: `barrage-resident-${k}` });
        await socket.next((f) => f.type === 'welcome');
        return socket;
      }),
    );

    async function http(i: number, quiet = false): Promise<void> {
      const rest = i % 2 === 0;
      if (rest) {
        const { type, body } = REST_BODIES[i % REST_BODIES.length]!(i);
        const res = await fetch(`${baseUrl}/api/v1/messages`, {
          method: 'POST',
          headers: { 'content-type': type },
          body: asBody(body),
        });
        const text = await res.text();
        if (!quiet && !clearRefusal(res.status, text, true))
          fail(`REST #${i % REST_BODIES.length}: ${res.status} ${text.slice(0, 120)}`);
        return;
      }
      const { signed, body } = WECHAT_BODIES[i % WECHAT_BODIES.length]!(i);
      const url = new URL(`${baseUrl}/wechat`);
      const query = signed
        ? messageRequest('').query
        : { signature: 'forged', timestamp: '1', nonce: '2', openid: 'o' };
      for (const [key, value] of Object.entries(query)) url.searchParams.set(key, value);
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'text/xml' },
        body: asBody(body),
      });
      const text = await res.text();
      if (!quiet && !clearRefusal(res.status, text, false))
        fail(`WeChat #${i % WECHAT_BODIES.length}: ${res.status} ${text.slice(0, 120)}`);
    }

    async function frame(socket: FrameClient, i: number): Promise<void> {
      const payload = WS_FRAMES[i % WS_FRAMES.length]!(i);
      socket.socket.send(payload, { binary: Buffer.isBuffer(payload) });
      const answer = await socket.next(() => true, 15_000);
      if (answer.type !== 'error' || typeof answer.code !== 'string' || typeof answer.message !== 'string')
        fail(`WS #${i % WS_FRAMES.length}: ${JSON.stringify(answer).slice(0, 120)}`);
    }

    await warm(40);
    for (const [k, socket] of sockets.entries())
      for (let i = 0; i < WS_FRAMES.length; i++) await frame(socket, i + k);
    const before = heapAfterGc();

    // Half over the chat socket, half as REST and WeChat requests, a few lanes at once.
    const lanes = [
      ...sockets.map(async (socket, k) => {
        for (let i = k; i < TOTAL / 2; i += sockets.length) {
          await frame(socket, i);
          sent++;
        }
      }),
      ...Array.from(
        { length: CONCURRENCY - sockets.length },
        async (_, k, lanesOfHttp = CONCURRENCY - sockets.length) => {
          for (let i = k; i < TOTAL / 2; i += lanesOfHttp) {
            await http(i);
            sent++;
          }
        },
      ),
    ];
    await Promise.all(lanes);
    const after = heapAfterGc();
    console.info(
      `heap after gc: ${(before / 1e6).toFixed(1)} MB before, ${(after / 1e6).toFixed(1)} MB after`,
    );

    expect(sent).toBe(TOTAL);
    expect(failures).toEqual([]);
    expect((await fetch(`${baseUrl}/healthz`)).status).toBe(200);
    // Nothing was stored: none of these ever reached a turn.
    const turns = await t.app.services.db.query<{ n: number }>('SELECT count(*)::int AS n FROM turns');
    expect(turns.rows[0]?.n).toBe(0);
    // An ordinary message still gets its answer on a socket that took the barrage.
    sockets[0]!.send({ type: 'message', messageId: 'after', text: '低保怎么申请' });
    const reply = await sockets[0]!.next((f) => f.type === 'reply', 30_000);
    expect(reply.inReplyTo).toBe('after');
    for (const socket of sockets) socket.close();
    expect(
      after - before,
      `heap ${Math.round(before / 1e6)} MB → ${Math.round(after / 1e6)} MB`,
    ).toBeLessThan(HEAP_GROWTH_LIMIT);
  }, 240_000);
});
