import type { Telegram } from 'telegraf';
import { ALLOWED_UPDATES, type BotApi } from './bot-api.js';

// telegraf types its signal as the abort-controller polyfill's; node-fetch accepts the platform's (it checks
// the constructor name), so the platform's is passed through as that type.
type TelegrafSignal = NonNullable<Parameters<Telegram['callApi']>[2]>['signal'];
const options = (signal: AbortSignal) => ({ signal: signal as unknown as TelegrafSignal });

/** The channel's Bot API calls made through telegraf's client (its JSON encoding, errors and token redaction). */
export function telegrafBotApi(telegram: Telegram): BotApi {
  return {
    async getMe(signal) {
      const me = await telegram.callApi('getMe', {}, options(signal));
      return { id: me.id, username: me.username };
    },
    getUpdates: (params, signal) =>
      telegram.callApi('getUpdates', { ...params, allowed_updates: [...ALLOWED_UPDATES] }, options(signal)),
    async sendMessage(payload, signal) {
      await telegram.callApi('sendMessage', payload, options(signal));
    },
    async answerCallbackQuery(params, signal) {
      await telegram.callApi('answerCallbackQuery', params, options(signal));
    },
    async setWebhook(params, signal) {
      await telegram.callApi(
        'setWebhook',
        { ...params, allowed_updates: [...ALLOWED_UPDATES], drop_pending_updates: false },
        options(signal),
      );
    },
    async deleteWebhook(signal) {
      await telegram.callApi('deleteWebhook', { drop_pending_updates: false }, options(signal));
    },
  };
}
