import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Figures } from '../../src/oversight/figures.js';
import type { PublicFigures } from '../../src/oversight/publicity.js';
import { fakeIdNumber } from '../helpers/id-numbers.js';
import { RestResident } from '../helpers/rest-resident.js';
import { FakeClock, startTestApp, type TestApp } from '../helpers/test-app.js';
import { generateNovember } from './month-of-cases.js';

// 10:00 on Monday 30 November 2026 in 江阴.
const clock = new FakeClock(new Date('2026-11-30T02:00:00Z'));
const ADMIN = { username: 'admin', password: 'rating-admin-pass-1' };

describe('satisfaction after completion, and the public page', () => {
  let t: TestApp;
  let admin: string;

  beforeAll(async () => {
    t = await startTestApp(
      {
        ADMIN_USERNAME: ADMIN.username,
        ADMIN_PASSWORD: ADMIN.password,
        DEADLINE_CHECK_INTERVAL_MS: '3600000',
        PUBLICITY_ENABLED: 'true',
        PUBLICITY_MIN_COUNT: '5',
      },
      clock,
    );
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: ADMIN });
    admin = res.json<{ token: string }>().token;
    // Starting the app trains the NLU and hashes passwords: slow on a shared 2-core machine.
  }, 300_000);
  afterAll(async () => {
    await t.close();
  });

  const figures = async () =>
    (
      await t.app.inject({
        method: 'GET',
        url: '/api/v1/oversight/figures?from=2026-11-01&to=2026-11-30',
        headers: { authorization: `Bearer ${admin}` },
      })
    ).json<Figures>();

  it('asks the resident of a completed case once, on their channel, and the rating reaches the dashboard', async () => {
    const resident = new RestResident(t.app, 'rating-resident');
    await resident.say(
      `我要申请低保 我叫陈桂兰 身份证${fakeIdNumber('19500101', 17)} 电话13912340000 住江阴市华士镇华西村8号 一家两口 月收入一千 老伴瘫痪在床`,
    );
    await resident.say('同意');
    await resident.say('就这些 没有别的');
    const caseNo = (await resident.say('确认提交')).state.caseNo!;
    expect(caseNo, resident.transcript()).toBeDefined();

    expect((await t.app.oversight.watch.check(clock.now())).surveys).toBe(0);
    const done = await t.app.inject({
      method: 'POST',
      url: `/api/v1/cases/${caseNo}/events`,
      headers: { authorization: `Bearer ${admin}` },
      payload: { type: 'completed' },
    });
    expect(done.statusCode).toBe(200);
    clock.advance(60_000);
    expect((await t.app.oversight.watch.check(clock.now())).surveys).toBe(1);
    expect((await t.app.oversight.watch.check(clock.now())).surveys).toBe(0);

    // The question went out through the outbox, with the rating buttons.
    const { db } = t.app.services;
    const { rows } = await db.query<{ payload: unknown }>(
      `SELECT payload FROM outbox WHERE user_id = 'rating-resident' ORDER BY id`,
    );
    const asked = rows
      .map((r) => db.cipher.openJson<{ text: string; buttons?: { id: string }[] }>(r.payload))
      .find((p) => p.text.includes('打个分'));
    expect(asked?.text).toContain(caseNo);
    expect(asked?.buttons?.map((b) => b.id)).toEqual([
      'rate_five',
      'rate_four',
      'rate_three',
      'rate_two',
      'rate_one',
    ]);

    const rated = await resident.say('4分');
    expect(rated.replies.map((r) => r.text).join()).toContain('意见或建议');
    const thanked = await resident.say('工作人员很耐心，就是等得有点久');
    expect(thanked.replies.map((r) => r.text).join()).toContain('谢谢您的评价');

    await t.app.oversight.watch.check(clock.now());
    const f = await figures();
    expect(f.satisfaction).toMatchObject({ asked: 1, answered: 1, average: 4 });
    expect(f.satisfaction.comments).toEqual([
      expect.objectContaining({ caseNo, rating: 4, comment: '工作人员很耐心，就是等得有点久' }),
    ]);
  });

  it('reads a rating tapped or typed in digits or words, and not a number inside a question', async () => {
    const { readRating } = await import('../../src/flows/satisfaction/flow.js');
    const read = (text: string, buttonId?: string) => readRating({ text, buttonId });
    expect(read('5')).toBe(5);
    expect(read('三分')).toBe(3);
    expect(read('很满意')).toBe(5);
    expect(read('不太满意')).toBe(2);
    expect(read('', 'rate_one')).toBe(1);
    expect(read('我想问一下低保标准是多少 5个人')).toBeNull();
  });

  it('publishes counts by type and month and the on-time share, small counts suppressed, no personal data', async () => {
    await generateNovember(t.app);
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/public/figures' });
    expect(res.statusCode).toBe(200);
    const body = res.json<PublicFigures>();
    expect(body.months).toHaveLength(12);
    const november = body.months.at(-1)!;
    expect(november.month).toBe('2026-11');
    expect(november.total).toEqual({ count: 25, suppressed: false });
    // Four cases of each type in the generated month (five of 低保 with the rated one): all below five but 低保.
    const dibao = november.byType.find((r) => r.label.includes('低保'))!;
    expect(dibao.count).toEqual({ count: 5, suppressed: false });
    expect(
      november.byType.filter((r) => r !== dibao).every((r) => r.count.suppressed && r.count.count === null),
    ).toBe(true);
    expect(november.onTimeShare).not.toBeNull();
    expect(res.body).not.toMatch(/\d{17}[\dX]|1[3-9]\d{9}|陈桂兰|测试居民|320281-2026/);
    const page = await t.app.inject({ method: 'GET', url: '/public' });
    expect(page.statusCode).toBe(200);
  });
});

describe('the public page is off unless configured', () => {
  it('is not there by default', async () => {
    const t = await startTestApp();
    try {
      expect((await t.app.inject({ method: 'GET', url: '/api/v1/public/figures' })).statusCode).toBe(404);
    } finally {
      await t.close();
    }
  });
});
