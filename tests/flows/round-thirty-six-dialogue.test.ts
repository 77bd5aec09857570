// Round 36 of the dialogue (development sets AV and AW), every sentence written here, every person fictional.
// A south-western 屋头 is the writer's home, so a husband hurt at work is the writer's own story; 「房子不行了」 is a
// hardship; a reporter who names a pupil (学生小明), withholds a name (钱某) or names a neighbour as neighbours do
// (独居的严阿婆家) is heard; a building head who only wonders whether help can be had reports; 出二 is 初二; a baby
// or a child of one's own (我家宝宝, 我娃儿) leaves who applies to ask; training refused is no wish for training; 「她没有
// 退休工资 应该是5口人」 corrects the household, not the income.
import { describe, expect, it } from 'vitest';
import { inferApplicantRelation } from '../../src/forms/infer.js';
import { addressedName, titledName } from '../../src/nlu/entities/person-name.js';
import { alreadyHas } from '../../src/nlu/programme-held.js';
import { normalizeDialect } from '../../src/text/dialect.js';
import { withPinyinUnits } from '../../src/text/text-reader.js';
import { readMessageParts } from '../../src/nlu/message-parts.js';
import { fakeIdNumber } from '../helpers/id-numbers.js';
import { readField as read } from './read-field.js';
import { shippedReader } from './shipped-reader.js';

describe('round 36: the writer’s own household in south-western words', () => {
  it('「屋头」 is the writer’s home: a husband in hospital is the writer’s own hardship', () => {
    const parts = readMessageParts(
      '问一下 我男人上个礼拜在厂头被机器轧了手 还在医院头住起 屋头就靠他那点工资 娃儿要交学费 咋个办嘛',
    );
    expect(parts.aboutSomeoneElse).toBe(false);
    expect(parts.ownHardship).toBe(true);
  });

  it('「屋里人」 is still a spouse, not the home', () => {
    expect(readMessageParts('我屋里人病了好久了').aboutSomeoneElse).toBe(false);
  });

  it('「房子不行了」 alone is a hardship', () => {
    expect(readMessageParts('老房子不行了').hardship).toBe(true);
  });
});

describe('round 36: how a reporter names the person', () => {
  it('a pupil by the pet name after 学生, a withheld name with 某, a neighbour before 家', () => {
    expect(addressedName('五年级学生小明，十一岁，跟爷爷住')).toBe('小明');
    expect(addressedName('钱某，四十多岁，一个人带着儿子')).toBe('钱某');
    expect(addressedName('刚去了独居的严阿婆家，她坐在地上起不来')).toBe('严阿婆');
  });

  it('leaves words that only start like a name alone', () => {
    expect(addressedName('学生小组的活动')).toBeUndefined();
    expect(addressedName('某某说的')).toBeUndefined();
    expect(addressedName('我老家在山里')).toBeUndefined();
  });

  it('an opening that names a neighbour as neighbours do is not asked who it is about', async () => {
    const h = await shippedReader();
    await h.say('紧急！我是网格员，刚到独居的严阿婆家，她倒在客厅地上，叫不应');
    expect(h.flow?.name).toBe('report');
    expect(h.publicState.expecting).not.toContain('report_subject');
  });

  it('a building head who only wonders whether help can be had files a report', async () => {
    const h = await shippedReader();
    await h.say(
      '楼长反映个事 我们楼有个腿脚不好的大哥 五十多了 上个月老母亲走了 现在一个人过 饭都吃不上 不知道能不能给他办个低保',
    );
    expect(h.flow?.name).toBe('report');
  });
});

describe('round 36: form answers', () => {
  it('出二, as voice input writes 初二, is junior high school', async () => {
    expect(await read('education', 'student_stage', '在县里中学上出二')).toEqual({ ok: true, value: '初中' });
  });

  it('what the patient paid, not how many more rounds of treatment are to come', async () => {
    expect(
      await read('medical', 'medical_costs', '总共花了九万多 医保报了五万 自己出了四万了 后面还要放疗三次'),
    ).toEqual({ ok: true, value: 40000 });
  });

  it('a number in a place’s name is no count of the household', async () => {
    expect(await read('temporary', 'household_size', '城南街道 八一村后面租的房 3 我媳妇和闺女')).toEqual({
      ok: true,
      value: 3,
    });
  });

  it('a name spelt with 是 ends before the spelt character', async () => {
    expect(await read('medical', 'applicant_name', '她叫金小梅金是黄金的金')).toEqual({
      ok: true,
      value: '金小梅',
    });
  });

  it('training refused is no wish for training', async () => {
    expect(
      await read('employment', 'employment_status', '送快递单子时有时无 我不想去培训 就想找个稳当的活'),
    ).toEqual({
      ok: true,
      value: '零工收入不稳定',
    });
    expect(await read('employment', 'employment_status', '想去学个手艺')).toEqual({
      ok: true,
      value: '想参加技能培训',
    });
  });
});

describe('round 36: for whom', () => {
  it('a baby or a child of one’s own leaves who applies to ask', () => {
    expect(inferApplicantRelation('我家宝宝两岁 查出来白血病 有没有医疗救助')).toBeUndefined();
    expect(inferApplicantRelation('我娃儿在工地上摔断了腿 听说可以申请临时救助')).toBeUndefined();
    expect(inferApplicantRelation('我想申请低保 就我跟我娃两个人')).toBe('本人申请');
    expect(inferApplicantRelation('我想替我先生申请医疗救助 他在做透析')).toBe('亲属代为申请');
  });
});

describe('round 36: for whom, in pinyin', () => {
  it('「gei wo ma shen qing」 applies for the writer’s mother', async () => {
    const h = await shippedReader();
    await h.say('nin hao, wo xiang gei wo ma shen qing lin shi jiu zhu, shou ji da bu liao zi');
    expect(h.flow?.state.fields).toMatchObject({ applicant_relation: '亲属代为申请' });
  });
});

describe('round 36: a correction that says someone has no income', () => {
  it('「她没有退休工资 应该是5口人」 corrects the household, not the income', async () => {
    const h = await shippedReader();
    await h.say('想申请低保');
    await h.say('同意 本人');
    await h.say(`韦丽萍 ${fakeIdNumber('19880305', 22)} 13700006612`);
    await h.say('城东街道新桥社区 4口人 一个月一千九');
    expect(h.flow?.state.fields).toMatchObject({ household_size: 4, monthly_income: 1900 });
    await h.say('不对不对 我婆婆户口也在我家 她没有退休工资 应该是5口人');
    expect(h.flow?.state.fields).toMatchObject({ household_size: 5, monthly_income: 1900 });
  });
});

describe('round 36: a story names a neighbour only as neighbours address them', () => {
  it('takes a surname with a title, not a role or a household', () => {
    expect(titledName('刚进了独居的严阿婆家')).toBe('严阿婆');
    expect(titledName('我是镇上小学的老师。班上有个孩子没人管')).toBeUndefined();
    expect(titledName('我们隔壁老孙家的儿子腿有残疾')).toBeUndefined();
  });
});

describe('round 36: a status check in Wu', () => {
  it('屋里厢, 哪亨 and 勿曾 read as 家里, 怎么样 and 没有', () => {
    expect(normalizeDialect('阿拉屋里厢个申请哪亨了 批下来勿曾')).toBe('我们家里个申请怎么样了 批下来没有');
  });

  it('「…个申请 现在哪亨哉 弄好勿曾」 asks after an application made', () => {
    expect(readMessageParts('我屋里厢个临时救助个申请 现在哪亨哉 弄好勿曾').existingApplication).toBe(true);
  });
});

describe('round 36: which kind of help', () => {
  it('a union member asking for the union’s help does not already draw it', () => {
    expect(alreadyHas('我是工会会员 听说工会有困难职工帮扶', '工会')).toBe(false);
    expect(alreadyHas('我家是低保户', '低保户')).toBe(true);
  });

  it('a single mother asking whether she can apply for 低保 applies for 低保, not the women’s help', async () => {
    const h = await shippedReader();
    await h.say('想问下单亲妈妈能申请低保吗😭 一个人带娃 超市上班到手两千五 房租就要一千二');
    const first = h.text;
    if (h.publicState.expecting.includes('offer_apply')) await h.say('好 帮我申请');
    expect(`${first}\n${h.text}`).toContain('申请最低生活保障');
    expect(`${first}\n${h.text}`).not.toContain('申请困难妇女儿童救助');
  });
});

describe('round 36: an amount typed in pinyin', () => {
  it('is written in characters when a digit, a unit and a digit or a word of money meet', () => {
    expect(withPinyinUnits('zi ji fu le si wan qi zuo you')).toBe('zi ji fu le 四万七 zuo you');
    expect(withPinyinUnits('yi ge yue liang qian duo')).toBe('yi ge yue 两千 duo');
    expect(withPinyinUnits('yi wan kuai')).toBe('一万 kuai');
  });

  it('leaves 把钱, 以前 and 就完了 as words', () => {
    expect(withPinyinUnits('wo ba qian gei ta le')).toBe('wo ba qian gei ta le');
    expect(withPinyinUnits('wo yi qian zai chang li')).toBe('wo yi qian zai chang li');
    expect(withPinyinUnits('na jiu wan le')).toBe('na jiu wan le');
  });
});
