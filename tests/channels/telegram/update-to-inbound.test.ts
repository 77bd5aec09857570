import { describe, expect, it } from 'vitest';
import { updateToInbound, type BotIdentity } from '../../../src/channels/telegram/update-to-inbound.js';

const BOT: BotIdentity = { id: 123456789, username: 'Yimen_Bot' };
const AT = new Date('2026-11-24T02:00:00Z');
const resident = { id: 4242, is_bot: false, first_name: '王秀英' };
const privateChat = { id: 4242, type: 'private', first_name: '王秀英' };
const group = { id: -100123, type: 'supergroup', title: '幸福社区居民群' };

const message = (fields: Record<string, unknown>, chat: object = privateChat) => ({
  update_id: 10,
  message: { message_id: 77, date: 1, chat, from: resident, ...fields },
});
const map = (update: unknown) => updateToInbound(update, BOT, AT);
const inbound = (update: unknown) => {
  const mapped = map(update);
  if (mapped.kind !== 'turn') throw new Error(`ignored: ${mapped.reason}`);
  return mapped.inbound;
};

describe('Telegram update → Inbound', () => {
  it('a private text message: the chat is the resident, the id is chat:message', () => {
    expect(map(message({ text: '我想申请低保' }))).toEqual({
      kind: 'turn',
      chatId: '4242',
      inbound: {
        channel: 'telegram',
        userId: '4242',
        messageId: '4242:77',
        at: AT,
        kind: 'text',
        text: '我想申请低保',
      },
    });
  });

  it('/start (also with a deep-link payload, or addressed to this bot) is the start event', () => {
    for (const text of ['/start', '/start town-12', '/start@yimen_bot']) {
      expect(
        inbound(message({ text, entities: [{ type: 'bot_command', offset: 0, length: 6 }] })),
      ).toMatchObject({
        kind: 'event',
        event: 'start',
        text: '/start',
      });
    }
    expect(inbound(message({ text: '/start@other_bot' }))).toMatchObject({ kind: 'text' });
    expect(inbound(message({ text: '/help' }))).toMatchObject({ kind: 'text', text: '/help' });
  });

  it('a tap: the button id from callback_data, the label from the keyboard, the query id as message id', () => {
    const update = {
      update_id: 11,
      callback_query: {
        id: '4382bfdwdsb323b2d9',
        from: resident,
        chat_instance: '-42',
        data: 'consent_yes',
        message: {
          message_id: 5,
          chat: privateChat,
          text: '您同意吗？',
          reply_markup: {
            inline_keyboard: [
              [
                { text: '同意', callback_data: 'consent_yes' },
                { text: '不同意', callback_data: 'consent_no' },
              ],
            ],
          },
        },
      },
    };
    expect(map(update)).toEqual({
      kind: 'turn',
      chatId: '4242',
      callbackQueryId: '4382bfdwdsb323b2d9',
      inbound: {
        channel: 'telegram',
        userId: '4242',
        messageId: '4382bfdwdsb323b2d9',
        at: AT,
        kind: 'button',
        buttonId: 'consent_yes',
        text: '同意',
      },
    });
  });

  it('a tap without its message or data starts no turn but is still answered', () => {
    const query = { id: 'q1', from: resident, chat_instance: '1' };
    expect(map({ update_id: 1, callback_query: { ...query, data: 'apply' } })).toEqual({
      kind: 'ignored',
      reason: 'not_a_message',
      callbackQueryId: 'q1',
    });
    expect(
      map({
        update_id: 1,
        callback_query: { ...query, message: { message_id: 1, chat: privateChat, date: 0 } },
      }),
    ).toMatchObject({ kind: 'ignored', reason: 'no_button_data', callbackQueryId: 'q1' });
  });

  it('voice has no words (Telegram does not transcribe); location, contact, photo and files map to their kinds', () => {
    expect(inbound(message({ voice: { file_id: 'v', duration: 3 } }))).toMatchObject({
      kind: 'voice',
      text: '',
    });
    expect(inbound(message({ location: { latitude: 31.9, longitude: 120.3 } }))).toMatchObject({
      kind: 'location',
      text: '[位置]',
      location: { lat: 31.9, lng: 120.3 },
    });
    expect(
      inbound(
        message({
          location: { latitude: 31.9, longitude: 120.3 },
          venue: { title: '幸福小区', address: '人民路18号' },
        }),
      ),
    ).toMatchObject({
      kind: 'location',
      text: '幸福小区 人民路18号',
      location: { label: '幸福小区 人民路18号' },
    });
    expect(inbound(message({ contact: { phone_number: '+8613912345678', first_name: '王' } }))).toMatchObject(
      {
        kind: 'text',
        text: '+8613912345678',
      },
    );
    expect(
      inbound(message({ photo: [{ file_id: 'small' }, { file_id: 'large' }], caption: '房子漏雨' })),
    ).toMatchObject({ kind: 'image', text: '[图片] 房子漏雨', image: { mediaId: 'large' } });
    expect(inbound(message({ document: { file_id: 'doc' } }))).toMatchObject({
      kind: 'image',
      text: '[文件]',
      image: { mediaId: 'doc' },
    });
    expect(map(message({ sticker: { file_id: 's' } }))).toEqual({
      kind: 'ignored',
      reason: 'unsupported_content',
    });
  });

  it('in a group only a mention, a command for this bot or a reply to it is taken, the mention left out', () => {
    expect(map(message({ text: '大家好' }, group))).toEqual({
      kind: 'ignored',
      reason: 'group_not_addressed',
    });
    expect(
      map(
        message(
          { text: '@someone_else 你好', entities: [{ type: 'mention', offset: 0, length: 13 }] },
          group,
        ),
      ),
    ).toMatchObject({ kind: 'ignored' });
    const mentioned = map(
      message(
        { text: '@yimen_bot  低保要什么材料', entities: [{ type: 'mention', offset: 0, length: 10 }] },
        group,
      ),
    );
    expect(mentioned).toMatchObject({
      kind: 'turn',
      chatId: '-100123',
      inbound: { userId: '-100123', messageId: '-100123:77', text: '低保要什么材料' },
    });
    expect(
      inbound(
        message(
          {
            text: '一门受理 帮帮王阿姨',
            entities: [{ type: 'text_mention', offset: 0, length: 4, user: { id: BOT.id } }],
          },
          group,
        ),
      ),
    ).toMatchObject({ text: '帮帮王阿姨' });
    expect(
      inbound(message({ text: '好的', reply_to_message: { from: { id: BOT.id, is_bot: true } } }, group)),
    ).toMatchObject({ text: '好的' });
    expect(
      inbound(
        message(
          { text: '/start@Yimen_Bot', entities: [{ type: 'bot_command', offset: 0, length: 16 }] },
          group,
        ),
      ),
    ).toMatchObject({ kind: 'event', event: 'start' });
  });

  it('channel posts, bots, edits and malformed updates start no turn', () => {
    expect(map(message({ text: 'x' }, { id: -1009, type: 'channel' }))).toMatchObject({
      reason: 'channel_post',
    });
    expect(
      map({
        update_id: 1,
        message: { message_id: 1, chat: privateChat, from: { id: 9, is_bot: true }, text: 'x' },
      }),
    ).toMatchObject({
      reason: 'from_a_bot',
    });
    expect(
      map({ update_id: 1, edited_message: { message_id: 1, chat: privateChat, text: 'x' } }),
    ).toMatchObject({
      reason: 'not_a_message',
    });
    for (const raw of [
      null,
      42,
      'text',
      {},
      { update_id: 'x' },
      { update_id: 1, message: { chat: privateChat } },
    ]) {
      expect(map(raw)).toMatchObject({ kind: 'ignored', reason: 'malformed' });
    }
    // A malformed tap is still answered, so its spinner stops.
    expect(map({ update_id: 'bad', callback_query: { id: 'q9' } })).toEqual({
      kind: 'ignored',
      reason: 'malformed',
      callbackQueryId: 'q9',
    });
  });
});
