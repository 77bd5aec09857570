import { types } from 'wechaty';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { userIdOf } from '../../../src/channels/wechaty/address.js';
import { fakeIdNumber } from '../../helpers/id-numbers.js';
import {
  BOT_NAME,
  MockResident,
  emitMessage,
  outboxIdle,
  startWechatyApp,
  turnCommitted,
  until,
  type WechatyTestApp,
} from './wechaty-harness.js';

const ADMIN = { username: 'wechaty-admin', password: 'wechaty-admin-pass-1' };
const RECEIPT = /320281-\d{8}-\d{6}-\d/;

interface HandoffView {
  id: string;
  conversationId: string;
  priority: string;
  status: string;
}

describe('Wechaty channel, end to end over wechaty-puppet-mock', () => {
  let t: WechatyTestApp;
  let token: string;

  beforeAll(async () => {
    t = await startWechatyApp({ ADMIN_USERNAME: ADMIN.username, ADMIN_PASSWORD: ADMIN.password });
    const login = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: ADMIN });
    token = login.json<{ token: string }>().token;
  }, 180_000);
  afterAll(async () => {
    await t?.close();
  });

  const api = (method: 'GET' | 'POST', url: string, payload?: object) =>
    t.app.inject({
      method,
      url,
      headers: { authorization: `Bearer ${token}` },
      ...(payload ? { payload } : {}),
    });

  async function conversationOf(userId: string): Promise<string> {
    const { rows } = await t.app.services.db.query<{ id: string }>(
      "SELECT id FROM conversations WHERE channel = 'wechaty' AND user_id = $1",
      [userId],
    );
    if (!rows[0]) throw new Error(`no conversation for ${userId}`);
    return rows[0].id;
  }

  it('answers a policy question in the private chat, options numbered', async () => {
    const resident = new MockResident(t, '王秀英');
    const replies = await resident.say('低保怎么申请');
    expect(replies.length).toBeGreaterThan(0);
    const text = replies.join('\n');
    expect(text).toContain('低保');
    expect(text).toMatch(/请回复数字：\n1\. 现在申请\n2\. 有用\n3\. 没解决，转人工/);
  });

  it('takes a full application, buttons answered by digits and the rest typed, to a receipt number', async () => {
    const resident = new MockResident(t, '李建国');
    const id = fakeIdNumber('19600505', 41);
    expect((await resident.say('我要申请临时救助')).join('\n')).toContain('您同意吗');
    expect((await resident.choose('同意')).join('\n')).toContain('身份证');
    expect((await resident.say(`李建国 ${id}`)).join('\n')).toContain('手机号码');
    expect((await resident.say('13800000001 江阴市周庄镇长寿村3号')).join('\n')).toContain('几口人');
    expect((await resident.say('四口人 每月两千')).join('\n')).toContain('困难');
    expect((await resident.say('厂里停工了 这几个月没有工资')).join('\n')).toContain('请回复数字');
    const review = (await resident.choose('失业断了收入')).join('\n');
    expect(review).toContain('李建国');
    expect(review).not.toContain(id);
    const done = (await resident.choose('确认提交')).join('\n');
    const caseNo = RECEIPT.exec(done)?.[0];
    expect(caseNo, done).toBeDefined();
    const stored = await t.app.services.cases.get(caseNo!);
    expect(stored).toMatchObject({
      channel: 'wechaty',
      userId: resident.contact.id,
      assistanceType: 'temporary',
      idNumber: id,
      phone: '13800000001',
    });
    // The digits reached the engine as the buttons they stand for, labelled in the transcript.
    const { history } = await t.app.services.channelKit.transcript.open(
      { channel: 'wechaty', userId: resident.contact.id },
      100,
    );
    const said = history.filter((e) => e.author === 'resident').map((e) => e.text);
    expect(said).toEqual(expect.arrayContaining(['同意', '失业断了收入', '确认提交']));
    expect(said).not.toContain('1');
  });

  it('puts an urgent message in the operator queue, and an operator reply from the console reaches the contact', async () => {
    const resident = new MockResident(t, '赵阿姨');
    const replies = await resident.say('我不想活了');
    expect(replies.join('\n')).toContain('12356');
    const conversationId = await conversationOf(resident.contact.id);

    const queue = await api('GET', '/api/v1/handoffs');
    expect(queue.statusCode).toBe(200);
    const handoff = queue
      .json<{ handoffs: HandoffView[] }>()
      .handoffs.find((h) => h.conversationId === conversationId);
    expect(handoff).toMatchObject({ priority: 'critical' });

    expect((await api('POST', `/api/v1/handoffs/${handoff!.id}/claim`)).statusCode).toBe(200);
    const before = resident.received().length;
    const sent = await api('POST', `/api/v1/handoffs/${handoff!.id}/messages`, {
      text: '赵阿姨您好，我是民政局的王芳，我马上给您打电话，请您接一下。',
    });
    expect(sent.statusCode).toBe(200);
    await until(
      () =>
        resident
          .received()
          .slice(before)
          .some((m) => m.includes('我是民政局的王芳')),
      "the operator's reply on WeChat",
    );
  });

  it('ignores group chat messages unless the bot is mentioned, and then answers in the group', async () => {
    const alice = t.mocker.createContact({ name: '王阿姨' });
    const room = t.mocker.createRoom({ topic: '幸福小区居民群', memberIdList: [t.bot.id, alice.id] });
    const inRoom = () => t.sent.filter((m) => m.roomId === room.id);

    const chatter = emitMessage(t, alice, { type: types.Message.Text, text: '明天几点开会？' }, room);
    const digit = emitMessage(t, alice, { type: types.Message.Text, text: '1' }, room);
    const mentioned = emitMessage(
      t,
      alice,
      { type: types.Message.Text, text: `@${BOT_NAME} 低保怎么申请`, mentionIdList: [t.bot.id] },
      room,
    );
    await until(() => turnCommitted(t, mentioned), 'the mentioned message');
    await until(() => outboxIdle(t), 'the outbox to deliver');
    expect(await turnCommitted(t, chatter)).toBe(false);
    expect(await turnCommitted(t, digit)).toBe(false);
    const answers = inRoom();
    expect(answers.length).toBeGreaterThan(0);
    // Addressed to the member who asked, in the group, and kept apart from any private chat.
    expect(answers[0]?.text).toMatch(/^@王阿姨 /);
    expect(answers.map((m) => m.text).join('\n')).toContain('低保');
    await conversationOf(userIdOf({ roomId: room.id, contactId: alice.id }));
    await expect(conversationOf(alice.id)).rejects.toThrow();
  });

  it('keeps a shared location, acknowledges an image, answers an untranscribed voice message, ignores a sticker', async () => {
    const resident = new MockResident(t, '陈大爷');
    // The mock puppet gives every location message one fixed place.
    const place = (await resident.send({ type: types.Message.Location })).join('\n');
    expect(place).toContain('收到您发来的位置');
    expect(place).toContain('东升乡人民政府');
    expect((await resident.send({ type: types.Message.Image })).join('\n')).toContain('收到您发的图片');
    const voice = (await resident.send({ type: types.Message.Audio })).join('\n');
    expect(voice).toContain('听不了语音');
    expect(voice).toMatch(/1\. 请工作人员联系我/);
    const sticker = emitMessage(t, resident.contact, { type: types.Message.Emoticon });
    expect(await resident.say('谢谢')).not.toHaveLength(0);
    expect(await turnCommitted(t, sticker)).toBe(false);
  });
});
