import type { FastifyInstance } from 'fastify';
import { DeliveryError, type ChannelSender } from '../../delivery/outbound-message.js';
import { repliesOf } from '../../engine/actions.js';
import type { Inbound } from '../../engine/inbound.js';
import type { ChannelKit } from '../channel-kit.js';
import { WechatApiError, WechatNetworkError } from './api-errors.js';
import type { WechatSettings } from './channel-config.js';
import { createWechatChannel, type WechatChannel } from './channel.js';
import type { WechatInbound } from './inbound.js';
import type { WechatLogger } from './logger.js';
import { YIMEN_MENU, type WechatMenuButton } from './menu.js';

const CHANNEL = 'wechat';

/** The label of a custom-menu key, so the transcript shows 「申请救助」, not `apply`. */
function menuLabel(id: string): string | undefined {
  const walk = (buttons: readonly WechatMenuButton[]): string | undefined => {
    for (const button of buttons) {
      if ('key' in button && button.key === id) return button.name;
      if ('sub_button' in button) {
        const found = walk(button.sub_button);
        if (found) return found;
      }
    }
    return undefined;
  };
  return walk(YIMEN_MENU.button);
}

/** A WeChat message as the engine reads it (voice as its recognised text, a digit or menu tap as a button). */
export function engineInbound(message: WechatInbound): Inbound {
  const base = { channel: CHANNEL, userId: message.userId, messageId: message.messageId, at: message.at };
  switch (message.kind) {
    case 'text':
      return { ...base, kind: 'text', text: message.text };
    case 'voice':
      // Many elderly residents speak rather than type; WeChat's recognition is what they said.
      return { ...base, kind: 'voice', text: message.text ?? '' };
    case 'image':
      return {
        ...base,
        kind: 'image',
        text: '[图片]',
        image: { mediaId: message.payload.mediaId, url: message.payload.picUrl },
      };
    case 'location':
      return {
        ...base,
        kind: 'location',
        text: message.payload.label || message.text || '[位置]',
        location: { lat: message.payload.lat, lng: message.payload.lng, label: message.payload.label },
      };
    case 'button':
      return {
        ...base,
        kind: 'button',
        buttonId: message.payload.id,
        text: message.text ?? menuLabel(message.payload.id) ?? message.payload.id,
      };
    case 'event': {
      const event = message.payload.event;
      if (event === 'unsupported')
        return { ...base, kind: 'image', text: `[${message.payload.msgType ?? '消息'}]`, image: {} };
      return {
        ...base,
        kind: 'event',
        event: event === 'unsubscribe' ? 'unsubscribe' : 'subscribe',
        text: event === 'unsubscribe' ? '[取消关注]' : '[关注]',
      };
    }
  }
}

function asDeliveryError(error: unknown): unknown {
  if (error instanceof WechatApiError)
    return new DeliveryError(`${error.message} (${error.hint})`, error.retryable, String(error.code));
  if (error instanceof WechatNetworkError) return new DeliveryError(error.message, true, 'network');
  return error;
}

/**
 * Turns the WeChat Official Account on: its webhook runs turns through the engine, and the outbound
 * router sends pushes for `wechat` through it (customer-service messages; a template message for case
 * updates after the 48-hour window). Late replies go through the durable outbox.
 */
export async function startWechatChannel(
  app: FastifyInstance,
  kit: ChannelKit,
  settings: WechatSettings,
  logger: WechatLogger,
): Promise<WechatChannel> {
  const channel = createWechatChannel(settings, {
    logger,
    async handleInbound(message) {
      const result = await kit.engine.handle(engineInbound(message));
      return repliesOf(result.actions).map((r) => ({
        text: r.text,
        ...(r.buttons ? { buttons: r.buttons } : {}),
      }));
    },
    async deliverLater(openid, texts) {
      const address = { channel: CHANNEL, userId: openid };
      const { conversationId } = await kit.transcript.open(address, 0);
      await kit.router.deliver(
        conversationId,
        address,
        texts.map((text) => ({ kind: 'reply' as const, text })),
      );
    },
  });
  const sender: ChannelSender = {
    channel: CHANNEL,
    async send(address, message) {
      try {
        if (message.kind === 'case_update' && message.caseUpdate) {
          const update = message.caseUpdate;
          await channel.pushCaseUpdate(address.userId, {
            text: message.text,
            caseNo: update.caseNo,
            status: update.status,
            at: new Date(update.at),
            note: update.title,
          });
          return;
        }
        await channel.push(address.userId, [
          { text: message.text, ...(message.buttons ? { buttons: message.buttons } : {}) },
        ]);
      } catch (error) {
        throw asDeliveryError(error);
      }
    },
  };
  kit.router.register(sender);
  await channel.register(app);
  return channel;
}
