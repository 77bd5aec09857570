import { describe, expect, it } from 'vitest';
import { callbackDataFor, createCallbackTable } from '../../../src/channels/telegram/callback-data.js';
import { UpdateDeferred } from '../../../src/channels/telegram/update-deferred.js';
import { createUpdateHandler } from '../../../src/channels/telegram/update-handler.js';
import type { Inbound } from '../../../src/engine/inbound.js';
import type { TranscriptEntry, TurnResult } from '../../../src/engine/types.js';
import { AppError } from '../../../src/errors.js';
import { recordingLogger } from '../../helpers/recording-logger.js';

const BOT = { id: 1, username: 'yimen_bot' };
const LONG = { id: `choice:${'村（居）委会代为申请'.repeat(3)}`, label: '村（居）委会代为申请' };
const chat = { id: 42, type: 'private' };

/** A handler over a recording engine, a transcript and a recording Bot API. */
function harness(options: { history?: TranscriptEntry[]; fail?: Error } = {}) {
  const handled: Inbound[] = [];
  const answered: { callback_query_id: string; text?: string }[] = [];
  const table = createCallbackTable();
  const handle = createUpdateHandler({
    kit: {
      engine: {
        handle: (inbound) => {
          handled.push(inbound);
          return options.fail ? Promise.reject(options.fail) : Promise.resolve({} as TurnResult);
        },
      },
      transcript: { open: () => Promise.resolve({ conversationId: 'c1', history: options.history ?? [] }) },
      clock: { now: () => new Date('2026-11-24T02:00:00Z') },
    },
    api: { answerCallbackQuery: (params) => Promise.resolve(void answered.push(params)) },
    identity: () => Promise.resolve(BOT),
    table,
    logger: recordingLogger(),
  });
  return { handle, handled, answered, table };
}

const tap = (data: string, label?: string) => ({
  update_id: 1,
  callback_query: {
    id: 'q1',
    from: { id: 42 },
    chat_instance: '1',
    data,
    message: {
      message_id: 9,
      chat,
      ...(label ? { reply_markup: { inline_keyboard: [[{ text: label, callback_data: data }]] } } : {}),
    },
  },
});

describe('running a Telegram update', () => {
  it('runs the turn with its replies through the outbox, and answers the tap', async () => {
    const h = harness();
    await h.handle(tap('consent_yes', '同意'));
    expect(h.handled).toEqual([
      expect.objectContaining({ kind: 'button', buttonId: 'consent_yes', text: '同意', replyVia: 'outbox' }),
    ]);
    expect(h.answered).toEqual([{ callback_query_id: 'q1' }]);
  });

  it('a hashed button is resolved from the table this process filled', async () => {
    const h = harness();
    const data = h.table.encode('42', LONG);
    await h.handle(tap(data));
    expect(h.handled[0]).toMatchObject({ buttonId: LONG.id, text: LONG.label });
  });

  it('a hashed button another instance sent is found in the resident’s transcript', async () => {
    const h = harness({
      history: [
        {
          id: '1',
          author: 'bot',
          text: '谁来申请？',
          buttons: [{ id: 'x', label: '本人申请' }, LONG],
          at: '',
        },
      ],
    });
    await h.handle(tap(callbackDataFor(LONG.id), LONG.label));
    expect(h.handled[0]).toMatchObject({ buttonId: LONG.id, text: LONG.label });
  });

  it('a hashed button found nowhere starts no turn; the resident is told to type instead', async () => {
    const h = harness();
    await h.handle(tap('~AAAAAAAAAAAAAAAAAAAAAA'));
    expect(h.handled).toEqual([]);
    expect(h.answered[0]?.text).toContain('过期');
  });

  it('an ignored tap is still answered, so its spinner stops', async () => {
    const h = harness();
    await h.handle({
      update_id: 1,
      callback_query: { id: 'q2', from: { id: 42 }, chat_instance: '1', data: 'x' },
    });
    expect(h.handled).toEqual([]);
    expect(h.answered).toEqual([{ callback_query_id: 'q2' }]);
  });

  it('while the engine shuts down the update is deferred (not confirmed); other failures propagate', async () => {
    const draining = harness({ fail: new AppError('unavailable', '服务正在重启') });
    await expect(
      draining.handle({ update_id: 1, message: { message_id: 1, chat, text: '你好' } }),
    ).rejects.toBeInstanceOf(UpdateDeferred);
    const broken = harness({ fail: new Error('database away') });
    await expect(
      broken.handle({ update_id: 1, message: { message_id: 1, chat, text: '你好' } }),
    ).rejects.toThrow('database away');
  });
});
