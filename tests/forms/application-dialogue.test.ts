import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fakeIdNumber, withWrongCheck } from '../helpers/id-numbers.js';
import { applyPieceByPiece } from '../helpers/apply-by-rest.js';
import { RestResident } from '../helpers/rest-resident.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

const FORM_TYPES: [string, string][] = [
  ['minimum_living', '我想申请低保'],
  ['extreme_poverty', '想给我爷爷申请五保'],
  ['temporary', '我要申请临时救助'],
  ['medical', '我老伴住院花了好多钱，想申请医疗救助'],
  ['education', '孩子上学交不起学费 想申请教育救助'],
  ['housing', '房子漏雨 想申请住房救助'],
  ['employment', '我想申请就业救助'],
  ['disaster', '我家受灾了 想申请受灾救助'],
  ['disability', '我儿子是残疾人 想申请残疾人救助'],
  ['legal_aid', '我想申请法律援助'],
];

describe('guided applications, scripted', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent' });
  });
  afterAll(async () => {
    await t.close();
  });

  it.each(FORM_TYPES.map(([type, opening], i) => [type, opening, i] as const))(
    'a %s application answered piece by piece gets a receipt number, the materials list and a deadline',
    async (type, opening, i) => {
      const id = fakeIdNumber('19560314', 100 + i * 2);
      const resident = new RestResident(t.app, `piece-${type}`);
      const reply = await applyPieceByPiece(resident, opening, id);
      expect(reply.state.caseNo, resident.transcript()).toMatch(/^320281-\d{8}-\d{6}-\d$/);
      expect(resident.lastText).toContain('一次性告知');
      expect(resident.lastText).toMatch(/\d+月\d+日/);
      const stored = await t.app.services.cases.get(reply.state.caseNo!);
      expect(stored?.assistanceType).toBe(type);
      expect(stored?.idNumber).toBe(id);
      expect(stored?.phone).toBe('13912345678');
      expect(stored?.fields.household_size).toBe(3);
      expect(stored?.fields.monthly_income).toBe(1500);
      // Every step showed where the resident is: 第n步/共m步.
      expect(
        resident.turns.some((turn) => /第\d+步\/共\d+步/.test(turn.reply.replies.map((r) => r.text).join())),
      ).toBe(true);
    },
  );

  it('an all-in-one message completes in four turns: only the special situations are asked, since several may apply', async () => {
    const id = fakeIdNumber('19490101', 31);
    const resident = new RestResident(t.app, 'all-in-one');
    const first = await resident.say(
      `我要申请低保 我叫刘桂芬 身份证${id.toLowerCase()} 电话138 0013 8000 住江阴市澄江街道五星村12号 一家三口 月收入两千来块 老伴瘫痪在床`,
    );
    expect(first.state.form?.stage).toBe('consent');
    const second = await resident.say('同意');
    expect(second.state.form?.asking).toBe('special_members');
    // What the opening told is shown, so the resident adds only what else applies.
    expect(resident.lastText).toContain('有残疾人');
    const more = await resident.say('孙女在读小学');
    expect(more.state.form?.stage).toBe('confirming');
    expect(resident.lastText).toContain('有残疾人、有在读学生');
    expect(resident.lastText).toContain('刘桂芬');
    expect(resident.lastText).toContain('138****8000');
    expect(resident.lastText).not.toContain(id);
    expect(resident.lastText).toContain('守信承诺');
    const third = await resident.say('确认提交');
    expect(third.state.caseNo).toBeDefined();
    const stored = await t.app.services.cases.get(third.state.caseNo!);
    expect(stored).toMatchObject({
      applicantName: '刘桂芬',
      idNumber: id,
      phone: '13800138000',
      address: '江阴市澄江街道五星村12号',
    });
    expect(stored?.fields).toMatchObject({
      household_size: 3,
      monthly_income: 2000,
      applicant_relation: '本人申请',
      hardship: '老伴瘫痪在床',
      special_members: '有残疾人、有在读学生',
    });
  });

  it('takes corrections at any point: 「电话说错了」 and 「不是四口人是五口」', async () => {
    const id = fakeIdNumber('19600505', 41);
    const resident = new RestResident(t.app, 'corrections');
    await resident.say('我要申请临时救助');
    await resident.say('同意');
    await resident.say(`李建国 ${id}`);
    await resident.say('13800000001 江阴市周庄镇长寿村3号');
    await resident.say('电话说错了，是13900000002');
    await resident.say('四口人 每月两千');
    await resident.say('不是四口人是五口');
    const stored = await applyPieceByPiece(resident, '没有别的收入了 老伴突然中风住院', id);
    const record = await t.app.services.cases.get(stored.state.caseNo!);
    expect(record?.phone, resident.transcript()).toBe('13900000002');
    expect(record?.fields.household_size).toBe(5);
  });

  it('at the review, a correction that names no field but means another choice changes that choice', async () => {
    const id = fakeIdNumber('19720315', 43);
    const resident = new RestResident(t.app, 'choice-correction');
    await resident.say('我要申请住房救助');
    await resident.say('同意');
    await resident.say('本人');
    await resident.say(`我叫韩德来 ${id} 电话 139.0000.4321`);
    await resident.say('江阴市周庄镇长寿村5组 一个人 一个月九百');
    await resident.say('一个人过 打零工挣得少 日子紧巴');
    const housing = await resident.say('老房子漏雨 算危房吧');
    expect(housing.state.form?.stage, resident.transcript()).toBe('confirming');
    expect(resident.lastText).toContain('住的是危房');
    await resident.say('不对 剩下那间昨天也倒了 现在房子都没有了');
    expect(resident.lastText, resident.transcript()).toContain('住房情况：没有住房');
    expect(resident.lastText).toContain('韩德来');
    expect(resident.lastText).toContain('139****4321');
  });

  it('answers a policy question in the middle of the form and resumes where it was', async () => {
    const resident = new RestResident(t.app, 'interruption');
    await resident.say('我想申请医疗救助');
    const asked = await resident.say('同意');
    const before = asked.state.form?.asking;
    const aside = await resident.say('材料没带齐怎么办');
    expect(resident.lastText).toContain('我们接着填');
    expect(aside.state.form?.asking).toBe(before);
  });

  it('cancels on 「取消」, says what was discarded and masks the numbers already sent', async () => {
    const id = fakeIdNumber('19700707', 51);
    const resident = new RestResident(t.app, 'cancel');
    await resident.say('我想申请低保');
    await resident.say('同意');
    await resident.say(`张三丰 ${id}`);
    const cancelled = await resident.say('取消');
    expect(cancelled.state.form).toBeUndefined();
    expect(resident.lastText).toContain('已取消');
    expect(resident.lastText).toContain('身份证号');
    const transcript = await t.app.services.conversations.transcript(cancelled.conversationId, 50);
    expect(transcript.map((m) => m.text).join()).not.toContain(id);
  });

  it('refusing consent still explains how to apply in person and keeps nothing sensitive', async () => {
    const id = fakeIdNumber('19580808', 61);
    const resident = new RestResident(t.app, 'refuse');
    await resident.say(`我要申请低保 身份证${id}`);
    const refused = await resident.say('不同意');
    expect(refused.state.form).toBeUndefined();
    expect(resident.lastText).toContain('当面申请');
    expect(resident.lastText).toContain('户口簿');
    const transcript = await t.app.services.conversations.transcript(refused.conversationId, 50);
    expect(transcript.map((m) => m.text).join()).not.toContain(id);
  });

  it('explains an invalid ID kindly and, after three failures, offers to skip or a person', async () => {
    const id = fakeIdNumber('19661010', 71);
    const resident = new RestResident(t.app, 'invalid-id');
    await resident.say('我想申请临时救助');
    await resident.say('同意');
    await resident.say(`周小红 ${withWrongCheck(id)}`);
    expect(resident.lastText).toContain('校验码');
    await resident.say(withWrongCheck(id));
    const third = await resident.say(withWrongCheck(id));
    expect(resident.lastText).toContain('转人工');
    expect(third.replies.at(-1)?.quickReplies).toEqual(['跳过这一项', '转人工']);
    const skipped = await resident.say('跳过这一项');
    expect(skipped.state.form?.asking).not.toBe('id_number');
  });

  it('tells a resident who applies again for the same person and type the open case they already have', async () => {
    const id = fakeIdNumber('19520202', 81);
    const owner = new RestResident(t.app, 'dup-owner');
    const first = await applyPieceByPiece(owner, '我想申请低保', id);
    expect(first.state.caseNo).toBeDefined();
    await owner.say('我想申请低保');
    await owner.say('同意');
    const duplicate = await owner.say(`王秀英 ${id}`);
    expect(owner.lastText).toContain(first.state.caseNo!);
    expect(duplicate.state.form).toBeUndefined();
  });

  it("regression: the duplicate guard never discloses another person's case to an unverified conversation", async () => {
    const id = fakeIdNumber('19520303', 83);
    const first = await applyPieceByPiece(new RestResident(t.app, 'dup-first'), '我想申请低保', id);
    const firstCase = first.state.caseNo!;
    const stranger = new RestResident(t.app, 'dup-stranger');
    const second = await applyPieceByPiece(stranger, '我想申请低保', id);
    // The stranger learns nothing of the first case: a receipt of their own, no status, no receipt number of it.
    expect(stranger.transcript()).not.toContain(firstCase);
    expect(stranger.transcript()).not.toContain('已经有一件');
    expect(second.state.caseNo).toMatch(/^320281-/);
    expect(second.state.caseNo).not.toBe(firstCase);
    // Staff see it marked as a possible duplicate of the first, to merge.
    const stored = await t.app.services.cases.get(second.state.caseNo!);
    expect(stored?.duplicateOf).toBe(firstCase);
    const status = await stranger.say('我的申请到哪了');
    expect(status.state.caseNo).toBe(second.state.caseNo);
  });

  it('checks status with the receipt number and the last four digits of the phone', async () => {
    const id = fakeIdNumber('19630303', 91);
    const done = await applyPieceByPiece(new RestResident(t.app, 'status-owner'), '我想申请低保', id);
    const caseNo = done.state.caseNo!;
    const stranger = new RestResident(t.app, 'status-checker');
    await stranger.say('我的申请到哪一步了');
    await stranger.say(caseNo);
    await stranger.say('0000');
    expect(stranger.lastText).toContain('对不上');
    await stranger.say(caseNo.replaceAll('-', ' '));
    const result = await stranger.say('5678');
    expect(stranger.lastText).toContain('已登记');
    expect(stranger.lastText).toContain('江阴市民政局');
    expect(result.state.caseNo).toBe(caseNo);
  });

  it('offers to continue a form left for hours', async () => {
    const resident = new RestResident(t.app, 'resume');
    await resident.say('我想申请低保');
    await resident.say('同意');
    const conversation = await t.app.services.conversations.getOrCreate(
      { channel: 'rest', userId: 'resume' },
      new Date(),
    );
    // Age the form by rewriting its timestamp, as if the resident had left for a day.
    // The state is sealed at rest, so it is opened, changed and sealed again with the app's key.
    const { db } = t.app.services;
    const stored = await db.query<{ state: string }>('SELECT state FROM conversations WHERE id = $1', [
      conversation.id,
    ]);
    const state = db.cipher.openJson<{ flow: { state: { updatedAt: string } } }>(stored.rows[0]!.state);
    state.flow.state.updatedAt = '2020-01-01T00:00:00.000Z';
    await db.query('UPDATE conversations SET state = $2 WHERE id = $1', [
      conversation.id,
      db.cipher.sealJson(state),
    ]);
    const back = await resident.say('你好');
    expect(back.state.form?.stage).toBe('resume');
    expect(resident.lastText).toContain('还没填完');
    const resumed = await resident.say('继续填写');
    expect(resumed.state.form?.stage).toBe('filling');
  });
});
