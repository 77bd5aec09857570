import type { Button } from './button.js';
import type { WechatMessage } from './incoming-message.js';
import { matchOfferedOption } from './numbered-options.js';

// The lead replaces these types with the engine's Inbound once issue 10 gives Inbound a kind and a
// payload; the shapes below are what this channel can fill, so the mapping is the part to keep.

/** What a resident's WeChat message is, to the engine. */
export type WechatInboundKind = 'text' | 'voice' | 'image' | 'location' | 'button' | 'event';

/** The events a resident's account produces that the engine may answer or record. */
export type WechatEventName = 'subscribe' | 'unsubscribe' | 'scan' | 'unsupported';

interface InboundBase {
  channel: 'wechat';
  /** The resident's openid. */
  userId: string;
  /** MsgId, or `${openid}:${CreateTime}:${event}` for events, which carry no MsgId. */
  messageId: string;
  at: Date;
}

/** One WeChat message normalised for the engine (stand-in for the engine's Inbound). */
export type WechatInbound =
  | (InboundBase & { kind: 'text'; text: string; payload?: { link: { title: string; url: string } } })
  | (InboundBase & {
      kind: 'voice';
      /** WeChat's speech recognition, when there is one: treated as what the resident said. */
      text?: string;
      payload: { mediaId: string; format: string };
    })
  | (InboundBase & { kind: 'image'; payload: { mediaId: string; picUrl: string } })
  | (InboundBase & { kind: 'location'; text?: string; payload: { lat: number; lng: number; label: string } })
  | (InboundBase & {
      kind: 'button';
      /** What the resident typed or said when they picked a numbered option; absent for a menu click. */
      text?: string;
      payload: { id: string; source: 'menu' | 'option' };
    })
  | (InboundBase & {
      kind: 'event';
      payload: {
        event: WechatEventName;
        /** The QR-code scene of a subscription or scan through a parametric code. */
        scene?: string;
        /** For `unsupported`: the WeChat MsgType the bot cannot read (video, file …). */
        msgType?: string;
      };
    });

/**
 * The id WeChat's retries of one message share: MsgId, or for events (which have none) the sender, the
 * creation time and the event, as WeChat's documentation advises for deduplicating events.
 */
export function messageIdOf(message: WechatMessage): string {
  if (message.msgType === 'event') {
    const name = message.event === 'other' ? message.name : message.event;
    return `${message.fromUserName}:${message.createTime}:${name}`;
  }
  if (message.msgType === 'other') {
    return message.msgId ?? `${message.fromUserName}:${message.createTime}:${message.rawType}`;
  }
  return message.msgId;
}

/**
 * Maps a parsed WeChat message to the engine's inbound form; `offered` are the options last shown to
 * this resident, so that a bare digit (typed or spoken) selects the button rather than being read as
 * text. Returns null for pushes that are not the resident talking to the bot: a menu link opened
 * (VIEW), a periodic location report, template delivery reports and other system events.
 */
export function toWechatInbound(message: WechatMessage, offered?: readonly Button[]): WechatInbound | null {
  const base = (messageId: string): InboundBase => ({
    channel: 'wechat',
    userId: message.fromUserName,
    messageId,
    at: new Date(message.createTime * 1000),
  });
  switch (message.msgType) {
    case 'text': {
      const choice = offered ? matchOfferedOption(message.content, offered) : undefined;
      if (choice) {
        return {
          ...base(message.msgId),
          kind: 'button',
          text: message.content,
          payload: { id: choice.id, source: 'option' },
        };
      }
      return { ...base(message.msgId), kind: 'text', text: message.content };
    }
    case 'voice': {
      const spoken = message.recognition;
      const choice = spoken !== undefined && offered ? matchOfferedOption(spoken, offered) : undefined;
      if (choice && spoken !== undefined) {
        return {
          ...base(message.msgId),
          kind: 'button',
          text: spoken,
          payload: { id: choice.id, source: 'option' },
        };
      }
      return {
        ...base(message.msgId),
        kind: 'voice',
        ...(spoken !== undefined ? { text: spoken } : {}),
        payload: { mediaId: message.mediaId, format: message.format },
      };
    }
    case 'image':
      return {
        ...base(message.msgId),
        kind: 'image',
        payload: { mediaId: message.mediaId, picUrl: message.picUrl },
      };
    case 'location':
      return {
        ...base(message.msgId),
        kind: 'location',
        ...(message.label ? { text: message.label } : {}),
        payload: { lat: message.latitude, lng: message.longitude, label: message.label },
      };
    case 'link':
      return {
        ...base(message.msgId),
        kind: 'text',
        text: message.title ? `${message.title}\n${message.url}` : message.url,
        payload: { link: { title: message.title, url: message.url } },
      };
    case 'other':
      return {
        ...base(messageIdOf(message)),
        kind: 'event',
        payload: { event: 'unsupported', msgType: message.rawType },
      };
    case 'event':
      switch (message.event) {
        case 'subscribe': {
          const scene = message.eventKey?.startsWith('qrscene_')
            ? message.eventKey.slice('qrscene_'.length)
            : undefined;
          return {
            ...base(messageIdOf(message)),
            kind: 'event',
            payload: { event: 'subscribe', ...(scene ? { scene } : {}) },
          };
        }
        case 'unsubscribe':
          return { ...base(messageIdOf(message)), kind: 'event', payload: { event: 'unsubscribe' } };
        case 'scan':
          return {
            ...base(messageIdOf(message)),
            kind: 'event',
            payload: { event: 'scan', ...(message.eventKey ? { scene: message.eventKey } : {}) },
          };
        case 'click':
          if (message.eventKey === '') return null;
          return {
            ...base(messageIdOf(message)),
            kind: 'button',
            payload: { id: message.eventKey, source: 'menu' },
          };
        case 'view':
        case 'location':
        case 'other':
          return null;
      }
  }
}
