import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { dumpDatabase, dumpDatabaseOpened } from '../helpers/database-dump.js';
import { fakeIdNumber } from '../helpers/id-numbers.js';
import { dropSchema, TEST_DATABASE_URL, uniqueSchema } from '../helpers/postgres.js';
import { RestResident } from '../helpers/rest-resident.js';
import { FakeClock, startTestApp, type TestApp } from '../helpers/test-app.js';

const DAY = 86_400_000;
const ADMIN = { username: 'admin', password: 'retention-admin-1' };

const databases: [string, () => { env: Record<string, string>; drop: () => Promise<void> }][] = [
  ['PGlite', () => ({ env: {}, drop: () => Promise.resolve() })],
  [
    'PostgreSQL',
    () => {
      const schema = uniqueSchema('yimen_retention');
      return {
        env: { DATABASE_URL: TEST_DATABASE_URL, DATABASE_SCHEMA: schema },
        drop: () => dropSchema(schema),
      };
    },
  ],
];

// A busy shared machine makes app starts and argon2 logins slow; the limits are generous on purpose.
vi.setConfig({ testTimeout: 300_000 });
describe.each(databases)('retention of closed cases, on %s', (name, database) => {
  const clock = new FakeClock(new Date('2026-03-02T02:00:00Z'));
  let t: TestApp;
  let drop: () => Promise<void>;
  let admin: string;
  const closedId = fakeIdNumber('19510304', 41);
  const closedPhone = '13812347771';
  const openId = fakeIdNumber('19530506', 43);
  const openPhone = '13812347772';

  async function apply(userId: string, id: string, phone: string, address: string): Promise<string> {
    const resident = new RestResident(t.app, userId);
    await resident.say(
      `我要申请低保 我叫孙玉兰 身份证${id} 电话${phone} 住${address} 一家两口 月收入一千 老伴瘫痪在床`,
    );
    await resident.say('同意');
    await resident.say('就这些 没有别的');
    const done = await resident.say('确认提交');
    expect(done.state.caseNo, resident.transcript()).toBeDefined();
    return done.state.caseNo!;
  }

  beforeAll(async () => {
    const opened = database();
    drop = opened.drop;
    t = await startTestApp(
      { ...opened.env, RETENTION_DAYS: '30', ADMIN_USERNAME: ADMIN.username, ADMIN_PASSWORD: ADMIN.password },
      clock,
    );
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: ADMIN });
    admin = res.json<{ token: string }>().token;
  }, 600_000);
  afterAll(async () => {
    await t.close();
    await drop();
  });

  it('anonymises a closed case after RETENTION_DAYS, everywhere, and keeps open cases whole', async () => {
    const closed = await apply('retention-closed', closedId, closedPhone, '江阴市祝塘镇文林村9号');
    const open = await apply('retention-open', openId, openPhone, '江阴市新桥镇新桥村6号');
    const completed = await t.app.inject({
      method: 'POST',
      url: `/api/v1/cases/${closed}/events`,
      headers: { authorization: `Bearer ${admin}` },
      payload: { type: 'completed', note: '已发放，孙玉兰本人签收' },
    });
    expect(completed.statusCode).toBe(200);
    const { services } = t.app;

    clock.advance(29 * DAY);
    expect(await services.retention.runOnce()).toEqual({ ran: true, anonymised: [] });
    expect(await dumpDatabaseOpened(services.db)).toContain(closedId);

    clock.advance(2 * DAY);
    expect(await services.retention.runOnce()).toEqual({ ran: true, anonymised: [closed] });
    const raw = await dumpDatabase(services.db);
    const opened = await dumpDatabaseOpened(services.db);
    for (const gone of [closedId, closedPhone, '文林村9号', '本人签收']) {
      expect(raw, gone).not.toContain(gone);
      expect(opened, gone).not.toContain(gone);
    }
    // The open case is untouched, and still sealed at rest.
    expect(opened).toContain(openId);
    expect(opened).toContain(openPhone);
    expect(raw).not.toContain(openId);

    const kept = await services.cases.get(closed);
    expect(kept).toMatchObject({
      status: 'completed',
      idNumber: null,
      phone: null,
      applicantName: null,
      fields: {},
    });
    expect((await services.cases.get(open))?.idNumber).toBe(openId);
    // A second pass finds nothing more to do.
    expect(await services.retention.runOnce()).toEqual({ ran: true, anonymised: [] });
  });

  it.runIf(name === 'PostgreSQL')('runs on one instance at a time (advisory lock)', async () => {
    const other = new pg.Client({ connectionString: TEST_DATABASE_URL });
    await other.connect();
    try {
      await other.query('SELECT pg_advisory_lock(4231978)');
      expect(await t.app.services.retention.runOnce()).toEqual({ ran: false });
      await other.query('SELECT pg_advisory_unlock(4231978)');
      expect((await t.app.services.retention.runOnce()).ran).toBe(true);
    } finally {
      await other.end();
    }
  });
});
