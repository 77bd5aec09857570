import { describe, expect, it } from 'vitest';
import { fakeIdNumber } from '../helpers/id-numbers.js';
import { FlowHarness, IDENTITY_KEYS, SELF_ASSUMED_CONSENT_KEYS } from './harness.js';

const ID = fakeIdNumber('19560314', 401);

async function consented(opening = '我想申请低保'): Promise<FlowHarness> {
  const h = await FlowHarness.create();
  await h.say(opening);
  await h.say({ buttonId: 'consent_yes', text: '同意' });
  return h;
}

describe('application flow (fake NLU, no store)', () => {
  it('starts with the privacy notice and waits for a separate consent', async () => {
    const h = await FlowHarness.create();
    await h.say('我想申请低保');
    expect(h.text).toContain('您同意吗');
    expect(h.publicState.expecting).toEqual([...SELF_ASSUMED_CONSENT_KEYS]);
    expect(h.replies.at(-1)?.buttons?.map((b) => b.id)).toEqual(['consent_yes', 'consent_no']);
  });

  it('asks one question at a time and says what it is waiting for', async () => {
    const h = await consented();
    expect(h.text).toContain('姓名、18位身份证号码');
    expect(h.publicState.expecting).toEqual([...IDENTITY_KEYS]);
    await h.say(`王秀英 ${ID} 13912345678`);
    expect(h.publicState.expecting).toEqual([
      'field:address',
      'field:household_size',
      'field:monthly_income',
    ]);
  });

  it('offers a field’s choices as buttons whose tap is read by id', async () => {
    const h = await consented();
    await h.say(`王秀英 ${ID}`);
    await h.say('13912345678 江阴市青阳镇里山村18号');
    await h.say('三口人 每月一千五');
    await h.say('老伴生病住院了 家里没有别的收入');
    const choice = h.replies.at(-1)?.buttons?.find((b) => b.label === '有重病病人');
    expect(choice?.id).toBe('choice:有重病病人');
    await h.say({ buttonId: choice!.id, text: choice!.label });
    expect(h.publicState.expecting).toEqual(['confirm']);
  });

  it('registers through an effect in the turn: the receipt number comes from the store', async () => {
    const h = await consented();
    for (const answer of [
      `王秀英 ${ID}`,
      '13912345678 江阴市青阳镇里山村18号',
      '三口人 每月一千五',
      '老伴生病住院了 家里没有别的收入',
      '有重病病人',
    ])
      await h.say(answer);
    await h.say({ buttonId: 'confirm_submit', text: '确认提交' });
    const effect = h.actions.find((a) => a.type === 'register_case');
    expect(effect?.type === 'register_case' && effect.plan.idNumber).toBe(ID);
    expect(h.text).toContain('320281-20261124-000001-0');
    expect(h.text).toContain('一次性告知');
    expect(h.state.flow).toBeNull();
    expect(h.state.caseNo).toBe('320281-20261124-000001-0');
  });

  it('cancelling erases everything it was given, in the same turn', async () => {
    const h = await consented();
    await h.say(`王秀英 ${ID}`);
    await h.say('取消');
    const erase = h.actions.find((a) => a.type === 'erase_personal_data');
    expect(erase?.type === 'erase_personal_data' && erase.values).toEqual(
      expect.arrayContaining(['王秀英', ID]),
    );
    expect(h.state.flow).toBeNull();
    expect(h.text).toContain('删除');
  });

  it('a refusal erases what the opening carried and explains how to apply in person', async () => {
    const h = await FlowHarness.create();
    await h.say(`我要申请低保 我叫周德明 身份证${ID}`);
    await h.say({ buttonId: 'consent_no', text: '不同意' });
    expect(h.actions.some((a) => a.type === 'erase_personal_data')).toBe(true);
    expect(h.text).toContain('当面申请');
    // Where: the locality's one window, with its address and hours (the default profile names it).
    expect(h.text).toContain('地址：');
    expect(h.text).toContain('办公时间：');
  });

  it('a correction right after the consent notice is kept, not read as a refusal', async () => {
    const h = await FlowHarness.create();
    await h.say('我想申请低保 三口人');
    await h.say('不是三口人是四口人');
    expect(h.state.flow).not.toBeNull();
    expect(h.text).toContain('同意');
    await h.say('同意');
    await h.say(`王秀英 ${ID}`);
    await h.say('13912345678 江阴市青阳镇里山村18号');
    expect((h.flow?.state.fields as Record<string, unknown>).household_size).toBe(4);
  });

  it('a question in the middle of the form is answered as an aside and the form asks again', async () => {
    const h = await consented();
    await h.say('低保要带什么材料吗');
    expect(h.publicState.expecting).toEqual([...IDENTITY_KEYS]);
    expect(h.text).toContain('我们接着填');
  });

  it('a resident back after hours is asked whether to continue', async () => {
    const h = await consented();
    h.advance(3 * 60 * 60 * 1000);
    await h.say('你好');
    expect(h.publicState.expecting).toEqual(['resume']);
    await h.say({ buttonId: 'resume_continue', text: '继续填写' });
    expect(h.publicState.expecting).toEqual([...IDENTITY_KEYS]);
  });
});
