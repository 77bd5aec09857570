import { DeliveryError, type ChannelSender } from '../../delivery/outbound-message.js';
import type { OfferedOptions } from '../wechat-oa/offered-options.js';
import { renderWechatTexts } from '../wechat-oa/render-text.js';
import { WECHATY_CHANNEL, targetOf, type WechatyTarget } from './address.js';

/**
 * Longest text sent as one message, in UTF-8 bytes. Personal WeChat takes longer texts than the Official
 * Account's 2048 bytes, but the limit differs by puppet and a screenful is what an elderly resident reads.
 */
export const WECHATY_TEXT_MAX_BYTES = 4000;

/** Sends text into a chat; bot-chat.ts implements it over a running Wechaty. */
export interface WechatyChat {
  /** Resolves when the puppet took the text; throws a DeliveryError when the chat cannot be reached. */
  say(target: WechatyTarget, text: string): Promise<void>;
}

/**
 * The outbound router's sender for `wechaty`: the message as WeChat text, its buttons numbered at the end
 * (personal WeChat has no buttons), the options recorded so that a digit reply selects the button.
 */
export function createWechatySender(chat: WechatyChat, offered: OfferedOptions): ChannelSender {
  return {
    channel: WECHATY_CHANNEL,
    async send(address, message) {
      const rendered = renderWechatTexts(
        [{ text: message.text, ...(message.buttons ? { buttons: message.buttons } : {}) }],
        WECHATY_TEXT_MAX_BYTES,
      );
      // Recorded before the text goes out: the resident can answer the moment it arrives. Every message
      // replaces the options, so a digit always answers the list the resident saw last.
      await offered.set(address.userId, rendered.offered);
      const target = targetOf(address.userId);
      for (const text of rendered.texts) {
        try {
          await chat.say(target, text);
        } catch (error) {
          if (error instanceof DeliveryError) throw error;
          // An error from the puppet (network, gateway, rate limit): trying again later may help.
          const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
          throw new DeliveryError(`the Wechaty puppet could not send: ${reason}`, true, 'puppet_error');
        }
      }
    },
  };
}
