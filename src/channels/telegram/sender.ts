import type { ChannelSender } from '../../delivery/outbound-message.js';
import { withDeadline } from './abort.js';
import type { BotApi } from './bot-api.js';
import type { CallbackTable } from './callback-data.js';
import { toDeliveryError } from './delivery-errors.js';
import { renderMessages } from './render.js';
import { TELEGRAM_CHANNEL } from './update-to-inbound.js';

/** How long one sendMessage may take before it counts as a network failure and is retried later. */
export const SEND_TIMEOUT_MS = 15_000;

/**
 * The outbound router's sender for `telegram`: each message (a bot reply, an operator's reply, a case
 * update) as one or more Telegram messages with its buttons as an inline keyboard, sent to the chat that
 * is the resident's user id. Failures become DeliveryErrors the router retries or reports (delivery-errors.ts).
 * A long text whose later piece fails is sent again whole on the retry: a repeat beats a lost piece.
 */
export function createTelegramSender(
  api: Pick<BotApi, 'sendMessage'>,
  table: CallbackTable,
  timeoutMs = SEND_TIMEOUT_MS,
): ChannelSender {
  return {
    channel: TELEGRAM_CHANNEL,
    async send(address, message) {
      const payloads = renderMessages(address.userId, message, (button) =>
        table.encode(address.userId, button),
      );
      for (const payload of payloads) {
        try {
          await withDeadline(timeoutMs, undefined, (signal) => api.sendMessage(payload, signal));
        } catch (error) {
          throw toDeliveryError(error);
        }
      }
    },
  };
}
