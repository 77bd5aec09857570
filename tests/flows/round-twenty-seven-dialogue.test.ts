// Round 27 of the dialogue (development sets AC and AD), every sentence written here. A cadre handing in an
// application for a named household applies; one asking about a named kind of help for someone, or what to bring
// for it, is answered and offered the form, not made to file a report; a reported person is named as staff will ask
// after them (姓X的老爷子, X家老两口, a full name later in the answer, a pupil after his class); a pinyin message
// with an aside in brackets is still pinyin; an answer about a named programme from a document ends with the offer
// to apply; a family put up in the village office after a disaster of the last days is sudden hardship, unhurt or
// not; neighbours bringing food are care, not nobody; 「你们看她这种情况」 asks for a judgement, no complaint.
import { describe, expect, it } from 'vitest';
import { addressedName } from '../../src/nlu/entities/person-name.js';
import { extractMonthlyIncome } from '../../src/nlu/entities/monthly-income.js';
import { readMessageParts } from '../../src/nlu/message-parts.js';
import { carerPresent } from '../../src/engine/carer-present.js';
import { complainsAboutService } from '../../src/nlu/service-complaint.js';
import { shippedAssessor } from '../nlu/risk/fixture.js';
import { shippedReader } from './shipped-reader.js';

describe('round 27: who a report is about', () => {
  it.each([
    ['姓钱的老太太 快九十了', '钱老太太'],
    ['单元里老孙家 儿子三十多 瘫在床上', '孙家儿子'],
    ['程家老两口 都八十出头', '程家老两口'],
  ])('「%s」 is named %s', (text, name) => {
    expect(addressedName(text)).toBe(name);
  });

  it.each(['我家老两口', '人家孩子', '大家老人'])('「%s」 names nobody', (text) => {
    expect(addressedName(text)).toBeUndefined();
  });

  it('a full name later in the answer is the one staff look up', async () => {
    const h = await shippedReader();
    await h.say('我是网格员 想报告一户困难老人');
    await h.say('宋家老两口 宋长林和他老伴');
    expect((h.flow?.state as { name?: string }).name).toBe('宋长林');
  });

  it('a pupil named after the class is named by the name', async () => {
    const h = await shippedReader();
    await h.say('我是小学老师 想反映一个学生家里的情况');
    await h.say('三年级学生江雨桐 女 九岁');
    expect((h.flow?.state as { name?: string }).name).toBe('江雨桐');
  });
});

describe('round 27: a cadre for a household', () => {
  it('handing in an application for them applies', () => {
    const parts = readMessageParts('我是村委会的 帮我们组一户困难户邵志强家递交医疗救助申请 他本人同意');
    expect(parts.wantsToApply).toBe(true);
    expect(readMessageParts('提交申请以后多久有结果').wantsToApply).toBe(false);
  });

  it.each([
    '我是村妇女主任 帮我们村韦桂兰家问一下低保 她男人瘫在床上好几年 孩子还小 全靠她一个人',
    '我是社区的 辖区有个孩子爸妈都不在身边 想看看有没有困境儿童的救助',
    '临时救助要准备哪些材料 村里有户人家想申请 我先问清楚',
  ])('「%s」 is answered, not filed as a report', async (text) => {
    const h = await shippedReader();
    await h.say(text);
    expect(h.flow?.name).not.toBe('report');
    expect(h.state.topic).toBe('ask_policy');
  });
});

describe('round 27: a pinyin message with an aside', () => {
  it('is read as pinyin, not as another language', async () => {
    const h = await shippedReader();
    await h.say('wo xiang shen qing di bao (shou ji mei you zhong wen)');
    expect(h.state.topic).not.toBe('other_language');
    expect(h.state.urgency).toBe('none');
  });
});

describe('round 27: urgency of a conversation', () => {
  it('a family put up in the village office after last night’s flood is high', async () => {
    const h = await shippedReader();
    await h.say('昨天夜里河水漫进屋 吃的穿的全泡了 我们一家三口现在住在村部 想申请受灾救助');
    expect(h.state.urgency).toBe('high');
  });

  it('housed with a brother after a fire it is not', async () => {
    const h = await shippedReader();
    await h.say('前天屋里着火了 人都没事 现在住在我哥家 想申请临时救助');
    expect(h.state.urgency).toBe('none');
  });

  it.each([
    '楼上大姐的儿子智力残疾 大姐前天住院了 他一个人在家 我们几个邻居轮流给他送饭',
    '他妈昨天中风送医院了 孩子一个人在家 今天我送了点吃的过去',
  ])('「%s」 has someone caring for now', (text) => {
    expect(carerPresent(text)).toBe(true);
  });

  it('shut in, no one is caring whatever else is said', () => {
    expect(carerPresent('老人被锁在屋里 邻居从窗户给他送饭')).toBe(false);
  });
});

describe('round 27: asked for their judgement', () => {
  it('「你们看她这种情况能不能申请」 is a question, not a complaint', () => {
    expect(complainsAboutService('我舅一个人住 腿脚不好 你们看他这种情况能不能申请五保')).toBe(false);
    expect(complainsAboutService('你们看看你们这态度')).toBe(true);
  });
});

describe('round 27: a figure of speech and the net', () => {
  it('「急死了」 does not calm a sudden hardship the net hears in the rest', async () => {
    const { assess } = await shippedAssessor();
    const verdict = assess(
      '我老公上周突然脑出血 现在还在重症监护室 一天好几千 家里就靠他挣钱 存款已经花光了 借也借遍了 房贷这个月也还不上 能申请临时救助吗 急死了',
    );
    expect(['high', 'critical']).toContain(verdict.level);
  });
});

describe('round 27, third pass', () => {
  it('a death of two weeks ago that leaves the writer not knowing how to go on is sudden hardship', async () => {
    const h = await shippedReader();
    await h.say('我男人半个月前在工地上出事没了 家里三个孩子 我真不知道以后咋办 能办低保吗');
    expect(h.state.urgency).toBe('high');
  });

  it('a loss of last year told the same way is the reason to apply', async () => {
    const h = await shippedReader();
    await h.say('我男人去年在工地上出事没了 家里三个孩子 我真不知道以后咋办 能办低保吗');
    expect(h.state.urgency).toBe('none');
  });

  it('a question about the local amount the bot cannot give counts as one it could not answer', async () => {
    const h = await shippedReader();
    await h.say('我们这里低保标准一个月多少钱一个人');
    expect(h.state.understood).toBe(false);
    expect(h.text).toContain('没有当地的数字');
  });

  it('a report’s answer is read within the report: 「急 房子没了 天冷」 after a fire of yesterday is high', async () => {
    const h = await shippedReader();
    await h.say('我想反映一下邻居家的情况');
    await h.say('邻居邹大爷两口子');
    await h.say('璜土镇石庄村');
    await h.say('昨天晚上灶房起火 房子烧了一半 人没事 两个老人先住在我家 衣服被子都烧了');
    await h.say('急 房子没了 天又冷');
    expect((h.flow?.state as { detected?: string }).detected).toBe('high');
  });
});

describe('round 27, third pass: income reckoned by the resident', () => {
  it.each([
    ['我老伴打零工一个月两千多 我在家照顾孙子 两千四吧', 2400],
    ['厂里上班两千八 做点手工一个月两三百 算三千一吧', 3100],
  ])('「%s」 is %i a month', (text, monthly) => {
    expect(extractMonthlyIncome(text)[0]?.value).toBe(monthly);
  });

  it('a second earner told with 吧 is still added', () => {
    expect(extractMonthlyIncome('老公一个月三千多 我打零工八百吧')[0]?.value).toBe(3800);
  });
});
