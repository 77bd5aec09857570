import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeWechatServer, type FakeWechatServer } from '../helpers/fake-wechat-server.js';
import { createFreshDatabase, type FreshDatabase } from '../helpers/fresh-database.js';
import { startServerProcess, type ServerProcess } from '../helpers/server-process.js';
import { TEST_DATA_KEY, testCipher } from '../helpers/test-data-key.js';
import {
  TEST_AES_KEY,
  TEST_OPENID,
  TEST_TOKEN,
  messageRequest,
  tagText,
  textXml,
} from '../helpers/wechat-requests.js';

const STORM = 200;
const cipher = testCipher();

describe('a retry storm for one message id, spread over two instances on one PostgreSQL', () => {
  let db: FreshDatabase;
  let wechat: FakeWechatServer;
  let instances: ServerProcess[] = [];

  beforeAll(async () => {
    db = await createFreshDatabase('yimen_storm');
    wechat = await startFakeWechatServer();
    const env = {
      DATABASE_URL: db.url,
      DATA_KEY: TEST_DATA_KEY,
      SLA_CHECK_INTERVAL_MS: '600000',
      LOG_LEVEL: 'warn',
      WECHAT_TOKEN: TEST_TOKEN,
      WECHAT_APP_ID: wechat.appId,
      WECHAT_APP_SECRET: wechat.appSecret,
      WECHAT_ENCODING_AES_KEY: TEST_AES_KEY,
      WECHAT_API_BASE: wechat.baseUrl,
    };
    instances = await Promise.all([startServerProcess(env, 150_000), startServerProcess(env, 150_000)]);
  }, 180_000);
  afterAll(async () => {
    for (const p of instances) await p.stop();
    await wechat?.close();
    await db?.drop();
  });

  it(`${STORM} identical REST posts run one turn and all get the same replies`, async () => {
    const body = JSON.stringify({ userId: 'storm-rest', messageId: 'storm-1', text: '低保怎么申请' });
    const answers = await Promise.all(
      Array.from({ length: STORM }, async (_, i) => {
        const res = await fetch(`${instances[i % 2]!.baseUrl}/api/v1/messages`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body,
        });
        return { status: res.status, body: (await res.json()) as { replies: unknown; replayed: boolean } };
      }),
    );
    expect(answers.filter((a) => a.status !== 200)).toEqual([]);
    expect(new Set(answers.map((a) => JSON.stringify(a.body.replies))).size).toBe(1);
    expect(answers.filter((a) => !a.body.replayed)).toHaveLength(1);
    expect(await db.query("SELECT 1 FROM turns WHERE message_id = 'storm-1'")).toHaveLength(1);
    const said = await db.query<{ text: string }>("SELECT text FROM messages WHERE author = 'resident'");
    expect(said.map((m) => cipher.open(m.text)).filter((text) => text === '低保怎么申请')).toHaveLength(1);
  }, 60_000);

  it(`${STORM} identical WeChat pushes of one MsgId run one turn and the resident gets one reply text`, async () => {
    const xml = textXml('我想问问特困供养', { msgId: '7700112233' });
    const bodies = await Promise.all(
      Array.from({ length: STORM }, async (_, i) => {
        const request = messageRequest(xml);
        const url = new URL(`${instances[i % 2]!.baseUrl}/wechat`);
        for (const [key, value] of Object.entries(request.query)) url.searchParams.set(key, value);
        const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'text/xml' }, body: xml });
        expect(res.status).toBe(200);
        return { instance: i % 2, body: await res.text() };
      }),
    );
    const passive = bodies.filter((b) => b.body !== 'success');
    // WeChat reads one answer per push; each instance answers at most one of the storm passively.
    for (const instance of [0, 1])
      expect(passive.filter((b) => b.instance === instance).length).toBeLessThanOrEqual(1);
    // Whatever was not answered passively goes out later through the customer-service API.
    await new Promise((resolve) => setTimeout(resolve, passive.length > 0 ? 1_500 : 8_000));
    // The one turn commits within the storm; poll a bounded while for it on a busy machine.
    let turns: { actions: unknown }[] = [];
    for (let i = 0; i < 60 && turns.length === 0; i++) {
      turns = await db.query<{ actions: unknown }>(
        "SELECT actions FROM turns WHERE message_id = '7700112233'",
      );
      if (turns.length === 0) await new Promise((resolve) => setTimeout(resolve, 250));
    }
    expect(turns).toHaveLength(1);
    const replies = cipher.openJson<{ text: string }[]>(turns[0]!.actions).map((a) => a.text);
    const passiveTexts = new Set(passive.map((b) => tagText(b.body, 'Content')));
    expect(passiveTexts.size).toBeLessThanOrEqual(1);
    const delivered = [
      ...passiveTexts,
      ...wechat
        .customMessages()
        .filter((m) => m.touser === TEST_OPENID)
        .map((m) => m.content),
    ];
    expect(delivered.length).toBeGreaterThan(0);
    // Everything the resident read comes from the one turn, wherever it was read (numbered options may follow).
    for (const text of delivered)
      expect(replies.some((reply) => reply.includes((text ?? '\u0000').slice(0, 20)))).toBe(true);
    const said = await db.query<{ text: string }>("SELECT text FROM messages WHERE author = 'resident'");
    expect(said.map((m) => cipher.open(m.text)).filter((text) => text === '我想问问特困供养')).toHaveLength(
      1,
    );
  }, 60_000);
});
