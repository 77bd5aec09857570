// Round 45 of the form answers (development set FB): the kinds of misreading its answers showed, each with sentences
// written here (every person fictional) beside one of the set's own. A choice softened back (其实也不太行) or thought
// over (等下); a multiple choice taken back; whom the writer applies for said with 给…申请 beside other kin; a
// programme named inside a choice (也是低保户) in a group question; 叁人 in a group question; kin counted by 俩 / 仨 in a
// list; a member remembered and the count said again; the applicant named after the writer's own name; Minnan 阮;
// 无在校学生; a school stage one 该 go on to; and the words of six questions.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { fillFields } from '../../src/flows/application/fill.js';
import type { FormRegistry } from '../../src/forms/form-registry.js';
import { countListedMembers } from '../../src/forms/household-members.js';
import { readAnswer } from '../../src/forms/read-answer.js';
import { extractEntities } from '../../src/nlu/entities/index.js';
import { withPinyinUnits } from '../../src/text/text-reader.js';
import { runs, withinBound } from '../helpers/fuzz.js';
import { readFormAnswer, shippedForms } from '../helpers/form-answer-reader.js';
import { anyResidentText, pumpedText } from '../helpers/hostile-text.js';

let forms: FormRegistry;
beforeAll(async () => {
  forms = await shippedForms();
});

function read(type: string, name: string, answer: string): unknown {
  return readFormAnswer(forms, type, name, answer);
}

/** The fields a group question of `names` fills from one answer. */
function group(type: string, names: readonly string[], answer: string): Record<string, unknown> {
  const definition = forms.forType(type);
  const asked = definition.fields.filter((f) => names.includes(f.name));
  return fillFields({}, definition, answer, extractEntities(answer), asked).fields;
}

describe('round 45: a choice softened back or thought over gives way to what follows', () => {
  it.each([
    ['能自理吧……其实也不太行 上厕所得人扶着', '部分自理'],
    ['能自理 哦 也不是 去年摔了一跤以后上厕所都要人扶 算半个吧', '部分自理'],
    ['还能行 其实也不算 洗澡得有人帮着', '部分自理'],
  ])('「%s」 is %s', (text, choice) => {
    expect(read('extreme_poverty', 'self_care', text)).toBe(choice);
  });

  it('「打零工……其实也不算 这半年一天活都没接着」 is work lost', () => {
    expect(
      read('employment', 'employment_status', '打零工……其实也不算 这半年一天活都没接着 天天在劳务市场蹲着等'),
    ).toBe('失业在找工作');
  });

  it('「给我老伴。。。等下 … 那就我本人吧」 is for oneself', () => {
    expect(
      read('temporary', 'applicant_relation', '给我老伴。。。等下 村里王主任说写我的名字好办 那就我本人吧'),
    ).toBe('本人申请');
  });

  it('a softening with nothing after it leaves the answer as it was', () => {
    expect(read('extreme_poverty', 'self_care', '能自理 其实也不太行')).toBe('能自理');
  });

  it('a multiple choice taken back: 「有个学生……哦不对 老二毕业了 那就都没有吧」 is none', () => {
    expect(
      read(
        'minimum_living',
        'special_members',
        '有个学生……哦不对 老二今年六月毕业了 已经上班了 那就都没有吧',
      ),
    ).toBe('都没有');
    expect(read('minimum_living', 'special_members', '有个病人 不对 是俺爹截肢了')).toBe('有残疾人');
  });
});

describe('round 45: whom the writer applies for, said with 给…申请', () => {
  it.each([
    '就是给我自己申请我老伴住院了我一个人在家里照顾他钱都花光了',
    '邻居家小伙帮我打的字 是给我自己申请的 老伴在床上躺着',
    '给老伴申请 哦不对 表上写我吧 他现在字都签不了 户主是我',
  ])('「%s」 is for oneself, though the spouse is named', (text) => {
    expect(read('temporary', 'applicant_relation', text)).toBe('本人申请');
  });

  it.each([
    '帮我爱人申请，医疗救助是给病人本人报的吧？',
    '给俺娘办 我自己身体还行',
    '幫我牽手申請 伊中風了 我替伊辦',
  ])('「%s」 is for a relative: the first 给…申请 is the answer', (text) => {
    expect(read('medical', 'applicant_relation', text)).toBe('亲属代为申请');
  });

  it('「我们是村两委的 … 这是替他家申请」 is the committee', () => {
    expect(
      read('temporary', 'applicant_relation', '我们是村两委的 老李头不会打字 他说啥我给写上 这是替他家申请'),
    ).toBe('村（居）委会代为申请');
  });
});

describe('round 45: a group question', () => {
  it('a programme named inside a choice (「闺女家也是低保户」) stays its words', () => {
    expect(
      group('extreme_poverty', ['supporters', 'self_care'], '闺女家也是低保户 她自己还拉扯着俩娃').supporters,
    ).toBe('有但没有能力赡养');
    expect(
      group(
        'extreme_poverty',
        ['supporters', 'self_care'],
        '他有个儿子但是儿子自己是残疾人也在吃低保自己都养不活',
      ).supporters,
    ).toBe('有但没有能力赡养');
  });

  it('「人口：叁人」 speaks of the household in financial numerals', () => {
    const fields = group(
      'disability',
      ['address', 'household_size', 'monthly_income'],
      '地址：南闸街道观山村；人口：叁人；月收入：壹仟贰佰元',
    );
    expect(fields).toMatchObject({ household_size: 3, monthly_income: 1200 });
  });
});

describe('round 45: household counts', () => {
  it.each([
    ['城东村 我 老伴 儿子 儿媳 还有俩孙子 就儿子在外面开车挣钱 一个月四千来块', 6],
    ['马场乡红旗村 我 我老伴 儿子儿媳 还有俩孙女 收入就靠儿子在外头打工 一个月寄回来三千', 6],
    ['桥头村 我和老伴 还有仨孙子 没收入', 5],
  ])('kin counted by 俩 / 仨 in a list: 「%s」 is %i', (text, count) => {
    expect(group('medical', ['address', 'household_size', 'monthly_income'], text).household_size).toBe(
      count,
    );
  });

  it('「我们俩」 is still a count said, not a list', () => {
    expect(countListedMembers('我们俩 和老伴')).toBeUndefined();
  });

  it('a member remembered and the count said again: 「两口人 哦还有我孙子 … 三个」 is 3', () => {
    const text = '住城南街道花园社区 两口人 哦还有我孙子 户口也在我们这 三个 收入就我一个月退休金2100';
    expect(group('minimum_living', ['address', 'household_size', 'monthly_income'], text)).toMatchObject({
      household_size: 3,
      monthly_income: 2100,
    });
    expect(read('minimum_living', 'household_size', '三口人 对了还有我妈 四个人')).toBe(4);
  });
});

describe('round 45: what is left once reimbursed', () => {
  it.each([
    ['腰椎间盘突出做的手术 县中医院 自己付了一万五 哦不对 一万五是总的 报完是九千', 9000],
    ['总共一万五 报完是九千', 9000],
    ['一共花了八万 报销完以后是三万', 30000],
    ['一共花了八万 报了五万', 30000],
  ])('「%s」 is %i', (text, cost) => {
    expect(read('medical', 'medical_costs', text)).toBe(cost);
  });
});

describe('round 45: a count’s word typed in pinyin after a figure', () => {
  it.each([
    ['住璜土镇石庄村 4kou人 meiyue 3000 zuoyou', '住璜土镇石庄村 4口人 meiyue 3000 zuoyou'],
    ['wo jia 3 ge ren', 'wo jia 3个人'],
    ['2 gege', '2 gege'],
    ['1 kouzhao', '1 kouzhao'],
  ])('「%s」 reads 「%s」', (text, read) => {
    expect(withPinyinUnits(text)).toBe(read);
  });

  it('「住璜土镇石庄村 4kou人 meiyue 3000 zuoyou」 counts four', () => {
    expect(read('education', 'household_size', '住璜土镇石庄村 4kou人 meiyue 3000 zuoyou')).toBe(4);
  });
});

describe('round 45: names', () => {
  it('the applicant named after 申请人是 beats the writer’s own name', () => {
    expect(
      read(
        'temporary',
        'applicant_name',
        '我叫赵强 是申请人的儿子 申请人是我爸赵长贵 身份证620422195009091315 有事打我电话17300005546',
      ),
    ).toBe('赵长贵');
    expect(read('temporary', 'applicant_name', '申请人是我 王芳')).toBe('王芳');
    expect(read('temporary', 'applicant_name', '我叫王芳')).toBe('王芳');
  });

  it('Minnan 阮 (I) before what it has is no name: 「阮叫林金水 … 阮无手机」', () => {
    expect(
      read('housing', 'applicant_name', '阮叫林金水 身份证是350583195506154113 阮无手机 打阮囝的13600001182'),
    ).toBe('林金水');
    expect(read('housing', 'applicant_name', '阮小梅')).toBe('阮小梅');
  });
});

describe('round 45: the words of the choices', () => {
  it.each([
    [
      'minimum_living',
      'special_members',
      '该户户主肢体残疾三级，其妻去年确诊肺癌，无在校学生。',
      '有残疾人、有重病病人',
    ],
    ['minimum_living', 'special_members', '老伴左腿截肢了 有证', '有残疾人'],
    [
      'minimum_living',
      'special_members',
      '孩子他爸腰以下没知觉了 现在坐轮椅 小的读五年级',
      '有残疾人、有在读学生',
    ],
    ['minimum_living', 'special_members', '我老公是聋哑人我儿子在外地读大专', '有残疾人、有在读学生'],
    [
      'minimum_living',
      'special_members',
      '我自己就是老人了 六十九 儿子十几年前出去打工就再没回来过',
      '有老人无人赡养',
    ],
    ['extreme_poverty', 'supporters', '有个儿子 脑子不太灵光 自己都养活不了自己', '有但没有能力赡养'],
    ['extreme_poverty', 'supporters', '儿子前年出车祸没了 媳妇带着孙子改嫁了 就剩我自己', '没有赡养扶养人'],
    ['extreme_poverty', 'supporters', '有个侄子住隔壁 有时候送点菜来 别的没人了', '没有赡养扶养人'],
    ['extreme_poverty', 'self_care', '拄个棍在屋里转转还行 出门就不行了 买菜都托人带', '部分自理'],
    ['extreme_poverty', 'self_care', '眼睛看不见了 在屋里摸着能自己吃饭上厕所 出门就不行了', '部分自理'],
    [
      'temporary',
      'hardship_cause',
      '两口子在一个鞋厂干了十来年 厂子搬到越南去了 我们都被打发回家了',
      '失业断了收入',
    ],
    ['temporary', 'hardship_cause', '骑电动车让个面包车刮倒了 人家跑了 腿断了俩月干不了活', '意外事故'],
    ['temporary', 'hardship_cause', '存款全让人弄走了 被人骗了', '其他'],
    ['housing', 'housing_situation', '屋头房子是几十年的老木房子 柱头都朽了 歪起的 怕哪天垮了', '住的是危房'],
    ['housing', 'housing_situation', '离婚后房子归了前夫 我带着孩子现在住在厂里的库房', '没有住房'],
    ['housing', 'housing_situation', '房子去年拆迁了 现在带着孩子住在娘家', '没有住房'],
    ['employment', 'employment_status', '想考个电工证 听说人社那边有免费的班', '想参加技能培训'],
    [
      'employment',
      'employment_status',
      '在厂里干了八年 厂子搬走了 这半年一直在人才市场转悠 还没着落',
      '失业在找工作',
    ],
    ['disability', 'disability_certificate', '还莫得 村头说要先去评残 我们还没去', '没有'],
    ['disability', 'disability_certificate', '没有 以前觉得办那个丢人 现在想办了', '没有'],
    ['disability', 'disability_certificate', '我家闺女的证是04年办的 第一代的那种 一直没去换', '有残疾证'],
    ['education', 'student_stage', '大班 明年就该上一年级了', '学前教育'],
    ['education', 'student_stage', '六年級 下半年就該上初中了', '小学'],
  ])('%s %s: 「%s」 is %s', (type, name, text, choice) => {
    expect(read(type, name, text)).toBe(choice);
  });

  it('dementia with getting lost and being fed is still not partly able', () => {
    expect(
      read('extreme_poverty', 'self_care', '老年痴呆好几年了 出门就找不到家 吃饭也得喂 人都不认得了'),
    ).toBe('完全不能自理');
  });

  it('a certificate in the assessing is still on its way', () => {
    expect(read('disability', 'disability_certificate', '上个月去评了 等结果')).toBe('正在办理');
  });
});

describe('round 45: the readers on any text', () => {
  const text = () =>
    fc.oneof(anyResidentText(), pumpedText(), fc.string({ unit: 'grapheme', maxLength: 300 }));
  const fields: [string, string][] = [
    ['medical', 'medical_costs'],
    ['temporary', 'applicant_relation'],
    ['temporary', 'applicant_name'],
    ['minimum_living', 'special_members'],
    ['minimum_living', 'household_size'],
    ['extreme_poverty', 'self_care'],
  ];

  it('the readers changed this round return a reading for any text, without throwing', () => {
    fc.assert(
      fc.property(text(), (t) => {
        for (const [type, name] of fields) {
          const field = forms.forType(type).fields.find((f) => f.name === name)!;
          const reading = withinBound(200, () => readAnswer(field, t, extractEntities(t)), name);
          expect(typeof reading.ok).toBe('boolean');
        }
        const units = withinBound(200, () => withPinyinUnits(t), 'withPinyinUnits');
        expect(typeof units).toBe('string');
        const listed = countListedMembers(t);
        if (listed !== undefined) expect(listed).toBeGreaterThanOrEqual(2);
      }),
      runs(100),
    );
  });
});
