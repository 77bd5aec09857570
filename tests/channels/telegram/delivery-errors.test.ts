import { TelegramError } from 'telegraf';
import { describe, expect, it } from 'vitest';
import { botApiRefusal, toDeliveryError } from '../../../src/channels/telegram/delivery-errors.js';

const refused = (error_code: number, description: string, parameters?: object) =>
  new TelegramError({ ok: false, error_code, description, ...(parameters ? { parameters } : {}) } as never);

describe('Telegram send failures as the outbound router reads them', () => {
  it('429 is retried no sooner than retry_after', () => {
    const error = toDeliveryError(refused(429, 'Too Many Requests: retry after 17', { retry_after: 17 }));
    expect(error).toMatchObject({ retryable: true, code: 'telegram_429', retryAfterMs: 17_000 });
  });

  it('403 (blocked) and 400 (never accepted) are final, with what Telegram said', () => {
    const blocked = toDeliveryError(refused(403, 'Forbidden: bot was blocked by the user'));
    expect(blocked).toMatchObject({ retryable: false, code: 'telegram_403' });
    expect(blocked.message).toContain('blocked by the user');
    expect(toDeliveryError(refused(400, 'Bad Request: chat not found'))).toMatchObject({
      retryable: false,
      code: 'telegram_400',
    });
  });

  it('a refused token, a Telegram outage and network failures are retried', () => {
    expect(toDeliveryError(refused(401, 'Unauthorized'))).toMatchObject({
      retryable: true,
      code: 'telegram_401',
    });
    expect(toDeliveryError(refused(502, 'Bad Gateway'))).toMatchObject({
      retryable: true,
      code: 'telegram_502',
    });
    const network = Object.assign(new Error('request to http://127.0.0.1 failed'), { name: 'FetchError' });
    expect(toDeliveryError(network)).toMatchObject({ retryable: true, code: 'network' });
    const timeout = Object.assign(new Error('aborted'), { name: 'AbortError' });
    expect(toDeliveryError(timeout)).toMatchObject({ retryable: true, code: 'network' });
  });

  it('reads the refusal out of telegraf’s TelegramError, and nothing out of other errors', () => {
    expect(botApiRefusal(refused(429, 'x', { retry_after: 3 }))).toEqual({
      code: 429,
      description: 'x',
      retryAfterSeconds: 3,
    });
    expect(botApiRefusal(new Error('x'))).toBeUndefined();
    expect(botApiRefusal(null)).toBeUndefined();
  });
});
