import { createHash, timingSafeEqual } from 'node:crypto';

/** The header in which Telegram sends back the secret_token given to setWebhook. */
export const SECRET_TOKEN_HEADER = 'x-telegram-bot-api-secret-token';

/**
 * True when `given` is the expected secret, compared in constant time. Both sides are hashed first, so the
 * comparison takes as long whatever the given value's length, and that length is not revealed either.
 */
export function secretTokenMatches(given: unknown, expected: string): boolean {
  if (typeof given !== 'string') return false;
  const digest = (value: string) => createHash('sha256').update(value, 'utf8').digest();
  return timingSafeEqual(digest(given), digest(expected)) && expected.length > 0;
}
