import { describe, expect, it } from 'vitest';
import { formatReceiptNumber } from '../../src/cases/receipt-number.js';
import { FlowHarness } from './harness.js';

const receipt = formatReceiptNumber({
  localityCode: '320281',
  date: new Date('2026-11-24T02:00:00Z'),
  sequence: 7,
});
if (!receipt.ok) throw new Error('cannot format the test receipt number');
const CASE = receipt.value;

/** The test case, accepted and with the department, known to the status check under the phone's last four digits. */
function acceptedCase(phoneLast4: string) {
  return {
    caseNo: CASE,
    assistanceType: 'minimum_living' as const,
    status: 'accepted' as const,
    departmentName: '江阴市民政局',
    transferDueAt: '2026-11-26T15:59:59.999Z',
    phoneLast4,
    statusLocked: false,
  };
}

describe('status check, report and volunteer sign-up flows (fake NLU, no store)', () => {
  it('a status check asks the receipt, then the phone’s last four digits, then tells the case in plain words', async () => {
    const h = await FlowHarness.create();
    h.knownCases[CASE] = acceptedCase('5678');
    await h.say('我的申请到哪了');
    expect(h.publicState.expecting).toEqual(['status_receipt']);
    await h.say(CASE);
    expect(h.publicState.expecting).toEqual(['status_phone4']);
    await h.say('0000');
    expect(h.text).toContain('对不上');
    await h.say(CASE);
    await h.say('5678');
    expect(h.text).toContain('正在审核');
    expect(h.state.flow).toBeNull();
  });

  it('four figures typed are the answer, whatever number words follow them', async () => {
    const h = await FlowHarness.create();
    h.knownCases[CASE] = acceptedCase('3092');
    await h.say('我的申请到哪了');
    await h.say(CASE);
    await h.say('3092 是最后的四个');
    expect(h.text).toContain('正在审核');
  });

  it('a status check that also asks for a new kind of help offers it once the status is told', async () => {
    const h = await FlowHarness.create();
    h.knownCases[CASE] = acceptedCase('4321');
    await h.say('之前交的低保材料到哪一步了 还有老房子漏雨 也想申请住房救助');
    expect(h.publicState.expecting).toEqual(['status_receipt']);
    await h.say(CASE);
    await h.say('4321');
    expect(h.text).toContain('住房救助');
    expect(h.publicState.expecting).toEqual(['offer_apply']);
    await h.say('好的');
    expect(h.state.flow?.name).toBe('application');
    expect((h.state.flow?.state as { assistanceType: string }).assistanceType).toBe('housing');
  });

  it('a receipt pasted with dots or slashes between its groups is read', async () => {
    const h = await FlowHarness.create();
    h.knownCases[CASE] = {
      caseNo: CASE,
      assistanceType: 'medical',
      status: 'accepted',
      departmentName: '江阴市医疗保障局',
      transferDueAt: '2026-11-26T15:59:59.999Z',
      phoneLast4: '2468',
      statusLocked: false,
    };
    await h.say(`查一下 ${CASE.replaceAll('-', '.')}`);
    expect(h.publicState.expecting).toEqual(['status_phone4']);
    await h.say('2468');
    expect(h.text).toContain('正在审核');
    const h2 = await FlowHarness.create();
    await h2.say('我的申请到哪了');
    await h2.say(CASE.replaceAll('-', '/'));
    expect(h2.publicState.expecting).toEqual(['status_phone4']);
  });

  it('a resident who asks something else during a status check leaves it and is answered', async () => {
    const h = await FlowHarness.create();
    await h.say('我的申请到哪了');
    await h.say('我想申请低保');
    expect(h.state.flow?.name).toBe('application');
  });

  it('a report asks who, where, what, how urgent and the reporter’s contact, then files a case', async () => {
    const h = await FlowHarness.create();
    await h.say({ buttonId: 'report_other', text: '我要报告困难群众' });
    expect(h.publicState.expecting).toEqual(['report_subject']);
    await h.say('楼下独居的王奶奶 八十多岁');
    await h.say('江阴市澄江街道五星村12号');
    await h.say('好几天没见她出门了');
    await h.say({ buttonId: 'urgent_today', text: '很急，今天要处理' });
    await h.say({ buttonId: 'anonymous', text: '匿名' });
    const effect = h.actions.find((a) => a.type === 'register_case');
    expect(effect?.type === 'register_case' && effect.plan.fields.report_source).toBe('匿名上报');
    expect(h.actions.some((a) => a.type === 'handoff' && a.priority === 'high')).toBe(true);
    expect(h.state.flow).toBeNull();
  });

  it('a report the reporter says can wait is filed as such, though it names 急', async () => {
    const h = await FlowHarness.create();
    await h.say({ buttonId: 'report_other', text: '我要报告困难群众' });
    for (const answer of [
      '村口老张家',
      '月城镇双泾村1组',
      '两个孩子上学 家里没收入',
      '不是特别急 就是很困难',
      '匿名',
    ])
      await h.say(answer);
    const effect = h.actions.find((a) => a.type === 'register_case');
    expect(effect?.type === 'register_case' && effect.plan.urgency).toBe('none');
  });

  it('a pressing word heard in a report yields to the reporter’s 「说不上急」; a danger to life does not', async () => {
    const fileWith = async (situation: string, howUrgent: string) => {
      const h = await FlowHarness.create();
      await h.say({ buttonId: 'report_other', text: '我要报告困难群众' });
      for (const answer of ['后院那个独居的大伯', '璜土镇石庄村', situation, howUrgent, '匿名'])
        await h.say(answer);
      const effect = h.allActions.find((a) => a.type === 'register_case');
      return effect?.type === 'register_case' ? effect.plan.urgency : undefined;
    };
    expect(await fileWith('家里好像没饭吃了', '谈不上急 有空去看看就行')).toBe('none');
    expect(await fileWith('家里好像没饭吃了', '不清楚')).toBe('high');
    expect(await fileWith('他在屋里喊救命', '没多急吧')).toBe('critical');
  });

  it('a verified volunteer’s report carries their name and is trusted', async () => {
    const h = await FlowHarness.create();
    h.volunteer = { status: 'verified', name: '陈网格', community: '五星村', phone: '13800001111' };
    await h.say({ buttonId: 'report_other', text: '我要报告困难群众' });
    for (const answer of ['一个流浪老人', '火车站广场', '穿得很少', '不太急', '匿名']) await h.say(answer);
    const effect = h.actions.find((a) => a.type === 'register_case');
    expect(effect?.type === 'register_case' && effect.plan.fields.reporter_trusted).toBe('已核实');
  });

  it('a grid worker registers with name, phone and community', async () => {
    const h = await FlowHarness.create();
    await h.say('我是网格员，想登记一下');
    expect(h.publicState.expecting).toEqual(['volunteer_name']);
    await h.say('陈网格');
    await h.say('13800001111');
    await h.say('澄江街道五星村');
    expect(h.actions.find((a) => a.type === 'register_volunteer')).toMatchObject({
      name: '陈网格',
      phone: '13800001111',
      community: '澄江街道五星村',
    });
  });
});
