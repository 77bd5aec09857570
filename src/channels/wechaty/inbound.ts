import type { Button } from '../../engine/buttons.js';
import type { Inbound } from '../../engine/inbound.js';
import { matchOfferedOption } from '../wechat-oa/numbered-options.js';
import { WECHATY_CHANNEL, userIdOf } from './address.js';
import type { WechatyMessageView } from './message-view.js';

/** Longest text passed on, in code points: a pasted essay is cut, never a reason to fail the turn. */
export const MAX_INBOUND_CHARS = 4000;

/**
 * Maps a Wechaty message to the engine's inbound form; `offered` are the options last numbered for this
 * chat, so that a bare digit (or an option's label) selects the button instead of being read as text.
 * Returns null for what the bot must not answer: its own messages, official accounts and system notices,
 * and group chat messages that do not @-mention it (a bot talking in every group would be spam; when
 * mentioned it answers in the group, addressed to the room and the member, see address.ts).
 */
export function toWechatyInbound(message: WechatyMessageView, offered?: readonly Button[]): Inbound | null {
  if (message.self || message.official || message.kind === 'ignored') return null;
  if (message.roomId !== undefined && !message.mentionsBot) return null;
  const base = {
    channel: WECHATY_CHANNEL,
    userId: userIdOf({
      contactId: message.talkerId,
      ...(message.roomId !== undefined ? { roomId: message.roomId } : {}),
    }),
    messageId: message.id,
    at: message.at,
    // Wechaty sends through its own API: replies are queued with the turn and delivered by the router.
    replyVia: 'outbox' as const,
  };
  switch (message.kind) {
    case 'text': {
      const text = capped(message.text);
      const choice = offered ? matchOfferedOption(text, offered) : undefined;
      if (choice) return { ...base, kind: 'button', buttonId: choice.id, text: choice.label };
      return { ...base, kind: 'text', text };
    }
    case 'audio': {
      const spoken = capped(message.text ?? '');
      const choice = spoken && offered ? matchOfferedOption(spoken, offered) : undefined;
      if (choice) return { ...base, kind: 'button', buttonId: choice.id, text: choice.label };
      return { ...base, kind: 'voice', text: spoken };
    }
    case 'image':
      return { ...base, kind: 'image', text: '[图片]', image: {} };
    case 'location': {
      const label = message.label ? capped(message.label) : undefined;
      return {
        ...base,
        kind: 'location',
        text: label || '[位置]',
        location: { lat: message.lat, lng: message.lng, ...(label ? { label } : {}) },
      };
    }
    case 'link':
      return {
        ...base,
        kind: 'text',
        text: capped(message.title ? `${message.title}\n${message.url}` : message.url),
      };
    case 'unsupported':
      // Kept for staff like an image: the resident is told it was saved and asked to say it in words.
      return { ...base, kind: 'image', text: `[${message.label}]`, image: {} };
  }
}

function capped(text: string): string {
  if (text.length <= MAX_INBOUND_CHARS) return text;
  return [...text].slice(0, MAX_INBOUND_CHARS).join('');
}
