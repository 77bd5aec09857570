// Round 33 of the dialogue (development sets AP and AQ), every sentence written here, every person fictional.
// A reporter who knows only the surname, or who says who the person is in the household before the full name; the
// Wu 勒 (at) in a correction of a household's size is no strangling; a name respelt without the word 名字; a total said
// as 那就是 or 就这, and a source's figure before 加起来; chores that go well enough beside help needed, 个人 as oneself;
// Hakka 一只人; 「👍 我」 and 家公; money spent on a father's care is no application for him; how long approval usually
// takes is no status check; 法律员助 typed by sound.
import { describe, expect, it } from 'vitest';
import { inferApplicantRelation } from '../../src/forms/infer.js';
import { extractMonthlyIncome } from '../../src/nlu/entities/monthly-income.js';
import { addressedName } from '../../src/nlu/entities/person-name.js';
import { readMessageParts } from '../../src/nlu/message-parts.js';
import { createTextReader } from '../../src/text/text-reader.js';
import { fixSlips } from '../../src/text/typing-slips.js';
import { withoutIndefinites } from '../../src/nlu/question-words.js';
import { fakeIdNumber } from '../helpers/id-numbers.js';
import { played } from './form-answer-risk.js';
import { readField as read } from './read-field.js';
import { applicationOf as application, shippedHarness as harness } from './shipped-harness.js';
import { shippedReader } from './shipped-reader.js';

describe('round 33: the person a report is about', () => {
  it.each([
    ['一个七十多岁的孤老头 姓滕', '滕'],
    ['捡瓶子的老太太，她说自己姓岑', '岑'],
  ])('「%s」: only the surname is known, and staff ask after it', (answer, surname) => {
    expect(addressedName(answer)).toBe(surname);
  });

  it('「姓名不详」 and a surname said with a title keep their old readings', () => {
    expect(addressedName('姓名不详')).toBeUndefined();
    expect(addressedName('姓顾的老爷子')).toBe('顾老爷子');
  });

  it.each([
    ['一个八十多岁的独居老太太 姓芮', '芮'],
    ['甘家 户主甘海波 五十一岁', '甘海波'],
  ])('the report filed for 「%s」 names %s', async (answer, name) => {
    const h = await played('我是网格员 想报一户困难人家的情况', answer);
    expect(h.flow?.name).toBe('report');
    expect(h.flow?.state.name).toBe(name);
  });
});

describe('round 33: ordinary answers stay ordinary', () => {
  it('a Wu correction with 勒 (at) is read as an answer, not as violence', async () => {
    const h = await played('我想申请低保', '同意 本人申请', '外婆户口也勒阿拉屋里 是五个人');
    expect(h.state.urgency).toBe('none');
  });
});

describe('round 33: corrections and totals', () => {
  it('a name respelt after 打错了, without the word 名字, replaces the one given', async () => {
    const h = await harness();
    await h.say('我想申请低保');
    await h.say('同意 我自己申请');
    await h.say(`鲍金临 ${fakeIdNumber('19580611', 31)} 13900005521`);
    await h.say('哎呀打错了 是鲍金林 树林的林');
    expect(application(h)?.fields.applicant_name).toBe('鲍金林');
    expect(application(h)?.fields.address).toBeUndefined();
  });

  it.each([
    ['不对 还漏了前夫每月给的三百抚养费 那就是2300', 2300],
    ['老伴养老金六百 我低保三百 一个月就这九百', 900],
    ['我打工一个月三千我妈退休金一千二加起来四千二', 4200],
    ['两个老人养老金加起来五百六', 560],
  ])('「%s」 is %i a month', (text, amount) => {
    expect(extractMonthlyIncome(text)[0]?.value).toBe(amount);
  });
});

describe('round 33: answers in the resident’s own words', () => {
  it.each([
    ['煮饭还凑合 洗澡要我过去帮他', '部分自理'],
    ['洗衣做饭都是我个人弄 就是走不得远路', '能自理'],
  ])('「%s」 is %s', async (answer, choice) => {
    expect(await read('extreme_poverty', 'self_care', answer)).toEqual({ ok: true, value: choice });
  });

  it('Hakka 一只人 is one person', () => {
    expect(createTextReader([])('就佢自家一只人')).toContain('一个人');
  });

  it('「👍 我」 to who applies is oneself, 「帮我家公申请」 a relative', async () => {
    expect(await read('minimum_living', 'applicant_relation', '👍 我')).toEqual({
      ok: true,
      value: '本人申请',
    });
    expect(await read('minimum_living', 'applicant_relation', '帮我家婆申请')).toEqual({
      ok: true,
      value: '亲属代为申请',
    });
  });

  it('money spent on a father’s care leaves who applies to be asked', () => {
    expect(
      inferApplicantRelation('我爸去年中风了 家里钱都给他看病了 我下学期学费交不起 能申请教育救助吗'),
    ).toBeUndefined();
    expect(inferApplicantRelation('我爸中风了 想给他申请医疗救助')).toBe('亲属代为申请');
  });

  it('how long approval usually takes is a question, an application handed in weeks ago is waited on', () => {
    expect(readMessageParts('医疗救助一般交上去多久能批下来 我帮亲戚问问').existingApplication).toBe(false);
    expect(readMessageParts('医疗救助交上去快一个月了 还没消息').existingApplication).toBe(true);
  });

  it('mends 法律员助 typed by sound', () => {
    expect(fixSlips('听说有那个法律员助 不要钱')).toBe('听说有那个法律援助 不要钱');
  });
});

describe('round 33: stopping, and the urgent track', () => {
  it('「那这个我先不申请了」 after news of a job cancels the application, whatever the classifier heard', async () => {
    const h = await shippedReader();
    await h.say('厂里上个月把我裁了 想申请就业救助');
    await h.say(`同意 我叫柯秀萍 ${fakeIdNumber('19740812', 53)} 13900006617`);
    await h.say('等下 我外甥刚来电话讲他们厂里缺个仓管 喊我明天过去试试 那这个我先不申请了 谢谢侬');
    expect(h.flow).toBeNull();
    expect(h.text).toContain('取消');
  });

  it('「要交钱的话我就不弄了」 asks about the cost and cancels nothing', async () => {
    const h = await shippedReader();
    await h.say('厂里上个月把我裁了 想申请就业救助');
    await h.say(`同意 我叫柯秀萍 ${fakeIdNumber('19740812', 53)} 13900006617`);
    await h.say('对了 这个是免费的吧 要收费的话我就不弄了');
    expect(h.flow?.name).toBe('application');
  });

  it('a fire two nights ago that burnt everything, the family crowded into the brigade office, is flagged', async () => {
    const h = await shippedReader();
    await h.say('俺家前天夜里着伙了 房子烧得就剩墙了 粮食被子全烧莫了 一家人挤在村大队部 有啥救助没');
    expect(h.state.urgency).toBe('high');
  });

  it('the earner dead last week and the rent not known how to pay is flagged', async () => {
    const h = await shippedReader();
    await h.say('我男人上个礼拜突然心梗走了 家里一直靠他跑车挣钱 下个月房租都不知道怎么交 有什么救助吗');
    expect(h.state.urgency).toBe('high');
  });

  it('mends 着伙 typed for a fire, and reads a home burnt as the cause', async () => {
    expect(fixSlips('昨天晚上着伙了')).toBe('昨天晚上着火了');
    expect(await read('temporary', 'hardship_cause', '房子烧了 啥也没剩')).toEqual({
      ok: true,
      value: '火灾或自然灾害',
    });
  });
});

describe('round 33: slips and indefinites', () => {
  it('mends 第保, 房组 and 报明 typed by sound', () => {
    expect(fixSlips('想申请第保 房组一个月八百')).toBe('想申请低保 房租一个月八百');
    expect(fixSlips('想学电焊 咋报明')).toBe('想学电焊 咋报名');
  });

  it('「交了房租就不剩什么了」 asks nothing; 「还剩什么」 still asks', () => {
    expect(readMessageParts('工资交了房租就不剩什么了').askedBack).toEqual([]);
    expect(withoutIndefinites('交完房租还剩什么')).toContain('什么');
  });
});
