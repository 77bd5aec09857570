import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fakeIdNumber } from '../helpers/id-numbers.js';
import { RestResident } from '../helpers/rest-resident.js';
import { FakeClock, startTestApp, type TestApp } from '../helpers/test-app.js';
import { FrameClient } from '../helpers/ws-client.js';

// 10:00 in 江阴 on the last working day before National Day 2026.
const clock = new FakeClock(new Date('2026-09-30T02:00:00Z'));
const ADMIN = { username: 'admin', password: 'case-admin-pass-1' };
const beijingDate = (iso: string) => new Date(iso).toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' });

describe('case API and department updates', () => {
  let t: TestApp;
  let admin: string;
  let baseUrl: string;
  beforeAll(async () => {
    t = await startTestApp({ ADMIN_USERNAME: ADMIN.username, ADMIN_PASSWORD: ADMIN.password }, clock);
    baseUrl = await t.app.listen({ port: 0, host: '127.0.0.1' });
    admin = await login(ADMIN.username, ADMIN.password);
    for (const [username, department] of [
      ['minzheng', 'civil_affairs'],
      ['jiaoyu', 'education'],
    ] as const) {
      const created = await t.app.services.auth.createUser({
        username,
        displayName: username,
        role: 'department',
        departmentCode: department,
        password: 'department-pass-1',
      });
      expect(created.ok).toBe(true);
    }
  });
  afterAll(async () => {
    await t.close();
  });

  async function login(username: string, password: string): Promise<string> {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username, password },
    });
    expect(res.statusCode).toBe(200);
    return res.json<{ token: string }>().token;
  }

  const get = (url: string, token?: string) =>
    t.app.inject({ method: 'GET', url, headers: token ? { authorization: `Bearer ${token}` } : {} });
  const post = (url: string, token: string, payload: object) =>
    t.app.inject({ method: 'POST', url, headers: { authorization: `Bearer ${token}` }, payload });

  async function applyAllInOne(userId: string, birth: string, seq: number): Promise<string> {
    const resident = new RestResident(t.app, userId);
    await resident.say(
      `我要申请低保 我叫陈桂兰 身份证${fakeIdNumber(birth, seq)} 电话13912340000 住江阴市华士镇华西村8号 一家两口 月收入一千 老伴瘫痪在床`,
    );
    await resident.say('同意');
    await resident.say('就这些 没有别的');
    const done = await resident.say('确认提交');
    expect(done.state.caseNo, resident.transcript()).toBeDefined();
    return done.state.caseNo!;
  }

  it('needs a staff token for every case route', async () => {
    expect((await get('/api/v1/cases')).statusCode).toBe(401);
    expect((await get('/api/v1/cases/320281-20260930-000001-0')).statusCode).toBe(401);
    expect(
      (await t.app.inject({ method: 'POST', url: '/api/v1/cases/x/events', payload: { type: 'accepted' } }))
        .statusCode,
    ).toBe(401);
  });

  it('registers with the transfer deadline two working days later on the official calendar, past National Day', async () => {
    const caseNo = await applyAllInOne('deadline', '19480101', 11);
    const res = await get(`/api/v1/cases/${caseNo}`, admin);
    expect(res.statusCode).toBe(200);
    const body = res.json<{
      transferDueAt: string;
      transferDueCalendar: string;
      applicant: { idNumber: string; phone: string };
      department: { code: string };
      timeline: unknown[];
    }>();
    // 9-30 accepted; 10-1…10-7 holiday; 10-8 and 10-9 are the two working days.
    expect(beijingDate(body.transferDueAt)).toBe('2026-10-09');
    expect(body.transferDueCalendar).toBe('official');
    expect(body.applicant.idNumber).toMatch(/^\d{3}\*+\d{3}[\dX]$/);
    expect(body.applicant.phone).toBe('139****0000');
    expect(body.department.code).toBe('civil_affairs');
    expect(body.timeline).toHaveLength(1);
  });

  it('shows a department only its own cases', async () => {
    const caseNo = await applyAllInOne('scoped', '19470202', 13);
    const minzheng = await login('minzheng', 'department-pass-1');
    const jiaoyu = await login('jiaoyu', 'department-pass-1');
    const own = (await get('/api/v1/cases', minzheng))
      .json<{ cases: { caseNo: string }[] }>()
      .cases.map((c) => c.caseNo);
    expect(own).toContain(caseNo);
    const other = (await get('/api/v1/cases', jiaoyu)).json<{ cases: unknown[] }>().cases;
    expect(other).toEqual([]);
    expect((await get(`/api/v1/cases/${caseNo}`, jiaoyu)).statusCode).toBe(404);
    expect((await post(`/api/v1/cases/${caseNo}/events`, jiaoyu, { type: 'accepted' })).statusCode).toBe(404);
  });

  it('pushes a department update to the resident on the web chat they used, at once', async () => {
    const page = await FrameClient.connect(`${baseUrl.replace('http', 'ws')}/ws/chat`);
    page.send({ type: 'hello', userId: 'web-applicant-01' });
    await page.next((f) => f.type === 'welcome');
    const say = async (messageId: string, text: string) => {
      page.send({ type: 'message', messageId, text });
      return page.next((f) => f.type === 'reply' && f.inReplyTo === messageId);
    };
    await say(
      'a1',
      `我要申请低保 我叫何秀珍 身份证${fakeIdNumber('19460303', 15)} 电话13912341111 住江阴市璜土镇石庄村5号 一家三口 月收入一千二 老伴瘫痪在床`,
    );
    await say('a2', '同意');
    await say('a2b', '就这些 没有别的');
    const receipt = await say('a3', '确认提交');
    const caseNo = /\d{6}-\d{8}-\d{6}-\d/.exec(JSON.stringify(receipt.messages))?.[0];
    expect(caseNo).toBeDefined();

    const minzheng = await login('minzheng', 'department-pass-1');
    const accepted = await post(`/api/v1/cases/${caseNo}/events`, minzheng, { type: 'accepted' });
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json()).toMatchObject({ status: 'accepted', residentNotified: true });
    const pushed = await page.next((f) => f.type === 'push');
    expect((pushed.message as { text: string }).text).toContain('已受理');

    expect((await post(`/api/v1/cases/${caseNo}/events`, minzheng, { type: 'refused' })).statusCode).toBe(
      400,
    );
    const refused = await post(`/api/v1/cases/${caseNo}/events`, minzheng, {
      type: 'refused',
      reason: '家庭人均收入高于当地低保标准',
    });
    expect(refused.json()).toMatchObject({ status: 'refused' });
    const told = await page.next((f) => f.type === 'push');
    expect((told.message as { text: string }).text).toContain('家庭人均收入高于当地低保标准');
    // A closed case takes notes only.
    expect((await post(`/api/v1/cases/${caseNo}/events`, minzheng, { type: 'approved' })).statusCode).toBe(
      409,
    );
    page.close();
  });

  it('sets the feedback deadline two days after completion and keeps the whole timeline', async () => {
    const caseNo = await applyAllInOne('complete', '19450404', 17);
    clock.advance(3600 * 1000);
    for (const type of ['transferred', 'accepted', 'approved'])
      expect((await post(`/api/v1/cases/${caseNo}/events`, admin, { type })).statusCode).toBe(200);
    const done = (
      await post(`/api/v1/cases/${caseNo}/events`, admin, {
        type: 'completed',
        note: '低保金从下月起按月发放',
      })
    ).json<{ completedAt: string; feedbackDueAt: string; timeline: { kind: string }[] }>();
    expect(
      new Date(done.feedbackDueAt).getTime() - new Date(done.completedAt).getTime(),
    ).toBeGreaterThanOrEqual(2 * 24 * 3600 * 1000 - 24 * 3600 * 1000);
    expect(done.timeline.map((e) => e.kind)).toEqual([
      'registered',
      'transferred',
      'accepted',
      'approved',
      'completed',
    ]);
    const status = new RestResident(t.app, 'complete');
    await status.say('我的申请到哪了');
    expect(status.lastText).toContain('已办结');
  });
});
