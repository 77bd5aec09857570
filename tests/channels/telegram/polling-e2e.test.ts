import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fakeIdNumber } from '../../helpers/id-numbers.js';
import { FakeClock } from '../../helpers/test-app.js';
import {
  outboxOf,
  startTelegramApp,
  TelegramResident,
  waitFor,
  type TelegramTestApp,
} from './telegram-harness.js';

/** Tuesday 24 November 2026, 10:00 in Beijing: the service window and the hotline are open. */
const OFFICE_TIME = new Date('2026-11-24T02:00:00Z');
const ADMIN_PASSWORD = 'telegram-admin-pass-1';
const RECEIPT = /\d{6}-\d{8}-\d{6}-\d/;

describe('Telegram end to end: the whole app, long polling a fake Bot API through telegraf', () => {
  let t: TelegramTestApp;
  let clock: FakeClock;
  let chat = 7_000_100;

  beforeAll(async () => {
    clock = new FakeClock(OFFICE_TIME);
    // A long SLA timer: nothing here depends on it, and the clock only moves when a test moves it.
    t = await startTelegramApp({ ADMIN_PASSWORD, SLA_CHECK_INTERVAL_MS: '600000' }, clock);
  }, 180_000);
  afterAll(async () => {
    await t?.close();
  });

  const resident = () => new TelegramResident(t, ++chat);

  it('loads telegraf when Telegram is configured, and connects in the background', async () => {
    const cache = createRequire(import.meta.url).cache;
    expect(Object.keys(cache).some((file) => file.includes('/node_modules/telegraf/'))).toBe(true);
    await waitFor(() => t.fake.calls.some((c) => c.method === 'getUpdates'), 'the first getUpdates');
    expect(t.fake.calls.findIndex((c) => c.method === 'getMe')).toBe(0);
    // Long polling first turns any webhook off, keeping pending updates.
    expect(t.fake.calls.find((c) => c.method === 'deleteWebhook')?.params.drop_pending_updates).toBe(false);
  });

  it('/start gets the welcome with the main menu as an inline keyboard', async () => {
    const r = resident();
    const [welcome] = await r.say('/start');
    expect(welcome?.text).toContain('社会救助服务助手');
    expect(welcome?.keyboard?.flat().map((b) => b.callback_data)).toEqual([
      'policy_menu',
      'apply',
      'urgent',
      'check_status',
      'report_other',
    ]);
  });

  it('a policy question is answered', async () => {
    const r = resident();
    await r.say('低保的申请条件是什么');
    expect(r.lastText).toContain('低保');
    expect(r.lastText).toContain('依据');
  });

  it('a full application: buttons tapped by their callback_data, the rest typed, a receipt number at the end', async () => {
    const r = resident();
    const id = fakeIdNumber('19560314', 611);
    await r.say('/start');
    await r.tap('apply');
    expect(r.lastText).toContain('哪一类');
    await r.tap('type:minimum_living');
    expect(r.lastText).toContain('同意');
    await r.tap('consent_yes');
    await r.say(
      `我叫刘桂芬 身份证${id} 电话13800138000 住江阴市澄江街道五星村12号 一家三口 月收入两千来块 老伴瘫痪在床`,
    );
    for (let turn = 0; turn < 12 && !RECEIPT.test(r.lastText); turn++) {
      const buttons = t.fake.sent(r.chatId).at(-1)?.keyboard?.flat() ?? [];
      const choice = buttons.find((b) => b.callback_data?.startsWith('choice:'));
      const submit = buttons.find((b) => b.callback_data === 'confirm_submit');
      if (submit) await r.tap('confirm_submit');
      else if (choice?.callback_data) await r.tap(choice.callback_data);
      else await r.say('都没有');
    }
    const receipt = RECEIPT.exec(r.lastText)?.[0];
    expect(receipt, r.transcript()).toBeDefined();
    const stored = await t.app.services.cases.get(receipt!);
    expect(stored).toMatchObject({ applicantName: '刘桂芬', idNumber: id, phone: '13800138000' });
    // Every tap was answered, so no spinner was left turning.
    const taps = t.fake.calls.filter((c) => c.method === 'answerCallbackQuery');
    expect(taps.length).toBeGreaterThanOrEqual(4);
  });

  it('an urgent message reaches the operator queue, and the operator’s reply arrives through sendMessage', async () => {
    const r = resident();
    await r.say('我不想活了');
    expect(r.lastText).toContain('12356');
    const login = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: 'admin', password: ADMIN_PASSWORD },
    });
    const auth = { authorization: `Bearer ${login.json<{ token: string }>().token}` };
    const queue = await t.app.inject({ method: 'GET', url: '/api/v1/handoffs?status=open', headers: auth });
    const { conversationId } = await t.app.services.channelKit.transcript.open(
      { channel: 'telegram', userId: String(r.chatId) },
      0,
    );
    const handoff = queue
      .json<{ handoffs: { id: string; conversationId: string; priority: string }[] }>()
      .handoffs.find((h) => h.conversationId === conversationId);
    expect(handoff?.priority).toBe('critical');
    const claimed = await t.app.inject({
      method: 'POST',
      url: `/api/v1/handoffs/${handoff!.id}/claim`,
      headers: auth,
    });
    expect(claimed.statusCode).toBe(200);
    const said = await t.app.inject({
      method: 'POST',
      url: `/api/v1/handoffs/${handoff!.id}/messages`,
      headers: auth,
      payload: { text: '您好，我是热线值班员小王。您现在在哪里？我马上安排人过去。' },
    });
    expect(said.statusCode).toBeLessThan(300);
    const [reply] = await r.receive(1);
    expect(reply?.text).toContain('热线值班员小王');
  });

  it('a send refused with 429 waits for retry_after, then is delivered', async () => {
    const r = resident();
    t.fake.failNext('sendMessage', { errorCode: 429, retryAfter: 30 });
    const update = t.fake.sendText(r.chatId, '你好');
    await waitFor(
      async () => (await outboxOf(t.app, r.chatId)).some((row) => row.attempts === 1),
      'the first try',
    );
    await waitFor(
      async () => (await outboxOf(t.app, r.chatId))[0]?.status === 'pending',
      'the retry to be scheduled',
    );
    const [first] = await outboxOf(t.app, r.chatId);
    expect(first?.last_error).toContain('429');
    expect(t.fake.sent(r.chatId)).toHaveLength(0);
    // Past the router's own backoff (2 s) but not Telegram's retry_after: still waiting.
    clock.advance(5_000);
    await t.app.services.router.dispatch();
    expect(t.fake.sent(r.chatId)).toHaveLength(0);
    clock.advance(30_000);
    await t.app.services.router.dispatch();
    const sent = await r.settle(update.update_id);
    expect(sent.length).toBeGreaterThan(0);
    expect((await outboxOf(t.app, r.chatId)).every((row) => row.status === 'delivered')).toBe(true);
  });

  it('a send refused with 403 (the resident blocked the bot) ends undelivered and the console is told', async () => {
    const r = resident();
    const events: unknown[] = [];
    const unsubscribe = t.app.services.consoleHub.subscribe((event) => events.push(event));
    t.fake.blockChat(r.chatId);
    await r.say('你好');
    unsubscribe();
    const rows = await outboxOf(t.app, r.chatId);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((row) => row.status === 'failed' && row.attempts === 1)).toBe(true);
    expect(rows[0]?.last_error).toContain('403');
    expect(events).toContainEqual(expect.objectContaining({ type: 'undelivered', channel: 'telegram' }));
  });

  it('a send that hits a network failure or a 5xx is retried', async () => {
    const r = resident();
    t.fake.failNext('sendMessage', { drop: true });
    t.fake.failNext('sendMessage', { status: 502 });
    const update = t.fake.sendText(r.chatId, '你好');
    for (let attempt = 1; attempt <= 2; attempt++) {
      await waitFor(
        async () =>
          (await outboxOf(t.app, r.chatId)).some(
            (row) => row.attempts === attempt && row.status === 'pending',
          ),
        `try ${attempt} to fail`,
      );
      clock.advance(60_000);
      await t.app.services.router.dispatch();
    }
    const sent = await r.settle(update.update_id);
    expect(sent.length).toBeGreaterThan(0);
  });

  it('an update delivered twice is answered once', async () => {
    const r = resident();
    const first = t.fake.sendText(r.chatId, '你好');
    const once = await r.settle(first.update_id);
    expect(once.length).toBeGreaterThan(0);
    const again = t.fake.pushUpdate({ message: first.message });
    expect(await r.settle(again.update_id)).toEqual([]);
  });

  it('a voice message is answered with a request to type', async () => {
    const r = resident();
    await r.send({
      voice: { file_id: 'voice-1', file_unique_id: 'v1', duration: 4, mime_type: 'audio/ogg' },
    });
    expect(r.lastText).toContain('语音');
  });

  it('a shared location is acknowledged with its place', async () => {
    const r = resident();
    await r.send({
      location: { latitude: 31.91, longitude: 120.28 },
      venue: {
        location: { latitude: 31.91, longitude: 120.28 },
        title: '幸福小区',
        address: '江阴市澄江街道人民路18号',
      },
    });
    expect(r.lastText).toContain('幸福小区');
  });

  it('in a group the bot answers only when mentioned, and answers in the group', async () => {
    const group = -1_000_777;
    const r = new TelegramResident(t, group, { chatType: 'supergroup' });
    expect(await r.say('大家好，今天开会吗')).toEqual([]);
    await r.say(`@${t.fake.bot.username} 低保的申请条件是什么`);
    expect(r.lastText).toContain('低保');
    expect(t.fake.sent(group).length).toBeGreaterThan(0);
  });
});
