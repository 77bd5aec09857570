import { beforeAll, describe, expect, it } from 'vitest';
import { fillFields, inferOpening } from '../../src/flows/application/fill.js';
import type { FormDefinition, FormRegistry } from '../../src/forms/form-registry.js';
import { inferApplicantRelation, namesRelative } from '../../src/forms/infer.js';
import { loadForms } from '../../src/forms/load-forms.js';
import { readAnswer, type FieldValue } from '../../src/forms/read-answer.js';
import { extractEntities } from '../../src/nlu/entities/index.js';
import { extractMonthlyIncome } from '../../src/nlu/entities/monthly-income.js';
import { fakeIdNumber } from '../helpers/id-numbers.js';

let forms: FormRegistry;
beforeAll(async () => {
  forms = await loadForms('forms', { warn: () => undefined });
});

function form(type: string): FormDefinition {
  return forms.forType(type);
}

function read(type: string, name: string, text: string): FieldValue | undefined {
  const field = form(type).fields.find((f) => f.name === name)!;
  const reading = readAnswer(field, text, extractEntities(text));
  return reading.ok ? reading.value : undefined;
}

function opening(type: string, text: string): Record<string, FieldValue> {
  const fields: Record<string, FieldValue> = {};
  inferOpening(form(type), fields, text, extractEntities(text));
  return fields;
}

describe('words that look like an answer but are not one', () => {
  it('counts nobody in 窗口 or 周六 when the household question is asked', () => {
    const definition = form('minimum_living');
    const asked = definition.fields.filter((f) =>
      ['address', 'household_size', 'monthly_income'].includes(f.name),
    );
    const text = '请问服务窗口星期六开门不';
    expect(
      fillFields({}, definition, text, extractEntities(text), asked).fields.household_size,
    ).toBeUndefined();
  });

  it('reads a per-month amount by the period word next to it, not a 去年 earlier in a long story', () => {
    const [income] = extractMonthlyIncome('前年出了车祸后来就在菜场帮人卸货每个月挣个一千八左右娃在上学');
    expect(income?.value).toBe(1800);
    expect(extractMonthlyIncome('去年全年收入三万六')[0]?.value).toBe(3000);
  });

  it('takes 现在 over a usual or earlier figure set against it', () => {
    expect(read('temporary', 'monthly_income', '目前一分钱进账都没有 平常跑车一个月五千来块')).toBe(0);
    expect(read('temporary', 'monthly_income', '之前厂里三千二 现在只有低保六百')).toBe(600);
  });
});

describe('choices named in the resident’s words', () => {
  it('does not read a death in 烦死了 or in money 被骗走了', () => {
    // Round 39: money taken by a swindle is a cause of its own (其他), not the death 走了 would be.
    expect(opening('temporary', '急死了 家里的钱全让人骗走了 想申请临时救助').hardship_cause).toBe('其他');
    expect(opening('temporary', '愁死了 我男人上个月走了 想申请临时救助').hardship_cause).toBe(
      '家里主要劳力去世',
    );
  });

  it('takes an accident as the cause of the hospital stay that follows it', () => {
    expect(opening('temporary', '我爸骑车被车撞了住院 想申请临时救助').hardship_cause).toBe('意外事故');
  });

  it('does not name a choice the answer says it is not (「不是生病」)', () => {
    expect(read('temporary', 'hardship_cause', '不算生病 是家里被偷光了')).toBe('其他');
  });

  it('takes 其他 for a description that names no choice, but not a question back', () => {
    expect(read('temporary', 'hardship_cause', '做生意被人坑了全赔进去')).toBe('其他');
    expect(read('temporary', 'hardship_cause', '这个该选哪个呢')).toBeUndefined();
    expect(read('temporary', 'hardship_cause', '嗯')).toBeUndefined();
  });

  it('reads a crowded home as a home (其他), not as having none', () => {
    expect(
      opening('housing', '一家五口挤在三十平的房子里 大女儿都没地方住 想申请住房救助').housing_situation,
    ).toBe('其他');
  });

  it('takes the training asked for, before or after the work looked for', () => {
    expect(opening('employment', '想出去找工作 可是没手艺 能不能参加培训').employment_status).toBe(
      '想参加技能培训',
    );
    expect(opening('employment', '想学门技术 我下岗两年了').employment_status).toBe('想参加技能培训');
    expect(opening('employment', '厂里裁员 我失业了 在找工作').employment_status).toBe('失业在找工作');
  });
});

describe('who applies', () => {
  it('is the writer when a village cadre only told them to apply', () => {
    expect(inferApplicantRelation('社区网格员让我上网申请低保 你帮我弄一下')).not.toBe(
      '村（居）委会代为申请',
    );
    expect(inferApplicantRelation('我是村委会的 替村里一位孤老申请特困')).toBe('村（居）委会代为申请');
  });

  it('asks, or takes a relative, from an opening in pinyin that names one', () => {
    expect(inferApplicantRelation('wo lao gong sheng bing le xiang shen qing di bao')).toBeUndefined();
    expect(inferApplicantRelation('bang wo nai nai shen qing te kun')).toBe('亲属代为申请');
  });

  it('is a relative when the writer says whose relative they are and acts for them', () => {
    expect(inferApplicantRelation('我是刘德兰的外孙女 想替她申请特困')).toBe('亲属代为申请');
  });

  it('is the committee when the village itself acts for the person', () => {
    expect(inferApplicantRelation('村东头有个孤老 社区准备替他申请五保')).toBe('村（居）委会代为申请');
  });

  it('asks when the writer tells of someone else (村里有个…), and 累死了 is no death', () => {
    expect(inferApplicantRelation('我们小区有位独居老人 腿脚不好 能申请特困吗')).toBeUndefined();
    expect(inferApplicantRelation('忙死了 闺女又住院了 想申请医疗救助')).toBeUndefined();
  });

  it('reads 我个人 as oneself', () => {
    expect(read('minimum_living', 'applicant_relation', '我个人')).toBe('本人申请');
  });

  it('is a relative when the name answer says whose name it is', () => {
    expect(namesRelative('俺闺女叫孙佳怡')).toBe(true);
    expect(namesRelative('外甥女叫吴雨桐 身份证…')).toBe(true);
    expect(namesRelative('我叫孙佳怡')).toBe(false);
    const definition = form('education');
    const asked = definition.fields.filter((f) => ['applicant_name', 'id_number', 'phone'].includes(f.name));
    const text = `我外孙叫何子轩 ${fakeIdNumber('20120304', 215)} 13900002468`;
    const { fields } = fillFields(
      { applicant_relation: '本人申请' },
      definition,
      text,
      extractEntities(text),
      asked,
    );
    expect(fields).toMatchObject({ applicant_relation: '亲属代为申请', applicant_name: '何子轩' });
  });
});

describe('corrections in passing', () => {
  it('takes a figure said too high (说多了) while another question is asked', () => {
    const definition = form('minimum_living');
    const asked = definition.fields.filter((f) => f.name === 'special_members');
    const text = '刚才工资报多了 一个月一千三百块';
    const { fields } = fillFields({ monthly_income: 1800 }, definition, text, extractEntities(text), asked);
    expect(fields.monthly_income).toBe(1300);
  });
});

describe('income told in parts or by another period', () => {
  const income = (text: string) => read('minimum_living', 'monthly_income', text);

  it('adds what each member brings in, with or without an income word', () => {
    expect(income('媳妇一个月两千一 我八百')).toBe(2900);
    expect(income('我九百 老伴一千一')).toBe(2000);
  });

  it('adds an amount said to come on top (加上), whatever it is called', () => {
    expect(income('低保金五百 加上高龄补贴一百五')).toBe(650);
    expect(income('退休金两千加上老伴的六百')).toBe(2600);
  });

  it('multiplies a day’s pay by the days worked in a month', () => {
    expect(income('一天八十 一个月能干二十五天')).toBe(2000);
    expect(income('一天两百 每个月就十来天活')).toBe(2000);
  });

  it('reads a range said alone and an amount with its year after it', () => {
    expect(income('三四千吧')).toBe(3500);
    expect(income('三万六一年')).toBe(3000);
  });

  it('never reads a year of birth or a house number after a member as money', () => {
    expect(extractMonthlyIncome('我1962年生的 老伴也退休了')).toEqual([]);
    expect(extractMonthlyIncome('他住306室')).toEqual([]);
  });
});

describe('medical costs net of what insurance paid back', () => {
  const costs = (text: string) => read('medical', 'medical_costs', text);

  it('takes the reimbursed amount or share off the cost', () => {
    expect(costs('住院一共花了九万 医保报销了六万')).toBe(30000);
    expect(costs('手术费五万 报了一半')).toBe(25000);
    expect(costs('化疗花了四万 能报百分之六十')).toBe(16000);
  });

  it('takes the share the resident says they pay, whatever else is told', () => {
    expect(costs('花了十万 报了六万 剩下的四万自己出')).toBe(40000);
    expect(costs('报完以后个人还要付一万五')).toBe(15000);
  });

  it('reads a plain amount as it is', () => {
    expect(costs('大概三万')).toBe(30000);
  });
});

describe('choices said not to apply', () => {
  const members = (text: string) => read('minimum_living', 'special_members', text);

  it('never takes a negated choice for the choice itself', () => {
    expect(members('家里没有残疾的 老公有心脏病 常年吃药')).toBe('有重病病人');
    expect(members('没人念书 也没有病号')).toBe('都没有');
  });
});

describe('names', () => {
  const name = (text: string) => read('minimum_living', 'applicant_name', text);

  it('joins a surname typed apart from the given name', () => {
    expect(name('我叫赵 春梅')).toBe('赵春梅');
  });

  it('takes no name from an answer that says it is not known', () => {
    expect(name('她大名我记不清了 就知道姓周')).toBeUndefined();
  });
});

describe('a group answer with a town that starts with a surname', () => {
  it('keeps the town in the address and takes no name from the other words', () => {
    const definition = form('minimum_living');
    const asked = definition.fields.filter((f) =>
      ['address', 'household_size', 'monthly_income'].includes(f.name),
    );
    const text = '周庄镇 东林村 两口 没收入';
    const { fields } = fillFields({}, definition, text, extractEntities(text), asked);
    expect(fields).toMatchObject({ address: '周庄镇东林村', household_size: 2, monthly_income: 0 });
    expect(fields.applicant_name).toBeUndefined();
  });

  it('adds what a member earns told with what they do (老婆做保洁一千五)', () => {
    expect(read('minimum_living', 'monthly_income', '我送快递三千 媳妇摆摊一千')).toBe(4000);
    expect(read('minimum_living', 'monthly_income', '老伴住院两千 我退休金一千九')).toBe(1900);
  });
});

describe('type questions in plain words', () => {
  it('reads children who cannot help, children who can, and a bare 有', () => {
    expect(read('extreme_poverty', 'supporters', '有个闺女 嫁得远 自己日子也难')).toBe('有但没有能力赡养');
    expect(read('extreme_poverty', 'supporters', '有三个儿子')).toBe('有');
    expect(read('disability', 'disability_certificate', '有的')).toBe('有残疾证');
    expect(read('disability', 'disability_certificate', '前年就办好了')).toBe('有残疾证');
  });

  it('reads grades numbered through middle school and a stage before a grade', () => {
    expect(read('education', 'student_stage', '上八年级')).toBe('初中');
    expect(read('education', 'student_stage', '研二')).toBe('大学');
  });
});

describe('everyday words for a type’s choices', () => {
  it('reads job loss, injuries, renting and gig work said plainly', () => {
    expect(read('temporary', 'hardship_cause', '单位裁员把我裁了')).toBe('失业断了收入');
    expect(read('temporary', 'hardship_cause', '干活扭伤了腰')).toBe('生病或受伤');
    expect(read('housing', 'housing_situation', '现在租住在城里 房东要涨价 付不起')).toBe('租房负担不起');
    expect(read('employment', 'employment_status', '跑单送餐 最近活少')).toBe('零工收入不稳定');
  });
});

describe('household counted in parts', () => {
  const size = (text: string) => read('minimum_living', 'household_size', text);

  it('adds grown-ups and children counted apart', () => {
    expect(size('两大两小')).toBe(4);
    expect(size('两个大人一个孩子')).toBe(3);
  });

  it('adds who lives with a couple, and children counted by 俩 / 仨', () => {
    expect(size('老两口加上一个外孙女')).toBe(3);
    expect(size('我带着俩娃')).toBe(3);
  });

  it('counts a pair named in one word as two (公婆, 爸妈)', () => {
    expect(size('我、老婆、我爸妈')).toBe(4);
  });

  it('still takes a count said outright over the parts', () => {
    expect(size('我和俩孩子还有婆婆 四口')).toBe(4);
  });
});

describe('a correction to the hardship question', () => {
  it('corrects the field it names and is not kept as the hardship', () => {
    const definition = form('minimum_living');
    const asked = definition.fields.filter((f) => f.name === 'hardship');
    const text = '手机号码错了 应该是13700002468';
    const filling = fillFields({ phone: '13700002460' }, definition, text, extractEntities(text), asked);
    expect(filling.fields.phone).toBe('13700002468');
    expect(filling.fields.hardship).toBeUndefined();
  });
});

describe('a figure whose last digit is a range', () => {
  it('takes the middle (一千二三 → 1250), per month when a year is said', () => {
    expect(read('minimum_living', 'monthly_income', '每月三千六七')).toBe(3650);
    expect(read('minimum_living', 'monthly_income', '两万四五一年')).toBe(2042);
  });

  it('keeps numbers the resident typed apart as two numbers', () => {
    expect(read('minimum_living', 'monthly_income', '一千五 两口人')).toBe(1500);
  });
});

describe('thousands typed as k', () => {
  it('reads 3k and 2.5K as yuan, alone or in a group answer', () => {
    expect(read('minimum_living', 'monthly_income', '每个月4k左右')).toBe(4000);
    const definition = form('minimum_living');
    const asked = definition.fields.filter((f) =>
      ['address', 'household_size', 'monthly_income'].includes(f.name),
    );
    const text = '澄江街道 南门社区 两口 月入2.5K';
    expect(fillFields({}, definition, text, extractEntities(text), asked).fields.monthly_income).toBe(2500);
  });
});

describe('choices in residents’ words (dialogue round 9)', () => {
  it('reads a heart operation or medicine that cannot stop as serious illness, and 别的没有 as nothing else', () => {
    expect(read('minimum_living', 'special_members', '老伴心脏放了支架 药不能断 别的没有')).toBe(
      '有重病病人',
    );
  });

  it('a certificate never applied for is no disability', () => {
    expect(read('minimum_living', 'special_members', '都没有 老头子眼睛花 但没办过残疾证')).toBe('都没有');
  });

  it('chores done by oneself (煮得来) are self-care; a bath one cannot take is partly', () => {
    expect(read('extreme_poverty', 'self_care', '饭菜都煮得来 衣服也能洗')).toBe('能自理');
    expect(read('extreme_poverty', 'self_care', '一个人洗不了澡 饭也要邻居送')).toBe('部分自理');
  });

  it('a child named in the opening and then why they cannot support: the inability wins', () => {
    expect(opening('extreme_poverty', '帮村里的老刘头申请五保 他就一个闺女 还在监狱服刑').supporters).toBe(
      '有但没有能力赡养',
    );
  });
});

describe('no income said last in a group answer', () => {
  it('「…村 一个 没有」 is a household of one with no income, not an income of 1', () => {
    const definition = form('extreme_poverty');
    const asked = definition.fields.filter((f) =>
      ['address', 'household_size', 'monthly_income'].includes(f.name),
    );
    const text = '青阳镇里山村 一个 没有';
    const { fields } = fillFields({}, definition, text, extractEntities(text), asked);
    expect(fields.household_size).toBe(1);
    expect(fields.monthly_income).toBe(0);
  });
});
