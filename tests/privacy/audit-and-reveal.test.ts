import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { fakeIdNumber } from '../helpers/id-numbers.js';
import { RestResident } from '../helpers/rest-resident.js';
import { FakeClock, startTestApp, type TestApp } from '../helpers/test-app.js';

const clock = new FakeClock(new Date('2026-09-30T02:00:00Z'));
const ADMIN = { username: 'admin', password: 'audit-admin-pass-1' };
const PASSWORD = 'audit-staff-pass-1';
const STAFF = [
  { username: 'zhangmin', displayName: '张敏', role: 'operator' },
  { username: 'minzheng', displayName: '民政科', role: 'department', departmentCode: 'civil_affairs' },
  { username: 'jiaoyu', displayName: '教育局', role: 'department', departmentCode: 'education' },
  { username: 'wangzhiyuan', displayName: '王志愿', role: 'volunteer' },
] as const;

interface AuditEntry {
  username: string;
  displayName: string;
  action: string;
  caseNo: string | null;
  handoffId: string | null;
  field: string | null;
  reason: string | null;
  at: string;
}

// A busy shared machine makes app starts and argon2 logins slow; the limits are generous on purpose.
vi.setConfig({ testTimeout: 300_000 });
describe('masked personal data, reveals with a reason, and the audit log', () => {
  let t: TestApp;
  const tokens: Record<string, string> = {};
  const idNumber = fakeIdNumber('19520817', 21);
  const phone = '13912345513';
  let caseNo: string;

  const send = (method: 'GET' | 'POST', url: string, who?: string, payload?: object) =>
    t.app.inject({
      method,
      url,
      headers: who ? { authorization: `Bearer ${tokens[who]}` } : {},
      ...(payload ? { payload } : {}),
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

  beforeAll(async () => {
    t = await startTestApp({ ADMIN_USERNAME: ADMIN.username, ADMIN_PASSWORD: ADMIN.password }, clock);
    tokens.admin = await login(ADMIN.username, ADMIN.password);
    for (const user of STAFF) {
      expect((await t.app.services.auth.createUser({ ...user, password: PASSWORD })).ok).toBe(true);
      tokens[user.username] = await login(user.username, PASSWORD);
    }
    const resident = new RestResident(t.app, 'audit-applicant');
    await resident.say(
      `我要申请低保 我叫赵淑华 身份证${idNumber} 电话${phone} 住江阴市周庄镇长寿村2号 一家两口 月收入一千 老伴瘫痪在床`,
    );
    await resident.say('同意');
    await resident.say('就这些 没有别的');
    const done = await resident.say('确认提交');
    caseNo = done.state.caseNo!;
    expect(caseNo, resident.transcript()).toBeDefined();
  }, 600_000);
  afterAll(async () => {
    await t.close();
  });

  it('shows the ID number and phone of a case masked', async () => {
    const res = await send('GET', `/api/v1/cases/${caseNo}`, 'zhangmin');
    expect(res.statusCode).toBe(200);
    const { applicant } = res.json<{ applicant: { idNumber: string; phone: string } }>();
    expect(applicant.idNumber).toBe(`${idNumber.slice(0, 3)}${'*'.repeat(11)}${idNumber.slice(-4)}`);
    expect(applicant.phone).toBe('139****5513');
    expect(res.body).not.toContain(idNumber);
    expect(res.body).not.toContain(phone);
  });

  it('reveals a case field only with a reason, and logs it with the operator name and reason', async () => {
    const url = `/api/v1/cases/${caseNo}/reveal`;
    expect((await send('POST', url, 'zhangmin', { field: 'idNumber' })).statusCode).toBe(400);
    expect((await send('POST', url, 'zhangmin', { field: 'idNumber', reason: ' ' })).statusCode).toBe(400);
    const res = await send('POST', url, 'zhangmin', { field: 'idNumber', reason: '核对户籍信息' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ field: 'idNumber', value: idNumber });
    const phoneRes = await send('POST', url, 'minzheng', { field: 'phone', reason: '电话回访申请人' });
    expect(phoneRes.json()).toEqual({ field: 'phone', value: phone });

    const log = await send('GET', `/api/v1/audit?caseId=${caseNo}`, 'admin');
    expect(log.statusCode).toBe(200);
    const reveals = log
      .json<{ entries: AuditEntry[] }>()
      .entries.filter((e) => e.action === 'case_reveal')
      .map((e) => [e.username, e.displayName, e.field, e.reason]);
    expect(reveals).toEqual([
      ['minzheng', '民政科', 'phone', '电话回访申请人'],
      ['zhangmin', '张敏', 'idNumber', '核对户籍信息'],
    ]);
  });

  it('lets no one reveal outside their role or department', async () => {
    const url = `/api/v1/cases/${caseNo}/reveal`;
    const ask = { field: 'idNumber', reason: '想看看' };
    expect((await send('POST', url, undefined, ask)).statusCode).toBe(401);
    expect((await send('POST', url, 'wangzhiyuan', ask)).statusCode).toBe(403);
    // Another department's case reads as not found, and nothing is logged as revealed.
    expect((await send('POST', url, 'jiaoyu', ask)).statusCode).toBe(404);
    const log = await send('GET', `/api/v1/audit?user=jiaoyu`, 'admin');
    expect(log.json<{ entries: AuditEntry[] }>().entries.filter((e) => e.action === 'case_reveal')).toEqual(
      [],
    );
  });

  it('records every staff read and change of the case', async () => {
    clock.advance(60_000);
    const from = clock.now().toISOString();
    expect((await send('GET', '/api/v1/cases', 'minzheng')).statusCode).toBe(200);
    expect((await send('GET', `/api/v1/cases/${caseNo}`, 'minzheng')).statusCode).toBe(200);
    expect(
      (await send('POST', `/api/v1/cases/${caseNo}/events`, 'minzheng', { type: 'note', note: '已电话联系' }))
        .statusCode,
    ).toBe(200);
    const res = await send('GET', `/api/v1/audit?caseId=${caseNo}&user=minzheng&from=${from}`, 'admin');
    const actions = res.json<{ entries: AuditEntry[] }>().entries.map((e) => e.action);
    expect(actions).toEqual(['case_update', 'case_read', 'case_list']);
    const before = await send(
      'GET',
      `/api/v1/audit?user=minzheng&to=${new Date(Date.parse(from) - 1).toISOString()}`,
      'admin',
    );
    expect(before.json<{ entries: AuditEntry[] }>().entries.map((e) => e.action)).toEqual(['case_reveal']);
  });

  it('lets only admins read the audit log', async () => {
    expect((await send('GET', '/api/v1/audit')).statusCode).toBe(401);
    for (const who of ['zhangmin', 'minzheng', 'wangzhiyuan'])
      expect((await send('GET', '/api/v1/audit', who)).statusCode, who).toBe(403);
    expect((await send('GET', '/api/v1/audit', 'admin')).statusCode).toBe(200);
  });

  it('masks the phone of a handoff and reveals it with a reason, logged', async () => {
    const resident = new RestResident(t.app, 'audit-crisis');
    await resident.say('我不想活了 药都准备好了');
    await resident.say('我在江阴市澄江街道幸福小区3栋');
    await resident.say('13912348888');
    const queue = await send('GET', '/api/v1/handoffs', 'zhangmin');
    const handoffId = queue.json<{ handoffs: { id: string }[] }>().handoffs[0]!.id;
    const detail = await send('GET', `/api/v1/handoffs/${handoffId}`, 'zhangmin');
    expect(detail.json<{ summary: { phone: string } }>().summary.phone).toBe('139****8888');
    const url = `/api/v1/handoffs/${handoffId}/reveal`;
    expect((await send('POST', url, 'zhangmin', { field: 'phone' })).statusCode).toBe(400);
    expect((await send('POST', url, 'minzheng', { field: 'phone', reason: '回拨' })).statusCode).toBe(403);
    const res = await send('POST', url, 'zhangmin', { field: 'phone', reason: '危机回拨' });
    expect(res.json()).toEqual({ field: 'phone', value: '13912348888' });
    const log = await send('GET', '/api/v1/audit?user=zhangmin', 'admin');
    const entry = log.json<{ entries: AuditEntry[] }>().entries.find((e) => e.action === 'handoff_reveal');
    expect(entry).toMatchObject({ handoffId, field: 'phone', reason: '危机回拨', displayName: '张敏' });
    expect(log.json<{ entries: AuditEntry[] }>().entries.some((e) => e.action === 'handoff_read')).toBe(true);
  });
});
