import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dumpDatabase, dumpDatabaseOpened } from '../helpers/database-dump.js';
import { fakeIdNumber } from '../helpers/id-numbers.js';
import { dropSchema, TEST_DATABASE_URL, uniqueSchema } from '../helpers/postgres.js';
import { applyPieceByPiece } from '../helpers/apply-by-rest.js';
import { RestResident } from '../helpers/rest-resident.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

const databases: [string, () => Promise<{ env: Record<string, string>; drop: () => Promise<void> }>][] = [
  ['PGlite', () => Promise.resolve({ env: {}, drop: () => Promise.resolve() })],
  [
    'PostgreSQL',
    () => {
      const schema = uniqueSchema('yimen_privacy');
      return Promise.resolve({
        env: { DATABASE_URL: TEST_DATABASE_URL, DATABASE_SCHEMA: schema },
        drop: () => dropSchema(schema),
      });
    },
  ],
];

describe.each(databases)('"deleted" means deleted, on %s', (_name, database) => {
  let t: TestApp;
  let drop: () => Promise<void>;
  beforeAll(async () => {
    const opened = await database();
    drop = opened.drop;
    t = await startTestApp(opened.env);
  });
  afterAll(async () => {
    await t.close();
    await drop();
  });

  it('after 「取消」 the ID number and the phone are nowhere in the database', async () => {
    const id = fakeIdNumber('19580921', 311);
    const phone = '13771234560';
    const resident = new RestResident(t.app, 'privacy-cancel');
    await resident.say('我想申请低保');
    await resident.say('同意');
    await resident.say(`王秀英 ${id}`);
    await resident.say(`${phone} 江阴市青阳镇里山村18号`);
    // Sealed at rest: the stored rows never show it, while the key opens it.
    expect(await dumpDatabase(t.app.services.db)).not.toContain(id);
    expect(await dumpDatabaseOpened(t.app.services.db)).toContain(id);
    await resident.say('取消');
    expect(resident.lastText).toContain('删除');
    const dump = await dumpDatabaseOpened(t.app.services.db);
    expect(dump).not.toContain(id);
    expect(dump).not.toContain(phone);
    expect(dump).not.toContain('里山村18号');
  });

  it('after 「撤回同意」 the ID number and the phone are nowhere in the database', async () => {
    const id = fakeIdNumber('19600101', 313);
    const phone = '13912340001';
    const resident = new RestResident(t.app, 'privacy-withdraw');
    await resident.say('我想申请临时救助');
    await resident.say('同意');
    await resident.say(`李国栋 ${id}`);
    await resident.say(phone);
    await resident.say('撤回同意');
    const dump = await dumpDatabaseOpened(t.app.services.db);
    expect(dump).not.toContain(id);
    expect(dump).not.toContain(phone);
  });

  it('after 「撤回同意」 a story set aside for an application not yet taken up is forgotten with its phone', async () => {
    const phone = '13912340077';
    const resident = new RestResident(t.app, 'privacy-withdraw-offer');
    await resident.say(`俺男人前阵子从梯子上摔下来 人没了 家里往后不晓得咋过 俺电话${phone}`);
    expect(resident.lastText).toContain('要现在登记吗');
    await resident.say('撤回同意');
    const dump = await dumpDatabaseOpened(t.app.services.db);
    expect(dump).not.toContain(phone);
  });

  it('regression: withdrawing consent after registration is ignored: a case no department has taken is cancelled and emptied', async () => {
    const id = fakeIdNumber('19551230', 331);
    const resident = new RestResident(t.app, 'privacy-withdraw-after');
    const done = await applyPieceByPiece(resident, '我想申请低保', id);
    const caseNo = done.state.caseNo!;
    expect(await dumpDatabaseOpened(t.app.services.db)).toContain(id);
    await resident.say('我不同意了');
    expect(resident.lastText).toContain('撤回同意');
    expect(resident.lastText).toContain(`${caseNo}）还没有转交经办部门，已经为您撤销`);
    const dump = await dumpDatabaseOpened(t.app.services.db);
    expect(dump).not.toContain(id);
    expect(dump).not.toContain('13912345678');
    expect(dump).not.toContain('里山村18号');
    expect(dump).not.toContain('王秀英');
    const stored = await t.app.services.cases.get(caseNo);
    expect(stored?.status).toBe('cancelled');
    // Nothing ties the conversation to the case any more.
    const status = await resident.say('我的申请到哪了');
    expect(status.state.caseNo).toBeUndefined();
  });

  it('regression: withdrawing consent after registration is ignored: a case a department has taken is kept, and the resident is told why', async () => {
    const id = fakeIdNumber('19551231', 333);
    const resident = new RestResident(t.app, 'privacy-withdraw-kept');
    const done = await applyPieceByPiece(resident, '我想申请低保', id);
    const caseNo = done.state.caseNo!;
    await t.app.services.db.query("UPDATE cases SET status = 'accepted' WHERE case_no = $1", [caseNo]);
    await resident.say('删除我的信息');
    expect(resident.lastText).toContain(caseNo);
    expect(resident.lastText).toContain('依法保存，不能删除');
    const stored = await t.app.services.cases.get(caseNo);
    expect(stored?.status).toBe('accepted');
    expect(stored?.idNumber).toBe(id);
    // The conversation's copies are gone all the same: only the ledger keeps the case.
    const { rows } = await t.app.services.db.query<{ text: string }>(
      "SELECT m.text FROM messages m JOIN conversations c ON c.id = m.conversation_id WHERE c.user_id = 'privacy-withdraw-kept'",
    );
    expect(JSON.stringify(rows)).not.toContain(id);
    expect(JSON.stringify(rows)).not.toContain('13912345678');
  });

  it('after a refused consent the numbers typed in the opening are nowhere in the database', async () => {
    const id = fakeIdNumber('19700505', 315);
    const phone = '13600001111';
    const resident = new RestResident(t.app, 'privacy-refuse');
    await resident.say(`我要申请低保 我叫周德明 身份证${id} 电话${phone}`);
    await resident.say('不同意');
    expect(resident.lastText).toContain('不会保存');
    const dump = await dumpDatabaseOpened(t.app.services.db);
    expect(dump).not.toContain(id);
    expect(dump).not.toContain(phone);
  });
});
