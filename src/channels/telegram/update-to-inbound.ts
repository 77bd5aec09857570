import type { Inbound, InboundContent } from '../../engine/inbound.js';
import { telegramUpdateSchema, type TelegramEntity, type TelegramMessage } from './update-schema.js';

/** The channel name on addresses, conversations and the outbox. */
export const TELEGRAM_CHANNEL = 'telegram';

/** Who the bot is, from getMe: needed to tell whether a group message is addressed to it. */
export interface BotIdentity {
  id: number;
  username: string;
}

/** Why an update starts no turn. */
export type IgnoredReason =
  | 'malformed'
  | 'not_a_message'
  | 'channel_post'
  | 'from_a_bot'
  | 'group_not_addressed'
  | 'unsupported_content'
  | 'no_button_data';

/** What an update comes to: a turn for the engine, or nothing (a callback query is still answered). */
export type MappedUpdate =
  | {
      kind: 'turn';
      /** The chat to answer in: the resident's private chat, or the group that addressed the bot. */
      chatId: string;
      /** `buttonId` is still the raw callback_data here; a hashed one is resolved by callback-data.ts. */
      inbound: Inbound;
      callbackQueryId?: string;
    }
  | { kind: 'ignored'; reason: IgnoredReason; callbackQueryId?: string };

/** Media the bot keeps for staff but cannot read, with what the transcript shows for each. */
const ATTACHMENTS = [
  ['video', '[视频]'],
  ['video_note', '[视频]'],
  ['audio', '[音频]'],
  ['document', '[文件]'],
] as const;

/**
 * Turns a Telegram update into an Inbound for the engine. The resident is the chat: a private chat is one
 * resident; a group is answered in the group, and only when it addresses the bot (a mention, a command for
 * it, or a reply to it). The message id is `${chat.id}:${message_id}`, or the callback query's id, so that
 * an update delivered twice is answered once.
 */
export function updateToInbound(raw: unknown, bot: BotIdentity, at: Date): MappedUpdate {
  const parsed = telegramUpdateSchema.safeParse(raw);
  if (!parsed.success) return { kind: 'ignored', reason: 'malformed', ...callbackIdOf(raw) };
  const update = parsed.data;
  if (update.callback_query) {
    const query = update.callback_query;
    const ignored = (reason: IgnoredReason): MappedUpdate => ({
      kind: 'ignored',
      reason,
      callbackQueryId: query.id,
    });
    if (!query.message) return ignored('not_a_message');
    if (query.data === undefined || query.data === '') return ignored('no_button_data');
    if (query.from.is_bot) return ignored('from_a_bot');
    const chat = query.message.chat;
    if (chat.type === 'channel') return ignored('channel_post');
    const label = query.message.reply_markup?.inline_keyboard
      .flat()
      .find((button) => button.callback_data === query.data)?.text;
    return {
      kind: 'turn',
      chatId: String(chat.id),
      callbackQueryId: query.id,
      inbound: {
        channel: TELEGRAM_CHANNEL,
        userId: String(chat.id),
        messageId: query.id,
        at,
        kind: 'button',
        buttonId: query.data,
        text: label ?? query.data,
      },
    };
  }
  const message = update.message;
  if (!message) return { kind: 'ignored', reason: 'not_a_message' };
  if (message.chat.type === 'channel') return { kind: 'ignored', reason: 'channel_post' };
  if (message.from?.is_bot) return { kind: 'ignored', reason: 'from_a_bot' };
  const inGroup = message.chat.type !== 'private';
  if (inGroup && !addressesBot(message, bot)) return { kind: 'ignored', reason: 'group_not_addressed' };
  const content = contentOf(message, bot);
  if (!content) return { kind: 'ignored', reason: 'unsupported_content' };
  const chatId = String(message.chat.id);
  return {
    kind: 'turn',
    chatId,
    inbound: {
      channel: TELEGRAM_CHANNEL,
      userId: chatId,
      messageId: `${chatId}:${message.message_id}`,
      at,
      ...content,
    },
  };
}

function contentOf(message: TelegramMessage, bot: BotIdentity): InboundContent | undefined {
  if (message.text !== undefined) {
    const text = withoutMentions(message.text, message.entities ?? [], bot);
    if (isStartCommand(text, bot)) return { kind: 'event', event: 'start', text: '/start' };
    return { kind: 'text', text };
  }
  // Telegram sends no transcription; the dialogue says it could not hear it and asks for text.
  if (message.voice) return { kind: 'voice', text: '' };
  if (message.location) {
    const label = message.venue ? `${message.venue.title} ${message.venue.address}`.trim() : undefined;
    return {
      kind: 'location',
      text: label || '[位置]',
      location: {
        lat: message.location.latitude,
        lng: message.location.longitude,
        ...(label ? { label } : {}),
      },
    };
  }
  // A shared contact is a phone number the resident chose to give: read it as if typed.
  if (message.contact) return { kind: 'text', text: message.contact.phone_number };
  const caption = message.caption?.trim();
  const largest = message.photo?.at(-1);
  if (largest) {
    return {
      kind: 'image',
      text: caption ? `[图片] ${caption}` : '[图片]',
      image: { mediaId: largest.file_id },
    };
  }
  for (const [field, label] of ATTACHMENTS) {
    const attached = message[field];
    if (attached) {
      return {
        kind: 'image',
        text: caption ? `${label} ${caption}` : label,
        image: { mediaId: attached.file_id },
      };
    }
  }
  // Stickers, GIFs, dice, polls: decoration, not a request.
  return undefined;
}

/** True when a group message is for the bot: it mentions it, runs its command, or replies to it. */
function addressesBot(message: TelegramMessage, bot: BotIdentity): boolean {
  if (message.reply_to_message?.from?.id === bot.id) return true;
  const text = message.text ?? '';
  return (message.entities ?? []).some((entity) => {
    if (entity.type === 'text_mention') return entity.user?.id === bot.id;
    const word = text.slice(entity.offset, entity.offset + entity.length);
    if (entity.type === 'mention') return sameUsername(word.slice(1), bot);
    if (entity.type === 'bot_command') {
      const at = word.indexOf('@');
      return at >= 0 && sameUsername(word.slice(at + 1), bot);
    }
    return false;
  });
}

/** The text without the bot's mentions and with `/cmd@bot` shortened to `/cmd`: the words meant for it. */
function withoutMentions(text: string, entities: readonly TelegramEntity[], bot: BotIdentity): string {
  const cuts = entities
    .flatMap((entity): [number, number][] => {
      const word = text.slice(entity.offset, entity.offset + entity.length);
      const mentionsBot =
        (entity.type === 'mention' && sameUsername(word.slice(1), bot)) ||
        (entity.type === 'text_mention' && entity.user?.id === bot.id);
      if (mentionsBot) return [[entity.offset, entity.offset + entity.length]];
      if (entity.type === 'bot_command') {
        const at = word.indexOf('@');
        if (at >= 0 && sameUsername(word.slice(at + 1), bot))
          return [[entity.offset + at, entity.offset + entity.length]];
      }
      return [];
    })
    .filter(([start, end]) => end <= text.length && start < end)
    .sort((a, b) => b[0] - a[0]);
  let result = text;
  let last = Infinity;
  for (const [start, end] of cuts) {
    if (end > last) continue; // overlapping entities from a hostile client: keep the first cut
    result = result.slice(0, start) + result.slice(end);
    last = start;
  }
  return cuts.length > 0 ? result.replace(/[ \t]{2,}/g, ' ').trim() : result;
}

function isStartCommand(text: string, bot: BotIdentity): boolean {
  const command = /^\/start(?:@([A-Za-z0-9_]+))?(?:\s|$)/.exec(text.trimStart());
  return command !== null && (command[1] === undefined || sameUsername(command[1], bot));
}

function sameUsername(name: string, bot: BotIdentity): boolean {
  return name.toLowerCase() === bot.username.toLowerCase();
}

function callbackIdOf(raw: unknown): { callbackQueryId?: string } {
  const query = (raw as { callback_query?: { id?: unknown } } | null)?.callback_query;
  return typeof query?.id === 'string' && query.id !== '' ? { callbackQueryId: query.id } : {};
}
