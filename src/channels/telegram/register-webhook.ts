import { sleep, withDeadline } from './abort.js';
import type { BotApi } from './bot-api.js';
import type { TelegramWebhookSettings } from './channel-config.js';
import { botApiRefusal } from './delivery-errors.js';
import type { TelegramLogger } from './logger.js';

/**
 * Tells Telegram where to post updates (setWebhook with the secret token), after `connect` (getMe). Retried
 * with backoff while Telegram is unreachable or busy, until `signal` aborts; a refusal (a wrong token, a URL
 * Telegram will not post to) is logged with what to fix and not retried. Never rejects.
 */
export async function registerWebhook(
  api: Pick<BotApi, 'setWebhook'>,
  webhook: Pick<TelegramWebhookSettings, 'url' | 'secret'>,
  connect: (signal: AbortSignal) => Promise<void>,
  logger: TelegramLogger,
  signal: AbortSignal,
): Promise<void> {
  for (let attempt = 1; !signal.aborted; attempt++) {
    try {
      await connect(signal);
      await withDeadline(10_000, signal, (s) =>
        api.setWebhook({ url: webhook.url, secret_token: webhook.secret }, s),
      );
      logger.info({}, 'Telegram: webhook registered');
      return;
    } catch (error) {
      if (signal.aborted) return;
      const refusal = botApiRefusal(error);
      if (refusal && refusal.code >= 400 && refusal.code < 500 && refusal.code !== 429) {
        logger.error(
          { code: refusal.code, description: refusal.description },
          'Telegram refused the webhook: check TELEGRAM_BOT_TOKEN and TELEGRAM_PUBLIC_URL (https, port 443, 80, 88 or 8443)',
        );
        return;
      }
      logger.warn({ attempt, code: refusal?.code ?? 'network' }, 'Telegram: setWebhook failed; trying again');
      const asked = refusal?.retryAfterSeconds;
      await sleep(asked !== undefined ? asked * 1000 : Math.min(60_000, 1_000 * 2 ** (attempt - 1)), signal);
    }
  }
}
