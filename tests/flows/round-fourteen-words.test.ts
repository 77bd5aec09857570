// Round 14 of the dialogue (development set P): the kind of help changed in the middle of the form; a count or
// an amount corrected at a later question or at the review; 「不清楚」 when asked which field to change; names
// without a Han surname (那顺) and a cry that is none (艾玛); Inner Mongolia's 旗 / 苏木 / 嘎查 as places; a
// reckoning of the whole household's income; an application of the past told beside a question about the rules.
// Played with the shipped classifier and knowledge base; every sentence is written here.
import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../src/nlu/entities/index.js';
import { extractMonthlyIncome } from '../../src/nlu/entities/monthly-income.js';
import { inferApplicantRelation } from '../../src/forms/infer.js';
import { readMessageParts } from '../../src/nlu/message-parts.js';
import { normalizeDialect } from '../../src/text/dialect.js';
import { fixSlips } from '../../src/text/typing-slips.js';
import { fakeIdNumber } from '../helpers/id-numbers.js';
import { riskHarness } from './form-answer-risk.js';
import { applicationOf as application, shippedHarness as harness } from './shipped-harness.js';
import { shippedNlu } from './shipped-nlu.js';

/** Starts a 低保 application for oneself (shipped classifier and crisis reader) and answers the identity question. */
async function started(name: string, birth: string, serial: number, phone: string) {
  const h = await riskHarness(await shippedNlu());
  await h.say('我想申请低保');
  await h.say('同意');
  if (h.publicState.expecting.includes('field:applicant_relation')) await h.say('本人申请');
  await h.say(`${name} ${fakeIdNumber(birth, serial)} ${phone}`);
  return h;
}

/** A 低保 application answered up to its review, with this answer to where, how many and how much. */
async function atReview(household: string) {
  const h = await started('麻春生', '19700301', 23, '13900007712');
  await h.say(household);
  await h.say('房子漏雨 老人常年吃药');
  while (!h.publicState.expecting.includes('confirm') && h.publicState.expecting.length > 0)
    await h.say('都没有');
  return h;
}

describe('the kind of help changed in the middle of the form', () => {
  it('「那我还是申请医疗救助吧」 moves the application and keeps what was answered', async () => {
    const h = await started('郜桂兰', '19640520', 17, '13900003318');
    const replies = await h.say('刚问了村里 低保怕是办不下来 那我还是申请医疗救助吧');
    expect(application(h)?.assistanceType).toBe('medical');
    expect(application(h)?.fields.phone).toBe('13900003318');
    expect(replies.map((r) => r.text).join('')).toContain('改成申请医疗救助');
  });

  it('a programme the household already has is no change of mind', async () => {
    const h = await started('郜桂兰', '19640520', 17, '13900003318');
    await h.say('我们家还是低保户 住在东岭村');
    expect(application(h)?.assistanceType).toBe('minimum_living');
  });
});

describe('corrections at a later question and at the review', () => {
  it('「讲错了 是五口」 at a description corrects the count and is not the description', async () => {
    const h = await started('麻春生', '19700301', 23, '13900007712');
    await h.say('北坪镇东岭村 六口 种菜卖 一个月一千二');
    await h.say('讲错了 是五口 老二的户口迁走了');
    expect(application(h)?.fields.household_size).toBe(5);
    expect(application(h)?.fields.hardship).toBeUndefined();
  });

  it('「不对 应该是4个 …户口也在家里」 corrects the count said without 口', async () => {
    const h = await started('麻春生', '19700301', 23, '13900007712');
    await h.say('北坪镇东岭村 3口人 一个月一千二');
    await h.say('不对 应该是4个 我小儿子在外面读书 户口也在家里');
    expect(application(h)?.fields.household_size).toBe(4);
  });

  it('「是两千八 不是三千八」 at the review corrects the income to the first figure', async () => {
    const h = await atReview('北坪镇东岭村 3口 老婆在厂里一个月三千八');
    await h.say('哦不对 老婆一个月是两千八 不是三千八 我打错了');
    expect(application(h)?.fields.monthly_income).toBe(2800);
  });

  it('「不清楚」 when asked which field to change shows the review again', async () => {
    const h = await atReview('北坪镇东岭村 3口 一个月两千');
    await h.say('修改');
    expect(h.publicState.expecting).toEqual(['edit_field']);
    const replies = await h.say('不清楚');
    expect(replies.map((r) => r.text).join('')).toContain('先不改');
    expect(h.publicState.expecting).toEqual(['confirm']);
  });
});

describe('names and places of the north and the west', () => {
  it('a Mongolian name without a Han surname is taken; the cry 艾玛 is not a name', async () => {
    const h = await started('那顺', '19510902', 31, '18600002211');
    expect(application(h)?.fields.applicant_name).toBe('那顺');
    const g = await harness();
    await g.say('艾玛 前天那场大雪把俺家牛棚压塌了 能给点补助不');
    expect(application(g)?.fields.applicant_name).toBeUndefined();
  });

  it('a name of two parts joined by a dot is kept whole, whichever dot was typed', async () => {
    const h = await started('阿依古丽.买买提', '19800101', 7, '13900007712');
    expect(application(h)?.fields.applicant_name).toBe('阿依古丽·买买提');
    expect(
      extractEntities('我是热依汗古丽•阿不都 家住伊宁').find((e) => e.type === 'person_name')?.value,
    ).toBe('热依汗古丽·阿不都');
    expect(extractEntities('我叫王芳.我想申请低保').find((e) => e.type === 'person_name')?.value).toBe(
      '王芳',
    );
  });

  it('a 嘎查 of a 苏木 of a 旗 is an address', async () => {
    const h = await started('那顺', '19510902', 31, '18600002211');
    await h.say('巴林左旗查干哈达苏木宝力根嘎查 就他一个 每月养老金加补贴 一共四百');
    expect(application(h)?.fields.address).toContain('嘎查');
  });
});

describe('words of the opening', () => {
  it('滴保 and 林时 are slips for 低保 and 临时', () => {
    expect(fixSlips('想给我爸申请个滴保')).toBe('想给我爸申请个低保');
    expect(fixSlips('问一下林时救助怎么办')).toBe('问一下临时救助怎么办');
  });

  it('money withheld from the children does not make the writer a proxy', () => {
    expect(
      inferApplicantRelation('我离婚了 前夫不给孩子生活费 我一个人养两个娃 想申请困难妇女救助'),
    ).not.toBe('亲属代为申请');
    expect(inferApplicantRelation('我想给孩子申请教育救助')).toBe('亲属代为申请');
  });

  it('an application of the past beside a question about the rules is no status check', () => {
    expect(readMessageParts('医疗救助一年最多能报多少？我们去年申请过一回了').existingApplication).toBe(
      false,
    );
    expect(readMessageParts('我家的住房救助报上去两个多月了 咋还没人来看').existingApplication).toBe(true);
    expect(readMessageParts('都两个多月了 也没人给俺回个话 俺那个低保到底管不管了').existingApplication).toBe(
      true,
    );
  });

  it('a snow disaster that killed the flock is a hardship to help with', () => {
    expect(readMessageParts('今冬雪灾 羊死了一半 草料也断了 能帮帮吗').hardship).toBe(true);
  });
});

describe('the household income a reckoning gives', () => {
  const income = (text: string) => extractMonthlyIncome(text)[0]?.value;

  it('a monthly reckoning after a yearly source stands for the household', () => {
    expect(income('老伴养老金一个月一百四 种地一年三千来块 每个月按四百算')).toBe(400);
  });

  it('a reckoning in the source’s own period settles that source only', () => {
    expect(income('婆婆养老金一个月一百六 我种地一年一万出头 算一万二吧')).toBe(1160);
  });

  it('after 没别的 the amount is the whole again', () => {
    expect(income('奶奶养老金一百五 种点菜 没别的 一个月一百五')).toBe(150);
  });

  it('the amount said to be wrong is no income', () => {
    expect(income('一个月是两千八 不是三千八')).toBe(2800);
  });
});

describe('more words of round 14 (development sets K and L)', () => {
  it('north-western 额 is 我 where a pronoun stands, and stays in 金额 and 名额', () => {
    expect(normalizeDialect('额给额孙女问一下')).toBe('我给我孙女问一下');
    expect(normalizeDialect('金额不对 名额满了 额头磕破了')).toBe('金额不对 名额满了 额头磕破了');
  });

  it('how many times, again, or both at once is a question about the rules, not yet an application', () => {
    expect(readMessageParts('医疗救助一年能申请几次 去年办过一回了').asksBesidesApplying).toBe(true);
    expect(readMessageParts('低保和临时救助能同时享受吗').asksBesidesApplying).toBe(true);
    expect(readMessageParts('我想申请临时救助').asksBesidesApplying).toBe(false);
  });

  it('a parent answering for a young child agrees for them; a group leader applies for the villager', async () => {
    const h = await harness();
    await h.say('儿子先天性心脏病要做手术 想给儿子申请医疗救助');
    await h.say('同意 娃才6岁 我是他妈');
    expect(h.publicState.expecting).not.toContain('proxy_consent');
    expect(inferApplicantRelation('我是屯里的组长 帮我们屯一户人家申请临时救助')).toBe(
      '村（居）委会代为申请',
    );
  });

  it('a choice’s words typed apart one by one still say it', async () => {
    const h = await harness();
    await h.say('我想申请残疾人补贴');
    await h.say('同意');
    if (h.publicState.expecting.includes('field:applicant_relation')) await h.say('本人申请');
    await h.say(`韦秋生 ${fakeIdNumber('19880706', 12)} 13900001234`);
    await h.say('城关镇 新华社区 一个人 一个月八百');
    while (
      !h.publicState.expecting.includes('field:disability_certificate') &&
      h.publicState.expecting.length > 0
    )
      await h.say('都没有');
    await h.say('上个月 评了 证 还没 拿到');
    expect(application(h)?.fields.disability_certificate).toBe('正在办理');
  });

  it('没挣到啥子钱 asks nothing; 我单独立户了 is a household of one', () => {
    expect(readMessageParts('腿有风湿走不动 打工也没挣到啥子钱').asksSomething).toBe(false);
    expect(readMessageParts('打工没挣到钱 有什么补助').asksSomething).toBe(true);
  });

  it('就业那个 names the employment programme', () => {
    expect(extractEntities('就业那个 咋弄').find((e) => e.type === 'assistance_type')?.value).toBe(
      'employment',
    );
  });
});

describe('a cancel taken back', () => {
  it('「还是弄嘛 刚才说的不算」 right after cancelling starts the same kind of help again, from the start', async () => {
    const h = await started('麻春生', '19700301', 23, '13900007712');
    await h.say('算了 太麻烦了 不弄了');
    expect(application(h)).toBeUndefined();
    const replies = await h.say('唉 还是弄嘛 孩子要上学 刚才说的不算');
    expect(replies.map((r) => r.text).join('')).toContain('重新来');
    expect(application(h)?.assistanceType).toBe('minimum_living');
    expect(application(h)?.fields.phone).toBeUndefined();
  });
});
