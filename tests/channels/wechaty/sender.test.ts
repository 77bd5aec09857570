import { describe, expect, it } from 'vitest';
import { userIdOf, type WechatyTarget } from '../../../src/channels/wechaty/address.js';
import { createWechatySender, type WechatyChat } from '../../../src/channels/wechaty/sender.js';
import { createMemoryOfferedOptions } from '../../../src/channels/wechat-oa/offered-options.js';
import { DeliveryError } from '../../../src/delivery/outbound-message.js';

function recordingChat(fail?: Error) {
  const said: { target: WechatyTarget; text: string }[] = [];
  const chat: WechatyChat = {
    say(target, text) {
      if (fail) return Promise.reject(fail);
      said.push({ target, text });
      return Promise.resolve();
    },
  };
  return { chat, said };
}

const buttons = [
  { id: 'consent_yes', label: '同意' },
  { id: 'consent_no', label: '不同意' },
];

describe('Wechaty sender', () => {
  it('sends the text with its buttons numbered, and records them for a digit reply', async () => {
    const { chat, said } = recordingChat();
    const offered = createMemoryOfferedOptions();
    const sender = createWechatySender(chat, offered);
    expect(sender.channel).toBe('wechaty');
    await sender.send(
      { channel: 'wechaty', userId: 'wxid_resident' },
      { kind: 'reply', text: '您同意吗？', buttons },
    );
    expect(said).toEqual([
      { target: { contactId: 'wxid_resident' }, text: '您同意吗？\n\n请回复数字：\n1. 同意\n2. 不同意' },
    ]);
    expect(await offered.get('wxid_resident')).toEqual(buttons);
    await sender.send(
      { channel: 'wechaty', userId: 'wxid_resident' },
      { kind: 'operator', text: '我是小李' },
    );
    expect(await offered.get('wxid_resident')).toBeUndefined();
  });

  it('answers in the group a member asked in', async () => {
    const { chat, said } = recordingChat();
    const sender = createWechatySender(chat, createMemoryOfferedOptions());
    const userId = userIdOf({ roomId: '123@chatroom', contactId: 'wxid_member' });
    await sender.send({ channel: 'wechaty', userId }, { kind: 'reply', text: '好的' });
    expect(said[0]?.target).toEqual({ roomId: '123@chatroom', contactId: 'wxid_member' });
  });

  it('splits a long text into messages a phone shows whole', async () => {
    const { chat, said } = recordingChat();
    const sender = createWechatySender(chat, createMemoryOfferedOptions());
    await sender.send({ channel: 'wechaty', userId: 'u' }, { kind: 'reply', text: '政策说明。'.repeat(600) });
    expect(said.length).toBeGreaterThan(1);
    for (const { text } of said) expect(Buffer.byteLength(text)).toBeLessThanOrEqual(4000);
  });

  it('types a puppet failure as a retryable DeliveryError, and passes its own errors through', async () => {
    const failing = createWechatySender(
      recordingChat(new Error('gRPC unavailable')).chat,
      createMemoryOfferedOptions(),
    );
    const error = await failing
      .send({ channel: 'wechaty', userId: 'u' }, { kind: 'reply', text: 'x' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DeliveryError);
    expect(error).toMatchObject({ retryable: true, code: 'puppet_error' });
    const refused = new DeliveryError('logged out', true, 'logged_out');
    const passing = createWechatySender(recordingChat(refused).chat, createMemoryOfferedOptions());
    await expect(
      passing.send({ channel: 'wechaty', userId: 'u' }, { kind: 'reply', text: 'x' }),
    ).rejects.toBe(refused);
  });
});
