import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeTelegramServer, type FakeTelegramServer } from '../../helpers/fake-telegram-server.js';
import { startTestApp, type TestApp } from '../../helpers/test-app.js';
import { telegramEnv, waitFor } from './telegram-harness.js';

const SECRET = 'wh_9f2c4e6a8b0d1f3e5a7c9b1d3f5e7a9c';
const PATH = '/telegram/hook-3f9a1c';

describe('Telegram end to end in webhook mode: the whole app behind a Fastify route', () => {
  let fake: FakeTelegramServer;
  let t: TestApp;

  beforeAll(async () => {
    fake = await startFakeTelegramServer();
    t = await startTestApp(
      telegramEnv(fake, {
        TELEGRAM_MODE: 'webhook',
        TELEGRAM_WEBHOOK_SECRET: SECRET,
        TELEGRAM_WEBHOOK_PATH: PATH,
        TELEGRAM_PUBLIC_URL: 'https://yimen.example.gov.cn',
      }),
    );
  }, 180_000);
  afterAll(async () => {
    await t?.close();
    await fake?.close();
  });

  const post = (update: unknown, secret = SECRET) =>
    t.app.inject({
      method: 'POST',
      url: PATH,
      headers: { 'x-telegram-bot-api-secret-token': secret },
      payload: update as object,
    });

  it('registers the webhook with Telegram, with the secret token and only the updates it reads', async () => {
    await waitFor(() => fake.webhook() !== null, 'setWebhook');
    expect(fake.webhook()).toEqual({ url: `https://yimen.example.gov.cn${PATH}`, secretToken: SECRET });
    const call = fake.calls.find((c) => c.method === 'setWebhook');
    expect(call?.params.allowed_updates).toEqual(['message', 'callback_query']);
    expect(fake.calls.some((c) => c.method === 'getUpdates')).toBe(false);
  });

  it('an update with the right secret runs a turn; the reply goes out through sendMessage', async () => {
    const update = fake.sendText(8_100_001, '低保的申请条件是什么');
    const res = await post(update);
    expect(res.statusCode).toBe(200);
    await waitFor(() => fake.sent(8_100_001).length > 0, 'the reply');
    expect(
      fake
        .sent(8_100_001)
        .map((m) => m.text)
        .join('\n'),
    ).toContain('低保');
  });

  it('Telegram sending the same update again gets 200 and no second answer', async () => {
    const update = fake.sendText(8_100_002, '你好');
    expect((await post(update)).statusCode).toBe(200);
    await waitFor(() => fake.sent(8_100_002).length > 0, 'the reply');
    const count = fake.sent(8_100_002).length;
    expect((await post(update)).statusCode).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(fake.sent(8_100_002)).toHaveLength(count);
  });

  it('a tap arrives as its button and the callback query is answered', async () => {
    const chat = 8_100_003;
    expect((await post(fake.sendText(chat, '/start'))).statusCode).toBe(200);
    await waitFor(() => fake.sent(chat).some((m) => m.keyboard), 'the menu');
    expect((await post(fake.tap(chat, 'check_status'))).statusCode).toBe(200);
    await waitFor(() => fake.sent(chat).length > 1, 'the answer to the tap');
    expect(fake.sent(chat).at(-1)?.text).toMatch(/受理编号|回执/);
    await waitFor(() => fake.answeredCallbacks().length > 0, 'the callback answer');
  });

  it('a wrong or missing secret is refused and runs nothing', async () => {
    const update = fake.sendText(8_100_004, '你好');
    expect((await post(update, 'wrong-secret-value-123')).statusCode).toBe(401);
    expect((await t.app.inject({ method: 'POST', url: PATH, payload: update })).statusCode).toBe(401);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(fake.sent(8_100_004)).toEqual([]);
  });
});
