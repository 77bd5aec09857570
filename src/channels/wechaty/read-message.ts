import { types, type Message, type payloads } from 'wechaty';
import type { WechatyContent, WechatyMessageView } from './message-view.js';

/** Labels of the message kinds the bot acknowledges but cannot read, as residents know them. */
const UNSUPPORTED: Partial<Record<types.Message, string>> = {
  [types.Message.Attachment]: '文件',
  [types.Message.Video]: '视频',
  [types.Message.Contact]: '名片',
  [types.Message.ChatHistory]: '聊天记录',
  [types.Message.MiniProgram]: '小程序',
};

/** What reading a message needs from the puppet directly. */
export interface PuppetReader {
  /** The puppet's location payload (bot.puppet.messageLocation). */
  messageLocation(messageId: string): Promise<payloads.Location>;
}

/**
 * Reads what the bot needs from a Wechaty message. What a puppet cannot provide (a location or link it
 * does not support) degrades to an acknowledged placeholder rather than failing the message.
 */
export async function readMessage(message: Message, puppet: PuppetReader): Promise<WechatyMessageView> {
  const room = message.room();
  const talker = message.talker();
  const inRoom = room !== undefined;
  const mentionsBot = inRoom ? await message.mentionSelf() : false;
  return {
    id: message.id,
    talkerId: talker.id,
    ...(inRoom ? { roomId: room.id } : {}),
    mentionsBot,
    self: message.self(),
    official: talker.type() === types.Contact.Official,
    at: message.date(),
    // Only mentioned group messages are answered, so only those need the mention stripped.
    ...(await readContent(message, mentionsBot, puppet)),
  };
}

async function readContent(
  message: Message,
  mentioned: boolean,
  puppet: PuppetReader,
): Promise<WechatyContent> {
  const type = message.type();
  switch (type) {
    case types.Message.Text:
      // In a group, 「@一门助手 低保怎么申请」 is about 「低保怎么申请」: mentionText drops the @names.
      return { kind: 'text', text: mentioned ? await message.mentionText() : message.text() };
    case types.Message.Audio: {
      // Some puppets put a transcription in the text; most give none, and some give XML, which is no speech.
      const text = message.text().trim();
      return text && !text.startsWith('<') ? { kind: 'audio', text } : { kind: 'audio' };
    }
    case types.Message.Image:
      return { kind: 'image' };
    case types.Message.Location:
      try {
        // Not message.toLocation(): in wechaty 1.20.2 it constructs LocationImpl directly, which always
        // throws ("Wechaty User Class (WUC) can not be instantiated directly"); the puppet has the payload.
        const location = await puppet.messageLocation(message.id);
        const label = location.name || location.address;
        return {
          kind: 'location',
          lat: location.latitude,
          lng: location.longitude,
          ...(label ? { label } : {}),
        };
      } catch {
        return { kind: 'unsupported', label: '位置' };
      }
    case types.Message.Url:
      try {
        const link = await message.toUrlLink();
        const title = link.title();
        return { kind: 'link', url: link.url(), ...(title ? { title } : {}) };
      } catch {
        return { kind: 'unsupported', label: '链接' };
      }
    case types.Message.Attachment:
    case types.Message.Video:
    case types.Message.Contact:
    case types.Message.ChatHistory:
    case types.Message.MiniProgram:
      return { kind: 'unsupported', label: UNSUPPORTED[type] ?? '消息' };
    // A sticker closes a chat (👍, 谢谢); answering it with 「图片已保存」 would be noise. Money is never taken
    // by the bot: an unaccepted transfer or red envelope goes back to the sender by itself after a day.
    case types.Message.Emoticon:
    case types.Message.Transfer:
    case types.Message.RedEnvelope:
    case types.Message.Recalled:
    case types.Message.GroupNote:
    case types.Message.Post:
    case types.Message.Unknown:
      return { kind: 'ignored' };
  }
}
