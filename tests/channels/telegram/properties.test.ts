import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  callbackDataFor,
  createCallbackTable,
  findByCallbackData,
} from '../../../src/channels/telegram/callback-data.js';
import { renderMessages } from '../../../src/channels/telegram/render.js';
import { splitText, TELEGRAM_TEXT_MAX } from '../../../src/channels/telegram/split-text.js';
import { updateToInbound } from '../../../src/channels/telegram/update-to-inbound.js';
import { anyResidentText, hostileText } from '../../helpers/hostile-text.js';

const BOT = { id: 777, username: 'yimen_bot' };
const AT = new Date('2026-11-24T02:00:00Z');
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const squeeze = (text: string) => text.replace(/\s+/gu, '');

const chatId = fc.oneof(fc.integer({ min: 1, max: 2 ** 40 }), fc.integer({ min: -(2 ** 45), max: -1 }));
const entity = fc.record({
  type: fc.constantFrom('mention', 'text_mention', 'bot_command', 'bold', 'url'),
  offset: fc.nat({ max: 300 }),
  length: fc.nat({ max: 300 }),
  user: fc.option(fc.record({ id: fc.constantFrom(777, 1) }), { nil: undefined }),
});

describe('Telegram properties over hostile input', () => {
  it('a private text message maps to a turn carrying the text exactly, whatever the text', () => {
    fc.assert(
      fc.property(
        anyResidentText(),
        fc.integer({ min: 1, max: 2 ** 40 }),
        fc.nat(),
        (text, chat, messageId) => {
          const mapped = updateToInbound(
            { update_id: 1, message: { message_id: messageId, chat: { id: chat, type: 'private' }, text } },
            BOT,
            AT,
          );
          expect(mapped.kind).toBe('turn');
          if (mapped.kind !== 'turn') return;
          expect(mapped.inbound).toMatchObject({
            channel: 'telegram',
            userId: String(chat),
            messageId: `${chat}:${messageId}`,
          });
          if (mapped.inbound.kind === 'text') expect(mapped.inbound.text).toBe(text);
          else expect(mapped.inbound).toMatchObject({ kind: 'event', event: 'start' });
        },
      ),
      { numRuns: 300 },
    );
  });

  it('any message with any entities, in any chat, never throws and never adds words', () => {
    fc.assert(
      fc.property(
        hostileText(120),
        fc.array(entity, { maxLength: 5 }),
        chatId,
        fc.constantFrom('private', 'group', 'supergroup', 'channel'),
        fc.boolean(),
        (text, entities, chat, type, replyToBot) => {
          const mapped = updateToInbound(
            {
              update_id: 3,
              message: {
                message_id: 9,
                chat: { id: chat, type },
                from: { id: 5, is_bot: false },
                text,
                entities,
                ...(replyToBot ? { reply_to_message: { from: { id: BOT.id } } } : {}),
              },
            },
            BOT,
            AT,
          );
          if (mapped.kind === 'ignored') return;
          expect(type).not.toBe('channel');
          expect(mapped.inbound.userId).toBe(String(chat));
          if (mapped.inbound.kind === 'text')
            expect(mapped.inbound.text.length).toBeLessThanOrEqual(text.length);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('any JSON value at all is mapped or ignored, never thrown on', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.jsonValue(),
          fc.record({ update_id: fc.nat(), message: fc.jsonValue() }),
          fc.record({ update_id: fc.nat(), callback_query: fc.jsonValue() }),
        ),
        (raw) => {
          const mapped = updateToInbound(raw, BOT, AT);
          expect(['turn', 'ignored']).toContain(mapped.kind);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('a tap maps to the button id it carries, and hashed ids come back through the table', () => {
    fc.assert(
      fc.property(
        hostileText(80).filter((id) => id.length > 0),
        (id) => {
          const data = callbackDataFor(id);
          expect(Buffer.byteLength(data, 'utf8')).toBeLessThanOrEqual(64);
          expect(data.length).toBeGreaterThan(0);
          const table = createCallbackTable();
          expect(table.encode('42', { id, label: 'x' })).toBe(data);
          const resolved = data === id ? id : table.lookup('42', data)?.id;
          expect(resolved).toBe(id);
          expect(findByCallbackData([{ id, label: 'x' }], data)?.id).toBe(id);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('the splitter keeps every character, in order, in pieces within the limit, never cutting a surrogate pair', () => {
    fc.assert(
      fc.property(
        // Small limits on short texts, real ones on long texts: Intl.Segmenter is slow enough per cut
        // that two-character pieces of a 20,000-character text would make the run crawl.
        fc.oneof(
          fc.tuple(hostileText(200), fc.constantFrom(2, 3, 7)),
          fc.tuple(anyResidentText(), fc.constantFrom(64, 500)),
          fc.tuple(
            hostileText(60).map((seed) => (seed || '字').repeat(300)),
            fc.constantFrom(500, TELEGRAM_TEXT_MAX),
          ),
        ),
        ([text, max]) => {
          const pieces = splitText(text, max);
          for (const piece of pieces) {
            expect(piece.length).toBeGreaterThan(0);
            expect(piece.length).toBeLessThanOrEqual(max);
            expect(piece).toBe(piece.trim());
          }
          expect(squeeze(pieces.join(''))).toBe(squeeze(text));
          if (!LONE_SURROGATE.test(text))
            for (const piece of pieces) expect(LONE_SURROGATE.test(piece)).toBe(false);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('every rendered message is one Telegram accepts: 1–4,096 characters of valid UTF-8, callback_data ≤ 64 bytes', () => {
    fc.assert(
      fc.property(
        anyResidentText().map((t) => t.repeat(3)),
        fc.array(fc.record({ id: hostileText(40).filter((s) => s.length > 0), label: hostileText(12) }), {
          maxLength: 6,
        }),
        (text, buttons) => {
          const table = createCallbackTable();
          for (const message of renderMessages('42', { text, buttons }, (b) => table.encode('42', b))) {
            expect(message.text.trim().length).toBeGreaterThan(0);
            expect(message.text.length).toBeLessThanOrEqual(TELEGRAM_TEXT_MAX);
            expect(LONE_SURROGATE.test(message.text)).toBe(false);
            for (const button of message.reply_markup?.inline_keyboard.flat() ?? []) {
              expect(Buffer.byteLength(button.callback_data, 'utf8')).toBeLessThanOrEqual(64);
              expect(LONE_SURROGATE.test(button.callback_data)).toBe(false);
              expect(button.text.length).toBeGreaterThan(0);
              expect(LONE_SURROGATE.test(button.text)).toBe(false);
            }
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
