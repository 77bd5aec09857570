import type { Button } from '../../src/engine/buttons.js';
import type { HandoffTestApp } from '../handoff/handoff-harness.js';
import type { FakeWechatServer } from '../helpers/fake-wechat-server.js';
import { messageRequest, tagText, textXml } from '../helpers/wechat-requests.js';
import { FrameClient } from '../helpers/ws-client.js';
import { eventually, type ChannelResident } from './channel-contract.js';
import { TelegramResident, type TelegramTestApp } from './telegram/telegram-harness.js';
import { MockResident, type WechatyTestApp } from './wechaty/wechaty-harness.js';

/** The labels of the buttons under the last reply, for drivers that choose by tapping. */
export function buttonsOfLastReply(replies: readonly { buttons?: Button[] }[]): Button[] {
  return [...replies].reverse().find((r) => (r.buttons?.length ?? 0) > 0)?.buttons ?? [];
}

/** A resident on the web chat page's socket: taps send the button id. */
export async function webResident(app: HandoffTestApp, userId: string): Promise<ChannelResident> {
  const client = await FrameClient.connect(`${app.wsUrl}/ws/chat`);
  client.send({ type: 'hello', userId });
  await client.next((f) => f.type === 'welcome');
  let count = 0;
  let offered: Button[] = [];
  const send = async (frame: Record<string, unknown>): Promise<string[]> => {
    const messageId = `m${++count}`;
    client.send({ type: 'message', messageId, ...frame });
    const reply = await client.next((f) => f.type === 'reply' && f.inReplyTo === messageId);
    const messages = reply.messages as { text: string; buttons?: Button[] }[];
    offered = buttonsOfLastReply(messages);
    return messages.map((m) => m.text);
  };
  return {
    channel: 'web',
    userId,
    say: (text) => send({ text }),
    choose(label) {
      const button = offered.find((b) => b.label === label);
      return send(button ? { text: label, buttonId: button.id } : { text: label });
    },
    async received(text, timeoutMs = 10_000) {
      const push = await client.next(
        (f) => f.type === 'push' && String((f.message as { text: string }).text).includes(text),
        timeoutMs,
      );
      return (push.message as { text: string }).text;
    },
  };
}

/** A resident behind an integration on the REST channel: buttons by id, pushes read from the transcript. */
export async function restResident(app: HandoffTestApp, userId: string): Promise<ChannelResident> {
  let count = 0;
  let offered: Button[] = [];
  const send = async (body: Record<string, unknown>): Promise<string[]> => {
    const res = await app.app.inject({
      method: 'POST',
      url: '/api/v1/messages',
      payload: { userId, messageId: `${userId}-${++count}`, ...body },
    });
    const replies = res.json<{ replies: { text: string; buttons?: Button[] }[] }>().replies;
    offered = buttonsOfLastReply(replies);
    return replies.map((r) => r.text);
  };
  return Promise.resolve({
    channel: 'rest',
    userId,
    say: (text) => send({ text }),
    choose(label) {
      const button = offered.find((b) => b.label === label);
      return send(button ? { text: label, buttonId: button.id } : { text: label });
    },
    received: (text, timeoutMs) =>
      eventually(async () => {
        const res = await app.app.inject({ method: 'GET', url: `/api/v1/messages?userId=${userId}` });
        const messages = res.json<{ messages: { author: string; text: string }[] }>().messages;
        return messages.find((m) => m.author !== 'resident' && m.text.includes(text))?.text;
      }, timeoutMs),
  });
}

/** A resident on the WeChat Official Account: signed XML pushes, passive replies, digits for options. */
export async function wechatResident(
  app: HandoffTestApp,
  fake: FakeWechatServer,
  openid: string,
): Promise<ChannelResident> {
  let count = 0;
  let last = '';
  const send = async (content: string): Promise<string[]> => {
    const request = messageRequest(
      textXml(content, {
        from: openid,
        msgId: `${Date.now()}${++count}`,
        createTime: Math.floor(Date.now() / 1000),
      }),
    );
    const query = new URLSearchParams(request.query).toString();
    const res = await app.app.inject({
      method: 'POST',
      url: `/wechat?${query}`,
      headers: { 'content-type': 'text/xml' },
      payload: request.body ?? '',
    });
    const reply = tagText(res.body, 'Content') ?? '';
    // Anything beyond the passive reply arrives through the customer-service API.
    await new Promise((resolve) => setTimeout(resolve, 400));
    const later = fake
      .customMessages()
      .filter((m) => m.touser === openid)
      .map((m) => m.content);
    last = [reply, ...later].join('\n');
    fake.reset();
    return [reply, ...later];
  };
  return Promise.resolve({
    channel: 'wechat',
    userId: openid,
    say: send,
    choose(label) {
      // WeChat text has no buttons: the options are numbered and the resident answers with the digit.
      const digit = new RegExp(`(\\d+)[.、．]\\s*${label}`).exec(last)?.[1];
      return send(digit ?? label);
    },
    received: (text, timeoutMs) =>
      eventually(() => {
        const found = fake.customMessages().find((m) => m.touser === openid && m.content.includes(text));
        return Promise.resolve(found?.content);
      }, timeoutMs),
  });
}

/** A resident in a Telegram chat: updates through the fake Bot API, buttons tapped by their callback_data. */
export function telegramResident(t: TelegramTestApp, chatId: number): Promise<ChannelResident> {
  const resident = new TelegramResident(t, chatId);
  const texts = (messages: { text: string }[]) => messages.map((m) => m.text);
  return Promise.resolve({
    channel: 'telegram',
    userId: String(chatId),
    say: async (text) => texts(await resident.say(text)),
    choose: async (label) => texts(await resident.tap(resident.dataOf(label))),
    received: (text, timeoutMs) =>
      eventually(
        () => Promise.resolve(t.fake.sent(chatId).find((m) => m.text.includes(text))?.text),
        timeoutMs,
      ),
  });
}

/** A resident on a (mocked) personal WeChat account through Wechaty: numbered options answered by digit. */
export function wechatyResident(t: WechatyTestApp, name: string): Promise<ChannelResident> {
  const resident = new MockResident(t, name);
  return Promise.resolve({
    channel: 'wechaty',
    userId: resident.contact.id,
    say: (text) => resident.say(text),
    choose: (label) => resident.choose(label),
    received: (text, timeoutMs) =>
      eventually(() => Promise.resolve(resident.received().find((m) => m.includes(text))), timeoutMs),
  });
}
