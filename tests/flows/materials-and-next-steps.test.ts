import { describe, expect, it } from 'vitest';
import { fakeIdNumber } from '../helpers/id-numbers.js';
import { FlowHarness } from './harness.js';

/** What a resident tells the bot for one 低保 application, up to the review step. */
interface Resident {
  opening: string;
  /** Said when the bot asks whether the person applied for agreed (relatives only). */
  proxyConsent?: string;
  name: string;
  id: string;
  household: string;
  hardship: string;
  specialMembers: string;
}

/** Walks a 低保 application to the receipt and returns the replies said on registration. */
async function registered(r: Resident): Promise<string> {
  const h = await FlowHarness.create();
  await h.say(r.opening);
  await h.say({ buttonId: 'consent_yes', text: '同意' });
  if (r.proxyConsent) await h.say(r.proxyConsent);
  await h.say(`${r.name} ${r.id}`);
  await h.say('13912345678 青阳镇里山村18号');
  await h.say(r.household);
  await h.say(r.hardship);
  if (h.publicState.expecting.includes('field:special_members')) await h.say(r.specialMembers);
  expect(h.publicState.expecting).toEqual(['confirm']);
  await h.say({ buttonId: 'confirm_submit', text: '确认提交' });
  expect(h.text).toContain('受理回执号');
  return h.text;
}

const COMMITTEE_OFFER = '村（居）委会代为申请';

describe('materials and next steps follow the answers and the locality profile', () => {
  it('tells an elderly widow where and when to go, and that the village committee can apply for her', async () => {
    const text = await registered({
      opening: '我想申请低保',
      name: '顾桂芳',
      id: fakeIdNumber('19510502', 224), // 75 on the harness's date (2026-11-24)
      household: '1口人 每月没有收入',
      hardship: '老伴前年走了 我一个人过 没有退休金',
      specialMembers: '都没有',
    });
    expect(text).toContain(COMMITTEE_OFFER);
    expect(text).toContain('长江路188号');
    expect(text).toContain('08:30–12:00');
    expect(text).toContain('0510-86012349');
    expect(text).not.toContain('离婚证');
    expect(text).not.toContain('房屋租赁合同');
    expect(text).not.toContain('委托书');
  });

  it('asks a renter for the rental contract, and offers no committee help to someone who can travel', async () => {
    const text = await registered({
      opening: '我想申请低保',
      name: '钱晓东',
      id: fakeIdNumber('19860917', 311),
      household: '2口人 每月一千二',
      hardship: '厂里裁员没了工作 在城里租房住 房租都交不上了',
      specialMembers: '都没有',
    });
    expect(text).toContain('房屋租赁合同');
    expect(text).not.toContain('离婚证');
    expect(text).not.toContain(COMMITTEE_OFFER);
    expect(text).toContain('长江路188号');
  });

  it('gives a married homeowner with a pupil no divorce papers and no rental contract, but the school certificate', async () => {
    const text = await registered({
      opening: '我想申请低保',
      name: '孙建华',
      id: fakeIdNumber('19820611', 415),
      household: '4口人 每月两千',
      hardship: '老公打零工收入不稳定 住的是自己家的老房子 孩子在读初中',
      specialMembers: '有在读学生',
    });
    expect(text).toContain('学籍证明或在读证明');
    expect(text).not.toContain('离婚证');
    expect(text).not.toContain('房屋租赁合同');
    expect(text).not.toContain('委托书');
    expect(text).not.toContain(COMMITTEE_OFFER);
  });

  it('asks someone applying for a relative for a signed authorisation and their own ID', async () => {
    const text = await registered({
      opening: '帮我妈申请低保',
      proxyConsent: '我妈同意的 她让我帮她弄',
      name: '吴兰英',
      id: fakeIdNumber('19600808', 126),
      household: '1口人 每月六百',
      hardship: '我妈一个人在老家 只有一点养老金',
      specialMembers: '都没有',
    });
    expect(text).toContain('委托书和代办人身份证');
    expect(text).not.toContain('离婚证');
  });

  it('offers the committee to a younger applicant with a bedridden family member', async () => {
    const text = await registered({
      opening: '我想申请低保',
      name: '周秀英',
      id: fakeIdNumber('19700314', 551),
      household: '3口人 每月一千五',
      hardship: '老伴瘫在床上 我得在家照顾他',
      specialMembers: '有残疾人',
    });
    expect(text).toContain(COMMITTEE_OFFER);
    expect(text).toContain('残疾证');
  });
});
