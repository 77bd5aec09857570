// Round 25 of the dialogue (development sets Y and Z), every sentence written here. An accident of six days ago
// told in numbers, or a job lost last month that leaves nothing now, is sudden hardship while applying; a disaster
// after which a brother took the family in is not. 「要是没批下来…还能再申请不」 asks a rule, it does not apply;
// 「这几天」 asks nothing. A village informant, a charity or a volunteer team reporting a household is a report.
// The person a report is about is named after 邻居叫 / 男孩叫 / 伤者叫, or by a pet name (阿娟). A count of
// coworkers or of children at school is no household; a count corrected at the review (「户口本上是5个人」) is one.
// A story, then 「我来问问」, asks what the story ends with.
import { beforeAll, describe, expect, it } from 'vitest';
import { namedCorrection } from '../../src/flows/application/named-correction.js';
import { loadForms } from '../../src/forms/load-forms.js';
import type { FormRegistry } from '../../src/forms/form-registry.js';
import { readAnswer } from '../../src/forms/read-answer.js';
import { inferApplicantRelation } from '../../src/forms/infer.js';
import { clauses } from '../../src/knowledge/question-parts.js';
import { extractHouseholdSize } from '../../src/nlu/entities/household-size.js';
import { extractEntities } from '../../src/nlu/entities/index.js';
import { addressedName, extractPersonNames } from '../../src/nlu/entities/person-name.js';
import { readMessageParts } from '../../src/nlu/message-parts.js';
import { shippedReader } from './shipped-reader.js';

let forms: FormRegistry;

beforeAll(async () => {
  forms = await loadForms('forms', { warn: () => undefined });
});

describe('round 25: sudden hardship told in numbers, while applying', () => {
  it.each([
    '我媳妇6天前在路上被车撞了 现在还在医院ICU 家里一分钱都没了 能不能申请临时救助',
    '我上个月在厂里被辞了 现在房租交不起 孩子的奶粉钱都没了 能申请临时救助吗',
  ])('「%s」 is high and the application starts', async (text) => {
    const h = await shippedReader();
    await h.say(text);
    expect(h.state.urgency).toBe('high');
    expect(h.flow?.name).toBe('application');
  });

  it('a disaster after which a brother took the family in is the reason to apply', async () => {
    const h = await shippedReader();
    await h.say('前天刮大风 俺家房子塌了一间 现在一家人住在俺兄弟家 想申请受灾救助');
    expect(h.state.urgency).toBe('none');
  });
});

describe('round 25: what a message asks', () => {
  it('whether one may apply again after a refusal imagined is a rule asked, not an application', () => {
    const parts = readMessageParts('要是申请低保没批下来 会告诉我是啥原因吗 我还能再申请不');
    expect(parts.wantsToApply).toBe(false);
    expect(parts.processQuestion).toBe(true);
  });

  it('「这几天」 asks nothing', () => {
    expect(readMessageParts('俺家房顶叫大风掀了 这几天还要下雪 求政府帮帮忙').processQuestion).toBe(false);
    expect(readMessageParts('批下来要几天').processQuestion).toBe(true);
  });

  it('a story, then 「我来问问」, asks what the story ends with', () => {
    const read = clauses('我外孙在县城读高一 爸妈都不在了 听说上学能申请补助 我来问问');
    expect(read.find((c) => c.text.startsWith('听说'))?.asking).toBe(true);
  });
});

describe('round 25: reports by those who watch over others', () => {
  it.each([
    '村里信息员 反映个情况 我们村西头有姐妹俩都是残疾 也没吃上低保',
    '我是市慈善协会的 反映一个情况 一个老大爷腿脚不好 一个人住在桥边的棚子里',
    '我们是做助残志愿服务的 今天走访发现一对老两口日子很难 想反映一下',
  ])('「%s」 reports someone else', (text) => {
    const parts = readMessageParts(text);
    expect(parts.aboutSomeoneElse).toBe(true);
    expect(parts.reportsOther).toBe(true);
  });

  it('names the person after 邻居叫 / 男孩叫 / 患者叫, and by a pet name', () => {
    expect(extractPersonNames('邻居叫柏秀兰 五十多岁')[0]?.value).toBe('柏秀兰');
    expect(extractPersonNames('那个女孩叫蒋欣然 读初一')[0]?.value).toBe('蒋欣然');
    expect(extractPersonNames('患者叫郑国华，他老婆叫吴梅')[0]?.value).toBe('郑国华');
    expect(addressedName('隔壁邻居阿娟 四十来岁')).toBe('阿娟');
    expect(addressedName('小男孩 叫小军 九岁')).toBe('小军');
    expect(addressedName('小孩 十岁')).toBeUndefined();
  });
});

describe('round 25: how many live in the household', () => {
  it('a count of coworkers or of children at school is not the household', () => {
    expect(extractHouseholdSize('老板欠我们六个人工钱 拖了半年')).toEqual([]);
    expect(extractHouseholdSize('供我和妹妹两个人上学')).toEqual([]);
    expect(extractHouseholdSize('我们家四个人')[0]?.value).toBe(4);
  });

  it.each([
    ['等下 漏了我奶奶 户口本上是5个人', 5],
    ['搞错了 我爸户口也在我们本上 是4个人', 4],
    ['哦对了 我弟户口迁走了 家里是三口', 3],
  ])('「%s」 at the review corrects the household size', (text, size) => {
    const named = namedCorrection(forms.forType('minimum_living'), text);
    expect(named?.field.name).toBe('household_size');
    const reading = readAnswer(named!.field, named!.answer, extractEntities(named!.answer));
    expect(reading.ok && reading.value).toBe(size);
  });

  it('a count of children is no household, and a count taken back within the answer gives way to the next', () => {
    expect(extractHouseholdSize('我和老伴就一个闺女 早些年出嫁了')).toEqual([]);
    expect(extractHouseholdSize('六口 哦不对 我哥户口迁走了 五口')[0]?.value).toBe(5);
  });

  it('「个人信息」 names no count', () => {
    expect(namedCorrection(forms.forType('minimum_living'), '个人信息不想留了')?.field.name).not.toBe(
      'household_size',
    );
  });
});

describe('round 25: who applies, and at which school', () => {
  const reading = (type: string, name: string, text: string): unknown => {
    const field = forms.forType(type).fields.find((f) => f.name === name)!;
    const read = readAnswer(field, text, extractEntities(text));
    return read.ok ? read.value : undefined;
  };

  it('「俺给俺儿申请」 is for a relative; 「帮我mom申请」 too', () => {
    expect(reading('education', 'applicant_relation', '俺给俺儿申请')).toBe('亲属代为申请');
    expect(reading('education', 'applicant_relation', '我自己')).toBe('本人申请');
    expect(inferApplicantRelation('帮我mom申请一下医疗救助 她在化疗')).toBe('亲属代为申请');
  });

  it('a grade said after the vocational school in the same sentence is that school’s', () => {
    expect(reading('education', 'student_stage', '在县职教中心读书 今年读二年级')).toBe('高中或中职');
    expect(reading('education', 'student_stage', '二年级')).toBe('小学');
  });
});
