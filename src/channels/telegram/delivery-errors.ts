import { DeliveryError } from '../../delivery/outbound-message.js';

/** What the Bot API said when it refused a call: its error_code, description and parameters. */
export interface BotApiRefusal {
  code: number;
  description: string;
  retryAfterSeconds?: number;
}

/**
 * The refusal inside an error thrown by the client (telegraf's TelegramError carries the API's `response`),
 * or undefined for anything else (a network failure, a timeout, a bug).
 */
export function botApiRefusal(error: unknown): BotApiRefusal | undefined {
  const response = (error as { response?: unknown } | null)?.response as
    { error_code?: unknown; description?: unknown; parameters?: { retry_after?: unknown } } | undefined;
  if (typeof response?.error_code !== 'number') return undefined;
  const retryAfter = response.parameters?.retry_after;
  return {
    code: response.error_code,
    description: typeof response.description === 'string' ? response.description : '',
    ...(typeof retryAfter === 'number' && retryAfter >= 0 ? { retryAfterSeconds: retryAfter } : {}),
  };
}

/**
 * A failed send as the outbound router reads it. 429 waits as long as Telegram asks; 403 (the resident
 * blocked the bot, left or deleted the account; the bot was removed from the group) and 400 (a request
 * Telegram will never accept) are final, so the console shows them; a wrong token (401, 404), a Telegram
 * outage (5xx) and network failures or timeouts are retried, keeping the message until they are fixed.
 */
export function toDeliveryError(error: unknown): DeliveryError {
  const refusal = botApiRefusal(error);
  if (!refusal) {
    const name = error instanceof Error ? error.name : 'Error';
    return new DeliveryError(`Telegram could not be reached (${name})`, true, 'network');
  }
  const said = `Telegram ${refusal.code}: ${refusal.description}`;
  const code = `telegram_${refusal.code}`;
  if (refusal.code === 429) {
    const seconds = refusal.retryAfterSeconds ?? 5;
    return new DeliveryError(
      `${said} (rate limited; retried after ${seconds} s)`,
      true,
      code,
      seconds * 1000,
    );
  }
  if (refusal.code === 403) {
    return new DeliveryError(
      `${said} (the resident blocked the bot or left; they can only be reached another way)`,
      false,
      code,
    );
  }
  if (refusal.code === 401 || refusal.code === 404)
    return new DeliveryError(`${said} (check TELEGRAM_BOT_TOKEN and TELEGRAM_API_ROOT)`, true, code);
  if (refusal.code >= 500)
    return new DeliveryError(`${said} (Telegram is having trouble; retried)`, true, code);
  return new DeliveryError(`${said} (Telegram will not accept this message)`, false, code);
}
