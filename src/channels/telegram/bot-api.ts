import type { SendMessagePayload } from './render.js';
import type { BotIdentity } from './update-to-inbound.js';

/** The update kinds the bot asks Telegram for; others (edits, reactions, joins) are never sent to it. */
export const ALLOWED_UPDATES = ['message', 'callback_query'] as const;

/**
 * The Bot API calls the channel makes, each with a signal to bound or cancel it. Rejections carry the API's
 * refusal where there is one (see botApiRefusal); the telegraf client implements it (telegraf-api.ts).
 */
export interface BotApi {
  getMe(signal: AbortSignal): Promise<BotIdentity>;
  /** Long polling: waits up to `timeout` seconds for updates from `offset` on, confirming those before it. */
  getUpdates(
    params: { offset: number; timeout: number; limit?: number },
    signal: AbortSignal,
  ): Promise<unknown[]>;
  sendMessage(payload: SendMessagePayload, signal: AbortSignal): Promise<void>;
  /** Stops the spinner on a tapped button; `text` shows as a short notice. */
  answerCallbackQuery(
    params: { callback_query_id: string; text?: string },
    signal: AbortSignal,
  ): Promise<void>;
  setWebhook(params: { url: string; secret_token: string }, signal: AbortSignal): Promise<void>;
  /** Turns webhook delivery off so that getUpdates works; pending updates are kept. */
  deleteWebhook(signal: AbortSignal): Promise<void>;
}
