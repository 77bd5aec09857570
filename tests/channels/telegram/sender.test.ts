import { Telegram } from 'telegraf';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { callbackDataFor, createCallbackTable } from '../../../src/channels/telegram/callback-data.js';
import { createTelegramSender } from '../../../src/channels/telegram/sender.js';
import { telegrafBotApi } from '../../../src/channels/telegram/telegraf-api.js';
import { DeliveryError } from '../../../src/delivery/outbound-message.js';
import { startFakeTelegramServer, type FakeTelegramServer } from '../../helpers/fake-telegram-server.js';

const address = { channel: 'telegram', userId: '4242' };

describe('the Telegram sender, through telegraf to the fake Bot API', () => {
  let fake: FakeTelegramServer;
  let table = createCallbackTable();
  const sender = (timeoutMs?: number) =>
    createTelegramSender(
      telegrafBotApi(new Telegram(fake.token, { apiRoot: fake.apiRoot })),
      table,
      timeoutMs,
    );

  beforeAll(async () => {
    fake = await startFakeTelegramServer();
  });
  afterAll(async () => {
    await fake.close();
  });
  beforeEach(() => {
    table = createCallbackTable();
  });

  it('sends a reply with its buttons as an inline keyboard, and a long id hashed so Telegram accepts it', async () => {
    const long = { id: `choice:${'村（居）委会代为申请'.repeat(3)}`, label: '村（居）委会代为申请' };
    await sender().send(address, {
      kind: 'reply',
      text: '请问是谁来申请？',
      buttons: [{ id: 'choice:本人申请', label: '本人申请' }, long],
    });
    const [sent] = fake.sent(4242);
    expect(sent?.text).toBe('请问是谁来申请？');
    expect(sent?.keyboard?.flat().map((b) => b.callback_data)).toEqual([
      'choice:本人申请',
      callbackDataFor(long.id),
    ]);
    expect(table.lookup('4242', callbackDataFor(long.id))).toEqual(long);
  });

  it('splits a text longer than 4,096 characters into messages Telegram accepts', async () => {
    const before = fake.sent(4242).length;
    await sender().send(address, { kind: 'operator', text: '说明。'.repeat(3000) });
    const sent = fake.sent(4242).slice(before);
    expect(sent.length).toBe(3);
    expect(sent.map((m) => m.text).join('')).toBe('说明。'.repeat(3000));
  });

  it('types the failures: 403 final, 429 with its wait, a slow answer retryable', async () => {
    fake.failNext('sendMessage', { errorCode: 403, description: 'Forbidden: bot was blocked by the user' });
    await expect(sender().send(address, { kind: 'reply', text: '你好' })).rejects.toMatchObject({
      name: 'DeliveryError',
      retryable: false,
      code: 'telegram_403',
    });
    fake.failNext('sendMessage', { errorCode: 429, retryAfter: 9 });
    await expect(sender().send(address, { kind: 'reply', text: '你好' })).rejects.toMatchObject({
      retryable: true,
      retryAfterMs: 9_000,
    });
    fake.failNext('sendMessage', { hangMs: 1_000 });
    const slow = await sender(100)
      .send(address, { kind: 'reply', text: '你好' })
      .catch((error: unknown) => error);
    expect(slow).toBeInstanceOf(DeliveryError);
    expect(slow).toMatchObject({ retryable: true, code: 'network' });
  });
});
