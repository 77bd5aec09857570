import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Figures } from '../../src/oversight/figures.js';
import { XLSX_TYPE } from '../../src/oversight/report-workbook.js';
import { fakeIdNumber, withWrongCheck } from '../helpers/id-numbers.js';
import { FakeClock, startTestApp, type TestApp } from '../helpers/test-app.js';
import { CLAIM_WAITS, generateNovember, type GeneratedMonth } from './month-of-cases.js';

// 10:00 on 1 December 2026 in 江阴: November is over, its report is due.
const clock = new FakeClock(new Date('2026-12-01T02:00:00Z'));
const ADMIN = { username: 'admin', password: 'report-admin-pass-1' };

describe('the monthly report, the ledger and the recipients import', () => {
  let t: TestApp;
  let admin: string;
  let head: string;
  let operator: string;
  let month: GeneratedMonth;

  beforeAll(async () => {
    t = await startTestApp(
      {
        ADMIN_USERNAME: ADMIN.username,
        ADMIN_PASSWORD: ADMIN.password,
        DEADLINE_CHECK_INTERVAL_MS: '3600000',
      },
      clock,
    );
    for (const [username, role] of [
      ['kezhang', 'window_head'],
      ['chuangkou', 'operator'],
    ] as const) {
      const created = await t.app.services.auth.createUser({
        username,
        displayName: username,
        role,
        password: 'report-pass-1',
      });
      expect(created.ok).toBe(true);
    }
    admin = await login(ADMIN.username, ADMIN.password);
    head = await login('kezhang', 'report-pass-1');
    operator = await login('chuangkou', 'report-pass-1');
    month = await generateNovember(t.app);
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

  async function workbook(body: Buffer): Promise<ExcelJS.Workbook> {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(body as unknown as ArrayBuffer);
    return book;
  }
  const rowsOf = (book: ExcelJS.Workbook, name: string): unknown[][] => {
    const sheet = book.getWorksheet(name);
    expect(sheet, name).toBeDefined();
    const rows: unknown[][] = [];
    sheet!.eachRow((row, n) => {
      if (n > 1) rows.push((row.values as unknown[]).slice(1));
    });
    return rows;
  };

  it('computes the figures of the generated month', async () => {
    const res = await get('/api/v1/oversight/figures?from=2026-11-01&to=2026-11-30', head);
    expect(res.statusCode).toBe(200);
    const f = res.json<Figures>();
    expect(f.totals.cases).toBe(24);
    expect(Object.fromEntries(f.byType.map((r) => [r.code, r.count]))).toEqual(month.byType);
    // Never-transferred cases are all past their deadline on 1 December, so they count as late.
    expect(f.transfer).toEqual({
      onTime: month.transferredOnTime,
      late: month.transferredLate + month.notTransferred,
      pending: 0,
      share: Math.round((month.transferredOnTime / 24) * 10_000) / 10_000,
    });
    expect(f.totals.completed).toBe(month.completed.length);
    const all = f.greenChannel.find((r) => r.code === 'all')!;
    expect(all).toMatchObject({
      arrived: CLAIM_WAITS.length,
      claimed: 9,
      medianSeconds: 110,
      p90Seconds: 600,
      longestSeconds: 600,
      within2Minutes: 5,
      shareWithin2Minutes: 0.5,
    });
    expect(f.satisfaction).toMatchObject({ asked: 3, answered: 3, average: 3.67 });
    expect(f.perWeek.reduce((sum, w) => sum + w.count, 0)).toBe(24);
    // Eight registered cases past their transfer deadline, and completed cases never fed back.
    expect(f.overdue.filter((r) => r.kind === 'transfer')).toHaveLength(month.notTransferred);
    expect(f.overdue.filter((r) => r.kind === 'feedback')).toHaveLength(month.completed.length);
  });

  it('writes the same figures into the workbook, one sheet per view', async () => {
    const figures = (
      await get('/api/v1/oversight/figures?from=2026-11-01&to=2026-11-30', head)
    ).json<Figures>();
    const res = await get('/api/v1/oversight/report.xlsx?from=2026-11-01&to=2026-11-30', head);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe(XLSX_TYPE);
    const book = await workbook(res.rawPayload);
    expect(book.worksheets.map((s) => s.name)).toEqual([
      '概览',
      '按救助类型',
      '按部门',
      '按状态',
      '按周',
      '转办时效',
      '办结用时',
      '绿色通道',
      '满意度',
      '逾期案件',
    ]);
    const cell = (v: number | null) => v ?? null;
    expect(rowsOf(book, '按救助类型')).toEqual(figures.byType.map((r) => [r.label, r.count]));
    expect(rowsOf(book, '按部门')).toEqual(figures.byDepartment.map((r) => [r.label, r.count]));
    expect(rowsOf(book, '按状态')).toEqual(figures.byStatus.map((r) => [r.label, r.count]));
    expect(rowsOf(book, '按周')).toEqual(figures.perWeek.map((r) => [r.code, r.count]));
    expect(rowsOf(book, '转办时效')).toEqual([
      [figures.transfer.onTime, figures.transfer.late, figures.transfer.pending, figures.transfer.share],
    ]);
    expect(rowsOf(book, '办结用时')).toEqual(
      figures.completion.map((r) => [r.label, r.completed, cell(r.medianHours), cell(r.p90Hours)]),
    );
    expect(
      rowsOf(book, '绿色通道').map((r) =>
        [...r, ...Array<null>(8 - r.length).fill(null)].map((v) => v ?? null),
      ),
    ).toEqual(
      figures.greenChannel.map((r) => [
        r.label,
        r.arrived,
        r.claimed,
        r.medianSeconds,
        r.p90Seconds,
        r.longestSeconds,
        r.within2Minutes,
        r.shareWithin2Minutes,
      ]),
    );
    expect(rowsOf(book, '满意度')).toEqual(
      figures.satisfaction.distribution.map((r) => [`${r.rating} 分`, r.count]),
    );
    expect(rowsOf(book, '逾期案件').map((r) => [r[0], r[5]])).toEqual(
      figures.overdue.map((r) => [r.caseNo, r.workingDaysLate]),
    );
    const overview: Record<string, unknown> = Object.fromEntries(
      rowsOf(book, '概览').map((r) => [String(r[0]), r[1]]),
    );
    expect(overview['受理案件数']).toBe(figures.totals.cases);
    expect(overview['2个工作日内转办率']).toBe(figures.transfer.share);
    expect(overview['满意度平均分（1–5）']).toBe(figures.satisfaction.average);
  });

  it('keeps the dashboard to admins and window heads', async () => {
    expect((await get('/api/v1/oversight/figures?from=2026-11-01&to=2026-11-30', operator)).statusCode).toBe(
      403,
    );
    expect((await get('/api/v1/oversight/figures?from=2026-11-31&to=2026-11-30', admin)).statusCode).toBe(
      400,
    );
  });

  it('exports the ledger with full ID numbers for admins only', async () => {
    const first = await t.app.services.cases.get(month.caseNos[0]!);
    const full = first!.idNumber!;
    const adminCsv = await get('/api/v1/oversight/ledger?from=2026-11-01&to=2026-11-30&format=csv', admin);
    expect(adminCsv.statusCode).toBe(200);
    expect(adminCsv.body.startsWith('\uFEFF回执号,')).toBe(true);
    expect(adminCsv.body).toContain(full);
    expect(adminCsv.body.trim().split('\r\n')).toHaveLength(25);

    const operatorCsv = await get(
      '/api/v1/oversight/ledger?from=2026-11-01&to=2026-11-30&format=csv',
      operator,
    );
    expect(operatorCsv.body).not.toContain(full);
    expect(operatorCsv.body).toContain(full.slice(0, 3));

    const book = await workbook(
      (await get('/api/v1/oversight/ledger?from=2026-11-01&to=2026-11-30', operator)).rawPayload,
    );
    const rows = rowsOf(book, '案件台账');
    expect(rows).toHaveLength(24);
    expect(rows.every((r) => typeof r[6] === 'string' && !/^\d{17}[\dX]$/.test(r[6]))).toBe(true);
  });

  it('imports the good rows of a recipients sheet and reports each bad row with its number and reason', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('对象名册');
    sheet.addRow(['姓名', '身份证号', '救助类别', '电话', '纳入时间']);
    const ids = [
      fakeIdNumber('19480101', 11),
      fakeIdNumber('19550505', 22),
      fakeIdNumber('19700707', 33),
      fakeIdNumber('19800808', 44),
    ];
    sheet.addRow(['王秀英', ids[0], '特困人员', '13900001111', '2023-05-01']); // 2
    sheet.addRow(['李建国', ids[1], '低保', '', new Date(Date.UTC(2024, 2, 1))]); // 3
    sheet.addRow(['赵小红', ids[2], '建档立卡贫困户', '', '']); // 4
    sheet.addRow(['钱大明', ids[3], '其他困难对象', '', '']); // 5
    sheet.addRow(['孙错号', withWrongCheck(fakeIdNumber('19600101', 55)), '低保', '', '']); // 6
    sheet.addRow(['周未知', fakeIdNumber('19600202', 66), '五保低保', '', '']); // 7
    sheet.addRow(['吴数字', 320281196003036700, '低保', '', '']); // 8: what Excel keeps of an 18-digit number
    sheet.addRow(['郑重复', ids[1], '低保', '', '']); // 9
    sheet.addRow(['', fakeIdNumber('19600404', 88), '特困', '', '']); // 10
    sheet.addRow(['冯电话', fakeIdNumber('19600505', 99), '特困', '12345', '']); // 11
    const body = Buffer.from(await book.xlsx.writeBuffer());

    const denied = await t.app.inject({
      method: 'POST',
      url: '/api/v1/oversight/recipients/import',
      headers: { authorization: `Bearer ${head}`, 'content-type': XLSX_TYPE },
      payload: body,
    });
    expect(denied.statusCode).toBe(403);

    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/oversight/recipients/import',
      headers: { authorization: `Bearer ${admin}`, 'content-type': XLSX_TYPE },
      payload: body,
    });
    expect(res.statusCode, res.body).toBe(200);
    const result = res.json<{
      imported: number;
      added: number;
      updated: number;
      rejected: { row: number; reason: string }[];
    }>();
    expect(result).toMatchObject({ imported: 4, added: 4, updated: 0 });
    expect(result.rejected.map((r) => r.row)).toEqual([6, 7, 8, 9, 10, 11]);
    const reason = (row: number) => result.rejected.find((r) => r.row === row)!.reason;
    expect(reason(6)).toContain('校验码');
    expect(reason(7)).toContain('救助类别');
    expect(reason(8)).toContain('数字');
    expect(reason(9)).toContain('第3行');
    expect(reason(10)).toContain('姓名');
    expect(reason(11)).toContain('电话');

    const { db } = t.app.services;
    const { rows: stored } = await db.query<{ id_number: string; tier: string; since: unknown }>(
      'SELECT id_number, tier, since::text AS since FROM recipients ORDER BY id_number',
    );
    // Sealed at rest like every table that holds ID numbers; opened with the instance's key.
    expect(stored.every((r) => !ids.includes(r.id_number))).toBe(true);
    const rows = stored.map((r) => ({ ...r, id_number: db.cipher.open(r.id_number) }));
    expect(rows.map((r) => [r.id_number, r.tier]).sort()).toEqual(
      [
        [ids[0], 'extreme_poverty'],
        [ids[1], 'minimum_living'],
        [ids[2], 'registered_poor'],
        [ids[3], 'other_hardship'],
      ].sort(),
    );
    expect(rows.find((r) => r.id_number === ids[1])?.since).toBe('2024-03-01');

    // A case of a person in the ledger says so: a likely duplicate for the same help, no proof again for other help.
    const apply = async (type: string, userId: string) => {
      const { case: c } = await t.app.services.ledger.register({
        assistanceType: type,
        localityCode: '320281',
        conversationId: null,
        channel: 'rest',
        userId,
        urgency: 'none',
        fields: { applicant_name: '李建国', id_number: ids[1]! },
        at: clock.now(),
      });
      return (await get(`/api/v1/cases/${c.caseNo}`, head)).json<{
        ledger: { sameType: boolean; note: string } | null;
      }>().ledger;
    };
    expect(await apply('minimum_living', 'ledger-1')).toMatchObject({
      sameType: true,
      note: expect.stringContaining('重复申请') as unknown,
    });
    expect(await apply('temporary', 'ledger-2')).toMatchObject({
      sameType: false,
      note: expect.stringContaining('无需') as unknown,
    });

    // Importing again updates rather than duplicates.
    const again = await t.app.inject({
      method: 'POST',
      url: '/api/v1/oversight/recipients/import',
      headers: { authorization: `Bearer ${admin}`, 'content-type': XLSX_TYPE },
      payload: body,
    });
    expect(again.json()).toMatchObject({ imported: 4, added: 0, updated: 4 });
  });
});
