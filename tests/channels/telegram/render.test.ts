import { describe, expect, it } from 'vitest';
import { callbackDataFor, createCallbackTable } from '../../../src/channels/telegram/callback-data.js';
import { renderMessages } from '../../../src/channels/telegram/render.js';
import { splitText, TELEGRAM_TEXT_MAX } from '../../../src/channels/telegram/split-text.js';

const plain = (button: { id: string }) => callbackDataFor(button.id);

describe('replies as Telegram messages', () => {
  it('a reply with buttons: one message, short labels two to a row, callback_data = the button id', () => {
    const [message, ...rest] = renderMessages(
      '42',
      {
        text: '您同意吗？',
        buttons: [
          { id: 'consent_yes', label: '同意' },
          { id: 'consent_no', label: '不同意' },
          { id: 'request_human', label: '转人工' },
        ],
      },
      plain,
    );
    expect(rest).toEqual([]);
    expect(message).toEqual({
      chat_id: '42',
      text: '您同意吗？',
      reply_markup: {
        inline_keyboard: [
          [
            { text: '同意', callback_data: 'consent_yes' },
            { text: '不同意', callback_data: 'consent_no' },
          ],
          [{ text: '转人工', callback_data: 'request_human' }],
        ],
      },
    });
  });

  it('long labels get a row each; long ids go through the per-chat table', () => {
    const table = createCallbackTable();
    const long = { id: `choice:${'村（居）委会代为申请'.repeat(3)}`, label: '村（居）委会代为申请' };
    const [message] = renderMessages(
      '42',
      { text: '谁来申请？', buttons: [long, { id: 'x', label: '本人申请' }] },
      (b) => table.encode('42', b),
    );
    const rows = message!.reply_markup!.inline_keyboard;
    expect(rows).toHaveLength(2);
    const data = rows[0]![0]!.callback_data;
    expect(Buffer.byteLength(data)).toBeLessThanOrEqual(64);
    expect(table.lookup('42', data)).toEqual(long);
  });

  it('a text over 4,096 characters is split, the keyboard under the last piece only', () => {
    const text = `${'第一段政策说明。'.repeat(400)}\n\n${'第二段办理材料。'.repeat(400)}`;
    const messages = renderMessages('42', { text, buttons: [{ id: 'apply', label: '申请救助' }] }, plain);
    expect(messages.length).toBeGreaterThan(1);
    expect(messages.every((m) => m.text.length <= TELEGRAM_TEXT_MAX)).toBe(true);
    expect(messages.slice(0, -1).every((m) => m.reply_markup === undefined)).toBe(true);
    expect(messages.at(-1)?.reply_markup).toBeDefined();
    expect(messages[0]?.text.endsWith('。')).toBe(true);
  });

  it('nothing to say gives no message; buttons alone get a short prompt; lone surrogates become U+FFFD', () => {
    expect(renderMessages('42', { text: ' \n ' }, plain)).toEqual([]);
    expect(
      renderMessages('42', { text: '', buttons: [{ id: 'apply', label: '申请' }] }, plain)[0]?.text,
    ).toBe('请选择：');
    expect(renderMessages('42', { text: '坏\ud800字\udc00' }, plain)[0]?.text).toBe('坏\ufffd字\ufffd');
    expect(renderMessages('42', { text: '好😭' }, plain)[0]?.text).toBe('好😭');
  });

  it('the splitter prefers paragraph, line and sentence ends, and never cuts an emoji or a surrogate pair', () => {
    expect(splitText('ab\n\ncd', 4)).toEqual(['ab', 'cd']);
    expect(splitText('一二三。四五六七', 5)).toEqual(['一二三。', '四五六七']);
    expect(splitText('👨‍👩‍👧'.repeat(3), 9)).toEqual(['👨‍👩‍👧', '👨‍👩‍👧', '👨‍👩‍👧']);
    // A grapheme longer than the limit is cut between code points, never inside one.
    expect(splitText('😭😭😭', 3)).toEqual(['😭', '😭', '😭']);
    // Linear in the text's length: a 200,000-character text is split in one go.
    const started = performance.now();
    expect(splitText('字'.repeat(200_000))).toHaveLength(49);
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});
