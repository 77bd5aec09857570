import Fastify, { type FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { UpdateDeferred } from '../../../src/channels/telegram/update-deferred.js';
import { secretTokenMatches } from '../../../src/channels/telegram/secret-token.js';
import { registerTelegramWebhookRoute } from '../../../src/channels/telegram/webhook-route.js';
import { recordingLogger } from '../../helpers/recording-logger.js';

const SECRET = 'b7f3c9e1a4d2f6e8b0c1d3e5f7a9b2c4';
const PATH = '/telegram/0123456789abcdef';
const update = { update_id: 5, message: { message_id: 1, chat: { id: 42, type: 'private' }, text: '你好' } };

describe('the Telegram webhook route', () => {
  let app: FastifyInstance;
  let handled: unknown[];
  let fail: Error | undefined;
  const logger = recordingLogger();

  beforeEach(async () => {
    handled = [];
    fail = undefined;
    app = Fastify();
    await registerTelegramWebhookRoute(app, {
      path: PATH,
      secret: SECRET,
      logger,
      bodyLimit: 4096,
      handle: (body) => {
        if (fail) return Promise.reject(fail);
        handled.push(body);
        return Promise.resolve();
      },
    });
    await app.ready();
  });
  afterEach(async () => {
    await app.close();
  });

  const post = (headers: Record<string, string>, payload: unknown = update) =>
    app.inject({ method: 'POST', url: PATH, headers, payload: payload as object });

  it('runs an update whose secret token matches, and answers 200 after it', async () => {
    const res = await post({ 'x-telegram-bot-api-secret-token': SECRET });
    expect(res.statusCode).toBe(200);
    expect(handled).toEqual([update]);
  });

  it('refuses a missing or wrong secret with 401 and logs it without the value', async () => {
    expect((await post({})).statusCode).toBe(401);
    expect((await post({ 'x-telegram-bot-api-secret-token': `${SECRET}x` })).statusCode).toBe(401);
    expect((await post({ 'x-telegram-bot-api-secret-token': SECRET.slice(0, -1) })).statusCode).toBe(401);
    expect(handled).toEqual([]);
    expect(logger.text()).toContain('secret');
    expect(logger.text()).not.toContain(SECRET.slice(0, 12));
  });

  it('caps the body size', async () => {
    const big = { ...update, message: { ...update.message, text: '字'.repeat(4000) } };
    expect((await post({ 'x-telegram-bot-api-secret-token': SECRET }, big)).statusCode).toBe(413);
    expect(handled).toEqual([]);
  });

  it('answers 503 while shutting down and 500 on a failure, so Telegram sends the update again', async () => {
    fail = new UpdateDeferred('draining');
    expect((await post({ 'x-telegram-bot-api-secret-token': SECRET })).statusCode).toBe(503);
    fail = new Error('database away');
    expect((await post({ 'x-telegram-bot-api-secret-token': SECRET })).statusCode).toBe(500);
  });

  it('only POST is served', async () => {
    expect((await app.inject({ method: 'GET', url: PATH })).statusCode).toBe(404);
  });

  it('the secret comparison takes any value and matches only the exact secret', () => {
    expect(secretTokenMatches(SECRET, SECRET)).toBe(true);
    for (const given of [undefined, ['x'], '', SECRET.toUpperCase(), `${SECRET} `]) {
      expect(secretTokenMatches(given, SECRET)).toBe(false);
    }
    expect(secretTokenMatches('', '')).toBe(false);
  });
});
