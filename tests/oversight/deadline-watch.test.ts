import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDataCipher, generateDataKey } from '../../src/store/crypto/data-cipher.js';
import { openDatabase } from '../../src/store/open-database.js';
import { createDeadlineRepository } from '../../src/store/deadline-repository.js';
import { fakeIdNumber } from '../helpers/id-numbers.js';
import { dropSchema, TEST_DATABASE_URL, uniqueSchema } from '../helpers/postgres.js';
import { FakeClock, startTestApp, type TestApp } from '../helpers/test-app.js';

// 10:00 in 江阴 on the last working day before National Day 2026 (1–7 October off, Saturday 10 October worked).
const clock = new FakeClock(new Date('2026-09-30T02:00:00Z'));
const at = (iso: string) => new Date(iso);
const ADMIN = { username: 'admin', password: 'oversight-admin-1' };

describe('the deadline watch across National Day', () => {
  let t: TestApp;
  let admin: string;
  let department: string;
  let operator: string;

  beforeAll(async () => {
    t = await startTestApp(
      {
        ADMIN_USERNAME: ADMIN.username,
        ADMIN_PASSWORD: ADMIN.password,
        DEADLINE_CHECK_INTERVAL_MS: '3600000',
        AUTH_TOKEN_TTL_HOURS: '720',
      },
      clock,
    );
    for (const [username, role, departmentCode] of [
      ['minzheng', 'department', 'civil_affairs'],
      ['chuangkou', 'operator', undefined],
    ] as const) {
      const created = await t.app.services.auth.createUser({
        username,
        displayName: username,
        role,
        ...(departmentCode ? { departmentCode } : {}),
        password: 'oversight-pass-1',
      });
      expect(created.ok).toBe(true);
    }
    admin = await login(ADMIN.username, ADMIN.password);
    department = await login('minzheng', 'oversight-pass-1');
    operator = await login('chuangkou', 'oversight-pass-1');
    // Starting the app trains the NLU and hashes passwords: slow on a shared 2-core machine.
  }, 300_000);
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
  const get = (url: string, token: string) =>
    t.app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${token}` } });
  const post = (url: string, token: string, payload: object) =>
    t.app.inject({ method: 'POST', url, headers: { authorization: `Bearer ${token}` }, payload });
  const check = (iso: string) => {
    clock.set(at(iso));
    return t.app.oversight.watch.check(clock.now());
  };
  const lateOf = async (caseNo: string) => {
    const res = await get(`/api/v1/cases/${caseNo}`, admin);
    expect(res.statusCode, res.body).toBe(200);
    return res.json<{ late: { kind: string; workingDaysLate: number } | null }>().late;
  };

  it('reminds the working day before, marks overdue once, counts lateness in working days, then watches feedback', async () => {
    const { case: record } = await t.app.services.ledger.register({
      assistanceType: 'minimum_living',
      localityCode: '320281',
      conversationId: null,
      channel: 'rest',
      userId: 'deadline-resident',
      urgency: 'none',
      fields: { applicant_name: '陈桂兰', id_number: fakeIdNumber('19500312', 42), phone: '13912340000' },
      at: clock.now(),
    });
    const caseNo = record.caseNo;
    // Two working days after 30 September skip the whole holiday: 8 and 9 October.
    expect(record.transferDueAt.toISOString()).toBe('2026-10-09T15:59:59.999Z');

    expect((await check('2026-10-01T02:00:00Z')).marked).toEqual([]);
    // Monday 5 October is still a holiday: no reminder yet.
    expect((await check('2026-10-05T02:00:00Z')).marked).toEqual([]);
    expect((await check('2026-10-08T01:00:00Z')).marked).toEqual([{ caseNo, kind: 'transfer_reminder' }]);
    expect((await check('2026-10-08T05:00:00Z')).marked).toEqual([]);
    expect(await lateOf(caseNo)).toBeNull();

    // Saturday 10 October is a make-up working day: one working day late.
    expect((await check('2026-10-10T02:00:00Z')).marked).toEqual([{ caseNo, kind: 'transfer_overdue' }]);
    expect(await lateOf(caseNo)).toMatchObject({ kind: 'transfer', workingDaysLate: 1 });
    // Sunday 11 October is not: still one; Monday 12 October makes two, without a second notice.
    expect((await check('2026-10-11T02:00:00Z')).marked).toEqual([]);
    expect(await lateOf(caseNo)).toMatchObject({ workingDaysLate: 1 });
    expect((await check('2026-10-12T02:00:00Z')).marked).toEqual([]);
    expect(await lateOf(caseNo)).toMatchObject({ workingDaysLate: 2 });
    const listed = (await get('/api/v1/cases?status=registered', admin)).json<{
      cases: { caseNo: string; late: { label: string } | null }[];
    }>();
    expect(listed.cases.find((c) => c.caseNo === caseNo)?.late?.label).toBe('转办逾期 2 个工作日');

    // The department and the window both got the reminder and the overdue notice.
    for (const token of [department, operator]) {
      const notices = (await get('/api/v1/oversight/notifications', token)).json<{
        notifications: { id: string; caseNo: string; kind: string; text: string }[];
      }>().notifications;
      expect(notices.map((n) => n.kind).sort()).toEqual(['transfer_overdue', 'transfer_reminder']);
      expect(notices.every((n) => n.caseNo === caseNo && n.text.includes(caseNo))).toBe(true);
      const read = await post(`/api/v1/oversight/notifications/${notices[0]!.id}/read`, token, {});
      expect(read.statusCode).toBe(200);
    }

    // Completed on Monday 12 October: feedback is due within two calendar days, by the end of the 14th.
    expect((await post(`/api/v1/cases/${caseNo}/events`, department, { type: 'completed' })).statusCode).toBe(
      200,
    );
    expect(await lateOf(caseNo)).toBeNull();
    expect((await check('2026-10-12T20:00:00Z')).marked).toEqual([{ caseNo, kind: 'feedback_reminder' }]);
    expect((await check('2026-10-15T02:00:00Z')).marked).toEqual([{ caseNo, kind: 'feedback_overdue' }]);
    expect(await lateOf(caseNo)).toMatchObject({ kind: 'feedback', workingDaysLate: 1 });

    const fed = await post(`/api/v1/oversight/cases/${caseNo}/feedback`, department, {});
    expect(fed.statusCode).toBe(200);
    expect(await lateOf(caseNo)).toBeNull();
    expect((await post(`/api/v1/oversight/cases/${caseNo}/feedback`, department, {})).statusCode).toBe(409);
  });

  it('keeps a department to its own notices and cases', async () => {
    const other = await t.app.services.auth.createUser({
      username: 'jiaoyu',
      displayName: 'jiaoyu',
      role: 'department',
      departmentCode: 'education',
      password: 'oversight-pass-1',
    });
    expect(other.ok).toBe(true);
    const token = await login('jiaoyu', 'oversight-pass-1');
    const notices = (await get('/api/v1/oversight/notifications', token)).json<{
      notifications: unknown[];
    }>();
    expect(notices.notifications).toEqual([]);
    expect((await get('/api/v1/oversight/figures?from=2026-10-01&to=2026-10-31', token)).statusCode).toBe(
      403,
    );
  });
});

describe('one deadline pass at a time across instances (PostgreSQL)', () => {
  const schema = uniqueSchema('yimen_deadline');
  afterAll(async () => {
    await dropSchema(schema);
  });

  it('a second instance skips while the first holds the lock', async () => {
    // Two instances of one deployment share its data key.
    const cipher = createDataCipher(generateDataKey());
    const first = await openDatabase({ databaseUrl: TEST_DATABASE_URL, schema, cipher });
    const second = await openDatabase({ databaseUrl: TEST_DATABASE_URL, schema, cipher });
    try {
      const a = createDeadlineRepository(first);
      const b = createDeadlineRepository(second);
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      let entered!: () => void;
      const inside = new Promise<void>((resolve) => (entered = resolve));
      const running = a.locked(async () => {
        entered();
        await held;
        return 'first';
      });
      await inside;
      expect(await b.locked(() => Promise.resolve('second'))).toBeUndefined();
      release();
      expect(await running).toBe('first');
      expect(await b.locked(() => Promise.resolve('second'))).toBe('second');
    } finally {
      await first.close();
      await second.close();
    }
  });
});
