import { describe, expect, it } from 'vitest';
import { fakeIdNumber } from '../helpers/id-numbers.js';
import { FlowHarness } from './harness.js';

const ID = fakeIdNumber('19580621', 432);

/** A self-applicant of the given opening, brought to the type's own questions. */
async function atTypeQuestions(opening: string): Promise<FlowHarness> {
  const h = await FlowHarness.create();
  await h.say(opening);
  await h.say({ buttonId: 'consent_yes', text: '同意' });
  await h.say(`顾美兰 ${ID}`);
  await h.say('13912340000 青阳镇里山村');
  await h.say('两口人 每月一千');
  return h;
}

const fields = (h: FlowHarness): Record<string, unknown> =>
  (h.flow?.state.fields ?? {}) as Record<string, unknown>;

describe('the address, household and income asked in one turn', () => {
  async function atAddress(): Promise<FlowHarness> {
    const h = await FlowHarness.create();
    await h.say('我想申请低保');
    await h.say({ buttonId: 'consent_yes', text: '同意' });
    await h.say(`顾美兰 ${ID} 13912340000`);
    expect(h.publicState.expecting).toEqual([
      'field:address',
      'field:household_size',
      'field:monthly_income',
    ]);
    return h;
  }

  it('reads bare numbers after an address that has numbers of its own', async () => {
    const h = await atAddress();
    await h.say('城东街道和平社区16号 2 900');
    expect(fields(h)).toMatchObject({ household_size: 2, monthly_income: 900 });
    expect(String(fields(h).address)).toContain('和平社区16号');
  });

  it('reads a count in words and a bare amount after the address', async () => {
    const h = await atAddress();
    await h.say('月城镇月城村4组 一个人 300');
    expect(fields(h)).toMatchObject({ household_size: 1, monthly_income: 300 });
    expect(h.publicState.expecting).not.toContain('field:monthly_income');
  });
});

describe("a type's own questions asked together", () => {
  it('asks the illness and the costs left after insurance in one turn, and reads both', async () => {
    const h = await atTypeQuestions('我想申请医疗救助 看病花了很多钱');
    expect(h.publicState.expecting).toEqual(['field:illness', 'field:medical_costs']);
    await h.say('尿毒症 在县人民医院透析 报销完自己还要出三万多');
    expect(fields(h).medical_costs).toBe(30000);
    expect(String(fields(h).illness)).toContain('尿毒症');
    expect(h.publicState.expecting).not.toContain('field:medical_costs');
  });

  it('asks only the costs again when the answer told the illness alone', async () => {
    const h = await atTypeQuestions('我想申请医疗救助 看病花了很多钱');
    await h.say('肺上的毛病 在市医院住院');
    expect(h.publicState.expecting).toEqual(['field:medical_costs']);
  });

  it('asks about supporters and self-care in one turn for 特困供养', async () => {
    const h = await atTypeQuestions('我想申请特困供养');
    const expecting = h.publicState.expecting;
    if (expecting.includes('field:hardship')) await h.say('一个人过 年纪大了');
    expect(h.publicState.expecting).toEqual(['field:supporters', 'field:self_care']);
    await h.say('没儿没女 腿脚不便 要人照顾');
    expect(fields(h)).toMatchObject({ supporters: '没有赡养扶养人', self_care: '部分自理' });
  });

  it('leaves an amount the resident does not know for staff, instead of asking again', async () => {
    const h = await atTypeQuestions('我想申请医疗救助 看病花了很多钱');
    await h.say('肺上的毛病 在市医院住院');
    expect(h.publicState.expecting).toEqual(['field:medical_costs']);
    await h.say('不清楚');
    expect(h.text).toContain('工作人员');
    expect(h.publicState.expecting).not.toContain('field:medical_costs');
    expect(h.flow?.state.skipped).toContain('medical_costs');
  });

  it('leaves a choice its words did not match twice for staff, with those words kept', async () => {
    const g = await FlowHarness.create();
    await g.say('我想申请低保');
    await g.say({ buttonId: 'consent_yes', text: '同意' });
    await g.say(`顾美兰 ${ID} 13912340000`);
    await g.say('青阳镇里山村 两口人 每月一千');
    await g.say('老伴身体不好 挣不了钱');
    expect(g.publicState.expecting).toEqual(['field:special_members']);
    await g.say('日子难过');
    expect(g.publicState.expecting).toEqual(['field:special_members']);
    await g.say('反正就是困难');
    expect(g.publicState.expecting).not.toContain('field:special_members');
    expect((g.flow?.state as { skipped: string[] }).skipped).toContain('special_members');
    expect(fields(g).special_members_words).toBe('反正就是困难');
  });
});
