// Round 42 of the dialogue (development sets BH and BI), every sentence written here, every person fictional.
// An income answer that closes on the resident's own zero (「…现在开不了车 没收入了 0」「就写0吧」) is 0; 「两个人一个月」
// before an amount is the household's total; money sent 回去 is income; a bare count standing apart in a group answer
// is the household's size; training named and then refused (「培训我就不参加了」) is no wish for it; the villagers
// kept from knowing (别让村里人知道) are no committee applying; a Min given name ending in 市 said after 叫 is a
// name; 「早就不办了」 tells no application; 「工作人员您好」 is a greeting, no grievance; 「读技校有没有补贴」 and
// 「有没有帮忙修房子的」 name education and housing help. In a report, a given name after 叫 (「他家媳妇叫春兰」), a
// Hunan 爹爹 / 娭毑 after a surname, and how she is addressed before her surname (「阿婆姓黄」) name the person.
// An application asked after: approved yet (Cantonese 审批咗未), which step (去到边一步喇), one's own matter and where
// it stands, the matter with no news after a wait (and Cantonese 批落嚟要几耐, how long until approved). A full name said after 叫 anywhere beats how she is addressed. A figure said to be the busy season's is not the income now; a
// certificate that takes a month more to come is being issued; 「房子判给她了」 asks nothing for her.
import { describe, expect, it } from 'vitest';
import { inferApplicantRelation } from '../../src/forms/infer.js';
import { appliedBefore } from '../../src/nlu/applied-before.js';
import { extractAssistanceTypes } from '../../src/nlu/entities/assistance-type.js';
import { readMessageParts } from '../../src/nlu/message-parts.js';
import { complainsAboutService } from '../../src/nlu/service-complaint.js';
import { normalizeDialect } from '../../src/text/dialect.js';
import { createTextReader } from '../../src/text/text-reader.js';
import { readField } from './read-field.js';
import { reportPlan } from './report-plan.js';

const read = createTextReader([]);
const field = (type: string, name: string, text: string): Promise<unknown> =>
  readField(type, name, read(text));

describe('round 42: household income', () => {
  it.each([
    ['我跑出租 一个月四千 现在住院开不了车 没收入了 0', 0],
    ['一个月两千五 现在在家陪护干不了 就写0吧', 0],
    ['城关镇 东风村 3个 男人做木工 一个月三千来块 眼下摔了腿做不了 0', 0],
    ['老公一个月三千 我没收入', 3000],
    ['我养老金一千八 老伴没有 两个人一个月一千八', 1800],
    ['我妈在家没收入 我每个月寄八百回去', 800],
    ['收入应该是一个月一千二左右 一千五那是旺季的时候', 1200],
  ])('「%s」 is %d a month', async (text, value) => {
    expect(await field('minimum_living', 'monthly_income', text)).toEqual({ ok: true, value });
  });
});

describe('round 42: the other fields', () => {
  it('a bare count standing apart in a group answer is the household size', async () => {
    expect(await field('minimum_living', 'household_size', '城关镇 东风村 4 我打零工 老婆在家')).toEqual({
      ok: true,
      value: 4,
    });
  });

  it('training named and then refused is no wish for training', async () => {
    expect(await field('employment', 'employment_status', '没活干 到处找活 培训我就不参加了')).toEqual({
      ok: true,
      value: '失业在找工作',
    });
    expect(await field('employment', 'employment_status', '想去参加培训')).toEqual({
      ok: true,
      value: '想参加技能培训',
    });
  });

  it('a certificate that takes a month more to come is being issued', async () => {
    expect(
      await field('disability', 'disability_certificate', '残疾证上礼拜去评了 说还要等一个多月才拿得到'),
    ).toEqual({ ok: true, value: '正在办理' });
  });

  it('a house the court gave to her is no help asked for her', () => {
    expect(inferApplicantRelation('离婚了房子判给她了 我现在在我姐家凑合住 有没有住房救助')).toBeUndefined();
    expect(inferApplicantRelation('想给她申请低保 她是我妈')).toBe('亲属代为申请');
  });

  it('the villagers kept from knowing are no committee applying', async () => {
    expect(await field('minimum_living', 'applicant_relation', '同意 能不能别让村里人知道 就我自己')).toEqual(
      {
        ok: true,
        value: '本人申请',
      },
    );
    expect(await field('minimum_living', 'applicant_relation', '村里帮他申请')).toEqual({
      ok: true,
      value: '村（居）委会代为申请',
    });
  });

  it('a Min given name ending in 市, said after 叫, is a name; a place after 叫 is not', async () => {
    expect(await field('extreme_poverty', 'applicant_name', '老人同意 奶奶叫陈金市')).toEqual({
      ok: true,
      value: '陈金市',
    });
    expect(await field('extreme_poverty', 'applicant_name', '我老家那里叫江阴市')).toMatchObject({
      ok: false,
    });
  });
});

describe('round 42: what a first message tells', () => {
  it('「早就不办了」 tells no application made', () => {
    expect(readMessageParts('厂子早就不办了 我现在没地方住 有啥政策').existingApplication).toBe(false);
    expect(readMessageParts('上个月已经申请了低保 一直没消息').existingApplication).toBe(true);
  });

  it('a greeting to the staff is no grievance about them', () => {
    expect(complainsAboutService('工作人员您好 孩子他爸一分抚养费不给 妇联能帮帮我吗')).toBe(false);
    expect(complainsAboutService('工作人员态度太差 推来推去')).toBe(true);
  });

  it.each([
    ['孩子在读技校 有没有补贴', 'education'],
    ['有没有帮忙修房子的', 'housing'],
  ])('「%s」 names %s help', (text, code) => {
    expect(extractAssistanceTypes(text).map((e) => e.value)).toEqual([code]);
  });
});

describe('round 42: who a report is about', () => {
  it.each([
    ['老周家媳妇叫春兰 带两个娃', '春兰'],
    ['对门的罗爹爹和罗娭毑 八十多了', '罗爹爹'],
    ['阿婆姓黄 七十六岁', '黄阿婆'],
    ['老太太姓蒋 七十多 名字她自己说叫蒋玉华', '蒋玉华'],
  ])('「%s」 names %s', async (answer, name) => {
    const plan = await reportPlan([answer, '城关镇 新桥村', '没吃的了', '挺急的', '13900004417']);
    expect(plan?.fields.applicant_name).toBe(name);
  });

  it('「不知道叫啥」 names no one', async () => {
    const plan = await reportPlan([
      '楼下的老太太 不知道叫啥',
      '城关镇 新桥村',
      '没吃的了',
      '挺急的',
      '13900004417',
    ]);
    expect(plan?.fields.applicant_name).toBeUndefined();
  });
});

describe('round 42: an application asked after', () => {
  const asksAfter = (text: string): boolean => appliedBefore(normalizeDialect(read(text)));

  it.each([
    '想问下我妈嘅低保 审批咗未呀',
    '我想查下我老豆嗰个临时救助申请 而家去到边一步喇',
    '我家那个危房改造的事 到底在哪个部门手上 你们帮我查查',
    '都二十多天了 医疗救助的事一点动静都没有',
    '我的残疾人补贴批下来了没有',
  ])('「%s」 asks after an application', (text) => {
    expect(asksAfter(text)).toBe(true);
  });

  it.each(['低保要审批吗', '低保一般多久能批下来', '我的低保的事 想问下要什么材料'])(
    '「%s」 asks after none',
    (text) => {
      expect(asksAfter(text)).toBe(false);
    },
  );
});

describe('round 42: Cantonese for how long until approved', () => {
  it('「批落嚟要几耐」 reads as 批下来要多久', () => {
    expect(normalizeDialect('医疗救助由申请到批落嚟要几耐')).toBe('医疗救助由申请到批下来要多久');
  });
});
