import { describe, expect, it } from 'vitest';
import { formatReceiptNumber } from '../../src/cases/receipt-number.js';
import { fakeIdNumber } from '../helpers/id-numbers.js';
import { FlowHarness, IDENTITY_KEYS, SELF_ASSUMED_CONSENT_KEYS } from './harness.js';

const ID = fakeIdNumber('19520314', 551);
const formatted = formatReceiptNumber({
  localityCode: '320281',
  date: new Date('2026-11-20T02:00:00Z'),
  sequence: 7,
});
const RECEIPT = formatted.ok ? formatted.value : '';

async function atHousehold(opening = '我想申请低保'): Promise<FlowHarness> {
  const h = await FlowHarness.create();
  await h.say(opening);
  await h.say({ buttonId: 'consent_yes', text: '同意' });
  await h.say(`周秀英 ${ID}`);
  await h.say('13912345678 青阳镇里山村18号');
  return h;
}

async function atReview(): Promise<FlowHarness> {
  const h = await atHousehold();
  await h.say('三口人 每月一千五');
  await h.say('老伴瘫在床上 家里没有别的收入');
  await h.say('有残疾人');
  expect(h.publicState.expecting).toEqual(['confirm']);
  return h;
}

const fields = (h: FlowHarness): Record<string, unknown> =>
  (h.flow?.state.fields ?? {}) as Record<string, unknown>;

describe('a whole conversation: short answers read against what was asked', () => {
  it('takes bare numbers as the answers to 几口人 and 多少收入, in the order asked', async () => {
    const h = await atHousehold();
    await h.say('2 1800');
    expect(fields(h)).toMatchObject({ household_size: 2, monthly_income: 1800 });
    expect(h.publicState.expecting).toEqual(['field:hardship']);
  });

  it('keeps only the address when the answer has a phone and other words around it', async () => {
    const h = await FlowHarness.create();
    await h.say('我想申请低保');
    await h.say({ buttonId: 'consent_yes', text: '同意' });
    await h.say(`周秀英 ${ID}`);
    await h.say('电话15812345614 住在南闸街道观西村3组 门口有棵大樟树');
    expect(fields(h)).toMatchObject({ phone: '15812345614', address: '南闸街道观西村3组' });
  });

  it('takes several family circumstances in one answer', async () => {
    const h = await atHousehold();
    await h.say('三口人 每月一千五');
    await h.say('老伴瘫在床上 孩子在上学');
    await h.say('家里有残疾人 也有重病的 还有孩子在读书');
    expect(fields(h).special_members).toBe('有残疾人、有重病病人、有在读学生');
  });

  it('starts a status check from a receipt number pasted on its own', async () => {
    const h = await FlowHarness.create();
    await h.say(RECEIPT);
    expect(h.publicState.expecting).toEqual(['status_phone4']);
  });

  it('reads the last four digits said in characters after the status prompt', async () => {
    const h = await FlowHarness.create();
    h.knownCases[RECEIPT] = {
      caseNo: RECEIPT,
      assistanceType: 'medical',
      status: 'accepted',
      departmentName: '江阴市民政局',
      transferDueAt: '2026-11-27T09:30:00.000Z',
      phoneLast4: '6666',
      statusLocked: false,
    };
    await h.say('查进度');
    await h.say(RECEIPT);
    await h.say('六六六六');
    expect(h.state.caseNo).toBe(RECEIPT);
    expect(h.publicState.expecting).toEqual([]);
  });

  it('reads pinyin and traditional characters as the words they spell', async () => {
    const pinyin = await FlowHarness.create();
    await pinyin.say('wo xiang shen qing di bao');
    expect(pinyin.publicState.expecting).toEqual([...SELF_ASSUMED_CONSENT_KEYS]);
    const traditional = await FlowHarness.create();
    await traditional.say('我想申請低保');
    expect(traditional.publicState.expecting).toEqual([...SELF_ASSUMED_CONSENT_KEYS]);
  });

  it('answers an English message in English and in Chinese, with how to reach a person', async () => {
    const h = await FlowHarness.create();
    await h.say('Hello, I cannot read Chinese. What can I do?');
    expect(h.text).toContain('call 12345');
    expect(h.text).toContain('转人工');
    expect(h.publicState.understood).toBe(true);
  });
});

describe('corrections', () => {
  it('takes a correction sent right after the consent as a correction, not a refusal', async () => {
    const h = await FlowHarness.create();
    await h.say('想办低保 家里四口人');
    await h.say({ buttonId: 'consent_yes', text: '同意' });
    await h.say('不对 刚才说错了 不是四口人是五口');
    expect(h.flow?.name).toBe('application');
    expect(fields(h).household_size).toBe(5);
  });

  it('applies a correction typed at the review step to the field it names', async () => {
    const h = await atReview();
    await h.say('地址是城东街道和平社区18号 不是16号');
    expect(fields(h).address).toBe('城东街道和平社区18号');
    await h.say('困难情况改一下 是老伴出车祸住院了');
    expect(fields(h).hardship).toBe('老伴出车祸住院了');
    await h.say('家庭人口改成4口 我婆婆也在户口本上');
    expect(fields(h).household_size).toBe(4);
    expect(h.publicState.expecting).toEqual(['confirm']);
  });
});

describe('who the person is', () => {
  it('asks whether the person applied for agreed, and records who consented for whom', async () => {
    const h = await FlowHarness.create();
    await h.say('帮我爸申请低保');
    await h.say({ buttonId: 'consent_yes', text: '同意' });
    expect(h.publicState.expecting).toEqual(['proxy_consent', ...IDENTITY_KEYS]);
    await h.say('我爸同意的 他让我帮他弄');
    expect(fields(h).proxy_consent).toBe('申请人本人已同意（亲属代为申请）');
    const record = h.actions.find((a) => a.type === 'record' && a.kind === 'consent');
    expect(record?.type === 'record' && record.detail).toMatchObject({ forSomeoneElse: true, given: true });
    expect(h.publicState.expecting).toEqual([...IDENTITY_KEYS]);
  });

  it('asks the other person’s agreement with the privacy notice, so one answer can give both', async () => {
    const h = await FlowHarness.create();
    await h.say('帮我妈申请低保');
    expect(h.publicState.expecting).toEqual(['consent', 'proxy_consent', ...IDENTITY_KEYS]);
    expect(h.text).toContain('本人知道');
    await h.say('同意 我妈也同意的 是她让我办的');
    expect(fields(h).proxy_consent).toBe('申请人本人已同意（亲属代为申请）');
    expect(h.publicState.expecting).toEqual([...IDENTITY_KEYS]);
  });

  it('asks the other person’s agreement on its own when the answer gave only the writer’s own yes', async () => {
    const h = await FlowHarness.create();
    await h.say('帮我妈申请低保');
    await h.say('同意。');
    expect(h.publicState.expecting).toEqual(['proxy_consent', ...IDENTITY_KEYS]);
  });

  it('records a combined answer that says the person has not been asked yet as still to be confirmed', async () => {
    const h = await FlowHarness.create();
    await h.say('帮我爸申请低保');
    await h.say('同意，不过还没跟我爸说');
    expect(String(fields(h).proxy_consent)).toContain('待核实');
    expect(h.publicState.expecting).toEqual([...IDENTITY_KEYS]);
  });

  it('goes on without the person’s consent confirmed, and says staff will ask them first', async () => {
    const h = await FlowHarness.create();
    await h.say('我是村委会的 替村里一个孤寡老人申请低保');
    await h.say({ buttonId: 'consent_yes', text: '同意' });
    await h.say('还没问过他');
    expect(h.text).toContain('核实');
    expect(String(fields(h).proxy_consent)).toContain('待核实');
  });

  it('never asks a resident applying for themselves', async () => {
    const h = await FlowHarness.create();
    await h.say('我想申请低保');
    await h.say({ buttonId: 'consent_yes', text: '同意' });
    expect(h.publicState.expecting).toEqual([...IDENTITY_KEYS]);
  });
});

describe('materials follow the answers', () => {
  it('leaves out divorce papers and a rental contract nobody mentioned, and keeps the disability card asked for', async () => {
    const h = await atReview();
    await h.say({ buttonId: 'confirm_submit', text: '确认提交' });
    expect(h.text).toContain('残疾证');
    expect(h.text).not.toContain('离婚证');
    expect(h.text).not.toContain('房屋租赁合同');
    expect(h.text).not.toContain('医院诊断证明');
  });
});

describe('an urgent message and a callback number', () => {
  it('does not ask again for a number the resident declined to leave', async () => {
    const h = await FlowHarness.create();
    await h.say('救命 有人要打我');
    expect(h.publicState.expecting).toEqual(['safety_location']);
    await h.say('不方便留');
    expect(h.publicState.expecting).toEqual([]);
    expect(h.text).toContain('不会再问');
  });
});
