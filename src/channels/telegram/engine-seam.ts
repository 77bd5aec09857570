import type { FastifyInstance } from 'fastify';
import { Telegram } from 'telegraf';
import type { ChannelKit } from '../channel-kit.js';
import { withDeadline } from './abort.js';
import { botIdentitySource } from './bot-identity.js';
import { createCallbackTable } from './callback-data.js';
import type { TelegramSettings } from './channel-config.js';
import type { TelegramLogger } from './logger.js';
import { createPolling, type PollingOptions } from './polling.js';
import { registerWebhook } from './register-webhook.js';
import { createTelegramSender } from './sender.js';
import { telegrafBotApi } from './telegraf-api.js';
import { createUpdateHandler } from './update-handler.js';
import { registerTelegramWebhookRoute } from './webhook-route.js';

/** A running Telegram channel. */
export interface TelegramChannel {
  /** Stops taking updates (long polling, or webhook registration still in progress); bounded. */
  stop(): Promise<void>;
}

/** Test and tuning knobs; production uses the defaults. */
export interface TelegramChannelOptions {
  polling?: PollingOptions;
}

/**
 * Turns the Telegram channel on: updates (long polling, or the webhook route) run turns through the engine
 * with their replies queued in the outbox, and the outbound router sends everything for `telegram` through
 * telegraf's Bot API client. This module is imported only when TELEGRAM_BOT_TOKEN is set, so telegraf is
 * never loaded otherwise.
 */
export async function startTelegramChannel(
  app: FastifyInstance,
  kit: ChannelKit,
  settings: TelegramSettings,
  logger: TelegramLogger,
  options: TelegramChannelOptions = {},
): Promise<TelegramChannel> {
  // webhookReply off: every call is a real request whose failure is seen, never an answer folded into the webhook's.
  // The trailing slash keeps a root with a path (a local Bot API server behind /tg) when telegraf resolves
  // `./bot<token>/<method>` against it.
  const api = telegrafBotApi(
    new Telegram(settings.token, { apiRoot: `${settings.apiRoot}/`, webhookReply: false }),
  );
  const identity = botIdentitySource(api);
  const table = createCallbackTable();
  kit.router.register(createTelegramSender(api, table));
  const handle = createUpdateHandler({ kit, api, identity: (signal) => identity.get(signal), table, logger });
  const connected = async (signal: AbortSignal) => {
    const me = await identity.get(signal);
    logger.info({ bot: me.username }, 'Telegram: connected');
  };

  if (settings.mode === 'polling') {
    const polling = createPolling(api, handle, logger, {
      ...options.polling,
      async prepare(signal) {
        await connected(signal);
        // getUpdates is refused while a webhook is set; pending updates are kept.
        await withDeadline(10_000, signal, (s) => api.deleteWebhook(s));
      },
    });
    polling.start();
    return { stop: () => polling.stop() };
  }

  const webhook = settings.webhook;
  if (!webhook) throw new Error('webhook mode without webhook settings');
  await registerTelegramWebhookRoute(app, { path: webhook.path, secret: webhook.secret, handle, logger });
  const stopping = new AbortController();
  const registered = registerWebhook(api, webhook, connected, logger, stopping.signal);
  return {
    async stop() {
      stopping.abort();
      await registered;
    },
  };
}
