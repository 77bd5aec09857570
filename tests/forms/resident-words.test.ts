import { beforeAll, describe, expect, it } from 'vitest';
import { fillFields, inferOpening, withTold } from '../../src/flows/application/fill.js';
import { addressSpan, correctAddress } from '../../src/forms/address-span.js';
import { namedCorrection } from '../../src/flows/application/named-correction.js';
import { hardshipFromMessage, inferApplicantRelation } from '../../src/forms/infer.js';
import type { FormDefinition, FormRegistry } from '../../src/forms/form-registry.js';
import { loadForms } from '../../src/forms/load-forms.js';
import { readAnswer, type FieldValue } from '../../src/forms/read-answer.js';
import { extractAddresses } from '../../src/nlu/entities/address.js';
import { extractHouseholdSize } from '../../src/nlu/entities/household-size.js';
import { extractEntities } from '../../src/nlu/entities/index.js';
import { extractMonthlyIncome } from '../../src/nlu/entities/monthly-income.js';
import { blankNumberIdioms } from '../../src/nlu/entities/number-idioms.js';
import { createPinyinReader } from '../../src/text/pinyin-reader.js';

let forms: FormRegistry;
beforeAll(async () => {
  forms = await loadForms('forms', { warn: () => undefined });
});

function form(type: string): FormDefinition {
  return forms.forType(type);
}

/** What one message gives the fields asked (by name) of a form, as the filling stage reads it. */
function answer(type: string, names: string[], text: string): Record<string, FieldValue> {
  const definition = form(type);
  const asked = definition.fields.filter((f) => names.includes(f.name));
  return fillFields({}, definition, text, extractEntities(text), asked).fields;
}

function read(type: string, name: string, text: string): FieldValue | undefined {
  const field = form(type).fields.find((f) => f.name === name)!;
  const reading = readAnswer(field, text, extractEntities(text));
  return reading.ok ? reading.value : undefined;
}

describe('numerals that are not amounts', () => {
  it('blanks 一下 / 一起 / 加一块 and keeps every other character in its place', () => {
    const text = '稍等一下 俩人加一块一个月九百';
    const blanked = blankNumberIdioms(text);
    expect(blanked).toHaveLength(text.length);
    expect(blanked).not.toContain('一下');
    expect(blanked).not.toContain('加一块');
    expect(blanked).toContain('一个月九百');
  });

  it.each(['稍等一下 我去问问', '我一直在外面忙', '你说慢一点'])('「%s」 is no income', (text) => {
    expect(read('minimum_living', 'monthly_income', text)).toBeUndefined();
  });

  it('reads the amount after a together-word, not the together-word', () => {
    expect(read('minimum_living', 'monthly_income', '老两口养老金加一块一个月五百二')).toBe(520);
    expect(read('minimum_living', 'monthly_income', '我们一起挣 一个月一千五')).toBe(1500);
  });
});

describe('household size in residents’ words', () => {
  it.each([
    ['母女两个', 2],
    ['就俺跟老伴儿', 2],
    ['我们娘儿仨', 3],
    ['俺家一家五口', 5],
    ['就她自个儿', 1],
    ['我跟俩闺女还有公公 四口', 4],
    ['5 两口子带仨孩子', 5],
    ['爷孙两个人', 2],
  ])('「%s」 → %d', (text, value) => {
    expect(read('minimum_living', 'household_size', text)).toBe(value);
  });

  it('does not take one person doing something for a household of one', () => {
    expect(extractHouseholdSize('我一个人里外忙 实在顾不过来')).toEqual([]);
    expect(extractHouseholdSize('我一个人上班养全家')).toEqual([]);
    expect(extractHouseholdSize('他一个人住在老屋')[0]?.value).toBe(1);
    expect(extractHouseholdSize('家里就我一个人')[0]?.value).toBe(1);
  });

  it('a first message that lists people but says no number leaves the household to ask', () => {
    const definition = form('minimum_living');
    const text = '帮我爸申请低保 他腿不好 我弟在读高中 我一个人来回跑';
    const { fields } = fillFields({}, definition, text, extractEntities(text), []);
    expect(fields.household_size).toBeUndefined();
  });
});

describe('monthly income in residents’ words', () => {
  it.each([
    ['一千五', 1500],
    ['三千出头', 3000],
    ['两千不到', 2000],
    ['九百来块', 900],
    ['退休金520 老伴没有收入', 520],
    ['媳妇打工两千三 我没有收入', 2300],
    ['原来开出租一个月五千多 现在没收入', 0],
    ['两百多 其实是二百三', 230],
    ['大概七百多吧 七百二', 720],
    ['低保三百 残疾补贴一百 一共四百', 400],
    ['一年三万六', 3000],
    ['一分钱收入都没有', 0],
  ])('「%s」 → %d', (text, value) => {
    expect(read('minimum_living', 'monthly_income', text)).toBe(value);
  });

  it('a count said with 一共 is not a total income', () => {
    expect(
      answer('minimum_living', ['household_size', 'monthly_income'], '我们一共五个人 一个月一千八'),
    ).toEqual({
      household_size: 5,
      monthly_income: 1800,
    });
  });

  it('a group answer fills both fields: a bare count first, an amount without 元', () => {
    expect(answer('minimum_living', ['household_size', 'monthly_income'], '3口 2600')).toEqual({
      household_size: 3,
      monthly_income: 2600,
    });
    expect(answer('minimum_living', ['household_size', 'monthly_income'], '4 两口子都上班 一共六千')).toEqual(
      {
        household_size: 4,
        monthly_income: 6000,
      },
    );
    expect(
      answer('minimum_living', ['household_size', 'monthly_income'], '就俺跟老伴儿 养老金每月九百'),
    ).toEqual({
      household_size: 2,
      monthly_income: 900,
    });
    expect(answer('minimum_living', ['household_size', 'monthly_income'], '一个人 420')).toEqual({
      household_size: 1,
      monthly_income: 420,
    });
  });

  it('an income told in passing in a first message is left to ask, unless it is the household’s own', () => {
    const definition = form('minimum_living');
    for (const text of [
      '想申请低保 我在饭店洗碗一个月两千多',
      '想申请低保 我打零工一天一百五',
      '想申请低保 工资三千不到',
      // One member's pay, or a source lost, is not yet the household's income.
      '想申请临时救助 我在镇上卖凉粉一个月两千四',
      '男人干活的砖厂关了 家里一下子断了收入 想问临时救助',
    ]) {
      const { fields } = fillFields({}, definition, text, extractEntities(text), []);
      expect(fields.monthly_income, text).toBeUndefined();
    }
    const exact = '想申请低保 家里每个月收入1800';
    expect(fillFields({}, definition, exact, extractEntities(exact), []).fields.monthly_income).toBe(1800);
  });

  it('the extractor skips what the household used to earn', () => {
    expect(extractMonthlyIncome('以前跑运输一个月八千 现在没有收入')[0]?.value).toBe(0);
  });
});

describe('names, phones and addresses', () => {
  it('takes the name, never who the person is or a place', () => {
    expect(read('minimum_living', 'applicant_name', '我公公 徐福生')).toBe('徐福生');
    expect(read('minimum_living', 'applicant_name', '我公公')).toBeUndefined();
    expect(read('minimum_living', 'applicant_name', '石桥村')).toBeUndefined();
    expect(read('minimum_living', 'applicant_name', '赵 小 红')).toBe('赵小红');
    // A correction: the name said to be wrong and the words about a character are not the name.
    expect(read('minimum_living', 'applicant_name', '名字打错了 不是黎文华 是李文华')).toBe('李文华');
    expect(read('minimum_living', 'applicant_name', '写错了 是李家的李 但是姓是李 李文华')).toBe('李文华');
  });

  it('a group answer gives the phone read aloud in numerals beside a name and an ID', () => {
    const id = '32028119640512007X';
    const fields = answer('minimum_living', ['applicant_name', 'id_number', 'phone'], `我叫韩德来 ${id} 幺三九零零零零四三二一`);
    expect(fields).toMatchObject({ applicant_name: '韩德来', id_number: id, phone: '13900004321' });
  });

  it('a correction sent when the hardship is asked corrects its field and is not taken for the hardship', () => {
    const definition = form('minimum_living');
    const asked = definition.fields.filter((f) => f.name === 'hardship');
    const text = '哎哟写错了 是五口人 我儿媳的户口也在';
    const filling = fillFields({ household_size: 4 }, definition, text, extractEntities(text), asked);
    expect(filling.fields.household_size).toBe(5);
    expect(filling.fields.hardship).toBeUndefined();
    const story = '老伴不是不想干活 是腰坏了 家里就靠我一个人';
    expect(fillFields({ household_size: 2 }, definition, story, extractEntities(story), asked).fields.hardship).toBe(story);
  });

  it('takes an amount the resident settles on after a range, and never an expense beside the income', () => {
    expect(read('minimum_living', 'monthly_income', '做点零活 一个月五六百 算六百吧')).toBe(600);
    expect(read('minimum_living', 'monthly_income', '一个月两三千 按两千五算')).toBe(2500);
    expect(read('minimum_living', 'monthly_income', '我开车一个月五千 孩子看病每个月要两千多')).toBe(5000);
  });

  it('reads a phone read aloud in numerals, or with a lead-in and dashes', () => {
    expect(read('minimum_living', 'phone', '幺五八零零零零一二三四')).toBe('15800001234');
    expect(read('minimum_living', 'phone', '我手机：158-0000-1234')).toBe('15800001234');
  });

  it('never takes the writer’s workplace for an address', () => {
    expect(extractAddresses('我是新桥镇黄河村的网格员 替一户人家问问')).toEqual([]);
    expect(extractAddresses('我在璜土镇石庄村上班')).toEqual([]);
    expect(extractAddresses('我住在璜土镇石庄村')[0]?.value).toBe('璜土镇石庄村');
  });

  it('keeps an address said twice once, and the characters of a place written among pinyin', () => {
    expect(addressSpan('住在周庄镇华西村5组 住在周庄镇华西村5组')).toBe('周庄镇华西村5组');
    expect(addressSpan('wo zhu zai zhouzhuang zhen (周庄镇)')).toBe('周庄镇');
  });

  it('takes a correction inside an address answer, and never a unit without a name (镇上, 村里)', () => {
    expect(addressSpan('江阴市周庄镇东风村 不对是东升村 五组')).toBe('江阴市周庄镇东升村五组');
    expect(addressSpan('周庄镇长寿村3组 说错了 应该是4组')).toBe('周庄镇长寿村4组');
    expect(addressSpan('青阳镇里家村 一家三口 老公在镇上厂里上班')).toBe('青阳镇里家村');
    expect(read('minimum_living', 'address', '名字打错了，是李国栋')).toBeUndefined();
  });

  it('at the review, corrects one unit of the address given before, and reads a count said with 不是 on either side', () => {
    expect(correctAddress('江阴市周庄镇长寿村6号', '不是6号 是9号')).toBe('江阴市周庄镇长寿村9号');
    expect(correctAddress('江阴市周庄镇长寿村3组', '东兴村')).toBe('江阴市周庄镇东兴村3组');
    expect(correctAddress('江阴市周庄镇长寿村3组', '写错了')).toBeUndefined();
    const definition = form('minimum_living');
    for (const text of ['家里是六口人不是五口', '不是五口人 是六口人']) {
      const named = namedCorrection(definition, text);
      expect(named?.field.name).toBe('household_size');
      expect(read('minimum_living', 'household_size', named?.answer ?? '')).toBe(6);
    }
  });
});

describe('choices in residents’ words', () => {
  it.each([
    ['minimum_living', 'special_members', '小儿子读高中 老母亲没别人赡养', '有在读学生、有老人无人赡养'],
    ['minimum_living', 'special_members', '学生 老人', '有在读学生、有老人无人赡养'],
    ['extreme_poverty', 'self_care', '不能自理了', '完全不能自理'],
    ['extreme_poverty', 'self_care', '屋里走走还行 洗澡得人帮', '部分自理'],
    ['extreme_poverty', 'self_care', '整天躺着 吃喝拉撒全靠人', '完全不能自理'],
    ['extreme_poverty', 'supporters', '有个女儿 在服刑', '有但没有能力赡养'],
    ['temporary', 'hardship_cause', '手被开水烫伤了', '生病或受伤'],
    ['temporary', 'hardship_cause', '他从屋顶上摔下来了', '意外事故'],
    ['minimum_living', 'applicant_relation', '帮俺外孙女申请', '亲属代为申请'],
    ['minimum_living', 'applicant_relation', '俺自个儿', '本人申请'],
    ['minimum_living', 'applicant_relation', 'For my Mother', '亲属代为申请'],
    ['minimum_living', 'applicant_relation', '替我家老头', '亲属代为申请'],
    ['minimum_living', 'applicant_relation', '给我大伯办', '亲属代为申请'],
    // A kind answer that describes rather than names: can do some things, needs help with others.
    ['extreme_poverty', 'self_care', '吃饭能自己来 就是晚上要人看着', '部分自理'],
    ['extreme_poverty', 'self_care', '拄拐能走几步 可是上厕所离不开人', '部分自理'],
    ['extreme_poverty', 'supporters', '就一个侄子 判了三年', '有但没有能力赡养'],
    ['minimum_living', 'special_members', '我老伴是病号 孙子在念初中', '有重病病人、有在读学生'],
    ['minimum_living', 'special_members', '没有病人 家里有个残疾的', '有残疾人'],
    ['minimum_living', 'special_members', '老人家没儿没女 也没人养', '有老人无人赡养'],
    ['education', 'student_stage', '高二 在县里读', '高中或中职'],
    ['education', 'student_stage', '今年大一', '大学'],
    ['disability', 'disability_certificate', '还没下来 上礼拜刚去评', '正在办理'],
    ['disability', 'disability_certificate', '从来没去办过', '没有'],
    ['housing', 'housing_situation', '现在房子都没有了 在亲戚家借住', '没有住房'],
    ['education', 'student_stage', '技校三年级', '高中或中职'],
    ['minimum_living', 'applicant_relation', '就是我 跟老伴一起', '本人申请'],
    ['temporary', 'hardship_cause', '孩子他娘没了', '家里主要劳力去世'],
    ['temporary', 'hardship_cause', '厂里倒闭了 工资没发', '失业断了收入'],
    ['employment', 'employment_status', '想学门手艺 做个面点师', '想参加技能培训'],
    ['extreme_poverty', 'supporters', '有个儿子 早就不来往了', '有但没有能力赡养'],
    ['youth', 'household_size', '我们家三口 再加上我外甥 四口', 4],
    ['extreme_poverty', 'self_care', '还能自己烧饭 走得动', '能自理'],
    ['extreme_poverty', 'self_care', '不能自己吃饭 全靠人喂', '完全不能自理'],
    ['extreme_poverty', 'self_care', '中风以后半身不遂', '完全不能自理'],
    ['extreme_poverty', 'supporters', '老伴早走了 也没孩子', '没有赡养扶养人'],
    ['employment', 'employment_status', '单位裁员 现在到处找活', '失业在找工作'],
    ['employment', 'employment_status', '在菜市场帮人卸货 有一天没一天的', '零工收入不稳定'],
    ['housing', 'housing_situation', '老屋下雨就漏 后墙也裂了', '住的是危房'],
    ['housing', 'housing_situation', '屋子快塌了', '住的是危房'],
    ['housing', 'housing_situation', '房子让大水冲垮了 住在帐篷里', '没有住房'],
    ['temporary', 'hardship_cause', '上班时胳膊被机器轧伤了', '意外事故'],
    ['minimum_living', 'applicant_relation', '给我们家老爷子办', '亲属代为申请'],
  ])('%s %s 「%s」 → %s', (type, name, text, value) => {
    expect(read(type, name, text)).toBe(value);
  });

  it('infers every special situation a first message names, kept aside since the question is still asked', () => {
    const definition = form('minimum_living');
    const fields: Record<string, FieldValue> = {};
    const text = '老伴做化疗 孙子读初中 想申请低保';
    const told = inferOpening(definition, fields, text, extractEntities(text));
    expect(told.special_members).toBe('有重病病人、有在读学生');
    expect(fields.special_members).toBeUndefined();
  });

  it('an answer where several choices apply adds to what the opening told; 都没有 gives way to it', () => {
    const definition = form('minimum_living');
    const told = { special_members: '有重病病人' };
    expect(withTold(definition, { special_members: '有在读学生' }, told, ['special_members'], []).special_members).toBe(
      '有重病病人、有在读学生',
    );
    expect(withTold(definition, { special_members: '都没有' }, told, ['special_members'], []).special_members).toBe(
      '有重病病人',
    );
    // Not asked yet: nothing is filled, so the question is still asked; left for staff: what was told stands.
    expect(withTold(definition, {}, told, [], []).special_members).toBeUndefined();
    expect(withTold(definition, {}, told, [], ['special_members']).special_members).toBe('有重病病人');
  });

  it('who applies is not read from 因为, and a clause about a hospital stay stays in the hardship', () => {
    expect(inferApplicantRelation('想办低保 因为老公瘫在床上 就我一个人挣钱')).toBeUndefined();
    expect(inferApplicantRelation('为我老公申请低保')).toBe('亲属代为申请');
    expect(hardshipFromMessage('他干活从梯子上摔下来 住院一个多月了', [])).toContain('住院一个多月了');
  });

  it('a certificate named with what became of it is read as one mention (「残疾证还在办」)', () => {
    const definition = form('disability');
    const fields: Record<string, FieldValue> = {};
    const text = '我儿子腿有残疾 残疾证还在办 想申请残疾人补贴';
    inferOpening(definition, fields, text, extractEntities(text));
    expect(fields.disability_certificate).toBe('正在办理');
    const never: Record<string, FieldValue> = {};
    const unissued = '我妈眼睛看不见了 一直没办过残疾证 想申请补贴';
    inferOpening(definition, never, unissued, extractEntities(unissued));
    expect(never.disability_certificate).toBe('没有');
  });

  it('of single choices the opening names, the one told first is the cause', () => {
    const definition = form('temporary');
    const fields: Record<string, FieldValue> = {};
    const text = '他在工地从架子上摔下来 住院半个月了 家里一下子没了进项 想申请临时救助';
    inferOpening(definition, fields, text, extractEntities(text));
    expect(fields.hardship_cause).toBe('意外事故');
  });
});

describe('pinyin with digits', () => {
  it('spells out the syllables and keeps the numbers as typed', () => {
    const reader = createPinyinReader(['我家有几口人', '每个月']);
    expect(reader.read('wo jia 4 kou ren')).toBe('我家 4 口人');
    expect(reader.read('mei ge yue 600')).toBe('每个月 600');
    expect(reader.read('2024')).toBeUndefined();
  });
});

describe('the address, household and income question answered in one message', () => {
  const GROUP = ['address', 'household_size', 'monthly_income'];

  it('a small bare count between the address and the income is the household size', () => {
    expect(answer('minimum_living', GROUP, '徐霞客镇马镇村 住的租房 5 女儿在厂里上班3100')).toMatchObject({
      household_size: 5,
      monthly_income: 3100,
    });
  });

  it('a count said alone beats the bonds and the members named after it', () => {
    expect(answer('minimum_living', GROUP, '新桥镇黄河村 四口 我老两口带两个孙子 一共两千')).toMatchObject({
      household_size: 4,
      monthly_income: 2000,
    });
    expect(answer('minimum_living', GROUP, '长泾镇蒋家村 三个 眼下没进账 媳妇在家看孩子 0')).toMatchObject({
      household_size: 3,
      monthly_income: 0,
    });
  });

  it('一个月 after the members is the period of the income, not a household of one', () => {
    expect(answer('minimum_living', GROUP, '夏港街道长江村 三口 我跟老公一个月两千五')).toMatchObject({
      household_size: 3,
      monthly_income: 2500,
    });
    expect(extractHouseholdSize('我和老伴一个月养老金一千二')).toEqual([]);
  });

  it('a bare 0 closing the answer is no income, and a count of people is never the amount', () => {
    expect(answer('minimum_living', GROUP, '周庄镇华宏村 户口上只有她一个 0')).toMatchObject({
      household_size: 1,
      monthly_income: 0,
    });
    expect(answer('minimum_living', GROUP, '祝塘镇文林村 五个人 儿子儿媳在外地 0')).toMatchObject({
      household_size: 5,
      monthly_income: 0,
    });
  });

  it('a landmark is an address, without the counts told after it', () => {
    expect(answer('vagrant', GROUP, '这几天睡在汽车站 一个 0')).toMatchObject({
      address: '这几天睡在汽车站',
      household_size: 1,
      monthly_income: 0,
    });
  });

  it('a correction of the phone’s last digits changes only the phone, and its digits are no income', () => {
    const definition = form('minimum_living');
    const asked = definition.fields.filter((f) => GROUP.includes(f.name));
    const text = '哎 手机号写错了 后四位应该是7356 不是7365';
    const filling = fillFields({ phone: '18600007365' }, definition, text, extractEntities(text), asked);
    expect(filling.fields).toEqual({ phone: '18600007356' });
    expect(filling.filled).toEqual(['phone']);
    // Without a phone given first, or with the wrong count of digits, nothing is corrected.
    expect(fillFields({}, definition, text, extractEntities(text), asked).fields.phone).toBeUndefined();
    const three = '电话错了 最后三位是7356';
    expect(fillFields({ phone: '18600007365' }, definition, three, extractEntities(three), asked).fields.phone).toBe(
      '18600007365',
    );
  });

  it('a household head title before the name is left out of the name', () => {
    expect(read('minimum_living', 'applicant_name', '户主钱福生')).toBe('钱福生');
  });
});

describe('income round 11: seasons, slips and reckonings', () => {
  const income = (text: string) => extractMonthlyIncome(text)[0]?.value;

  it('spreads a monthly figure earned only some months over the year', () => {
    expect(income('在砖厂帮工一个月三千 一年干四个月 别的时候没活')).toBe(1000);
    expect(income('他开收割机 一年能干三个月 一个月六千')).toBe(1500);
    expect(income('景区饭馆一个月两千四 一年也就干半年')).toBe(1200);
    // Each figure with its own months: 3 × 4800 + 9 × 1200 over twelve.
    expect(income('采茶季在茶厂做三个月，一个月四千八，其他九个月打零工一个月一千二')).toBe(2100);
    // Months worked so far are no season.
    expect(income('干了两个月 一个月两千五')).toBe(2500);
    expect(income('在厂里上班一个月三千二')).toBe(3200);
  });

  it('does not take a word after the figure for what it counts', () => {
    // 二百 is no count of children, 一百六种点 no count of kinds.
    expect(income('我的养老金一个月二百孩子的残疾补贴一个月三百')).toBe(500);
    expect(income('有养老金一个月一百六种点木耳一年卖两千四')).toBe(360);
  });

  it('takes the exact figure after a rough one, and a reckoning as the vague member’s own', () => {
    expect(income('就老伴有养老金一百几 一百二')).toBe(120);
    expect(income('我在食堂一个月1900 他爸身体不好偶尔帮人干点活 一个月也就几百 算400吧')).toBe(2300);
    expect(income('我修鞋一个月一千来块 老婆在家看孩子 算1000吧')).toBe(1000);
    expect(income('mei you 没得收入')).toBe(0);
    expect(income('而家冇收入')).toBe(0);
  });

  it('reads no income from a question that counts trips', () => {
    const definition = form('minimum_living');
    const text = '问一下 要带哪些证明 省得跑三趟';
    const asked = definition.fields.filter((f) => f.name === 'monthly_income');
    expect(fillFields({}, definition, text, extractEntities(text), asked).fields.monthly_income).toBeUndefined();
  });

  it('asks who applies when a living relative is named beside one who died', () => {
    expect(inferApplicantRelation('想问下我外孙女上学能不能申请救助 她爸妈都没了 跟着我过')).toBeUndefined();
    expect(inferApplicantRelation('我家掌柜的去年摔断了腿 干不了活 能领什么补贴不')).toBeUndefined();
    // The relative who died is the reason; the writer applies.
    expect(inferApplicantRelation('我老伴前年走了 想申请低保')).toBe('本人申请');
  });

  it('takes the count that closes the list it counts, or the household book’s', () => {
    expect(answer('minimum_living', ['household_size'], '我公公婆婆两个 我嫁到外村了户口不在').household_size).toBe(2);
    expect(answer('minimum_living', ['household_size'], '我们老两口 闺女 女婿 外孙 户口一起五个').household_size).toBe(5);
  });

  it('a choice named in its own words wins, and who the writer is names no one applied for', () => {
    expect(answer('minimum_living', ['applicant_relation'], '本人申请 给我和两个娃').applicant_relation).toBe('本人申请');
    expect(answer('minimum_living', ['applicant_relation'], '我自己报 我是户主他儿媳妇').applicant_relation).toBe('本人申请');
    expect(answer('minimum_living', ['applicant_relation'], '不是本人申请 是给我爸').applicant_relation).toBe('亲属代为申请');
    // Alone, who the writer is answers 「给谁申请」.
    expect(answer('minimum_living', ['applicant_relation'], '我是她外婆').applicant_relation).toBe('亲属代为申请');
  });

  it('a relation said as 对象 or 掌柜的 is a relative', () => {
    expect(answer('minimum_living', ['applicant_relation'], '我替我对象申请').applicant_relation).toBe('亲属代为申请');
    expect(inferApplicantRelation('我对象中风了 想问问医疗救助怎么办')).toBeUndefined();
  });

  it('reads a name followed by how its characters are written', () => {
    expect(read('minimum_living', 'applicant_name', '周明远周末的周明天的明远近的远')).toBe('周明远');
    expect(read('minimum_living', 'applicant_name', '周明远周末的周 52022719580302031X')).toBe('周明远');
  });

  it('reads choices in dialect, and several choices told in one run of words', () => {
    expect(read('extreme_poverty', 'supporters', '冇得崽女 老伴前年也走了')).toBe('没有赡养扶养人');
    expect(read('minimum_living', 'special_members', '老头子腿断了有残疾证儿子是尿毒症')).toBe('有残疾人、有重病病人');
  });
});

describe('choices in residents’ words, round 12', () => {
  it('a grade after the school it is in belongs to that school', () => {
    expect(read('education', 'student_stage', '在卫校读二年级')).toBe('高中或中职');
    expect(read('education', 'student_stage', '职中一年级')).toBe('高中或中职');
    expect(read('education', 'student_stage', '小学三年级')).toBe('小学');
    expect(read('education', 'student_stage', '幼儿园大班')).toBe('学前教育');
  });

  it('south-western words for what one can do and for a child who cannot help', () => {
    expect(read('extreme_poverty', 'self_care', '饭自己煮得饭 衣服也洗得')).toBe('能自理');
    expect(read('extreme_poverty', 'supporters', '有个儿子 他屋头也恼火 顾不到我')).toBe('有但没有能力赡养');
  });
});

describe('income in residents’ words, round 12', () => {
  it.each([
    ['种苞谷卖辣椒 一年得三千六左右', 300],
    ['帮人摘茶一天七八十块 一个月下来两千出头', 2000],
    ['老两口低保一人两百一个月一共四百', 400],
    ['现在就我一千八 再加上我爸的养老金一百二', 1920],
    ['现在一分钱都没得', 0],
  ])('「%s」 → %i', (text, value) => {
    expect(read('minimum_living', 'monthly_income', text)).toBe(value);
  });

  it('a month then 得 and a cost is still a cost', () => {
    expect(extractMonthlyIncome('吃药一个月得九百')).toEqual([]);
  });
});
