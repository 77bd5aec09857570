// Round 38 of the dialogue (development sets AZ and BA), every sentence written here, every person fictional.
// 家 opens a given name after a cue; a name given with a character left out is respelt; a programme told as refused
// or claimed gives way to the one asked for, 报个低保 names it, and one kind taken back (……算了) gives way to another;
// cx jd asks for the status; the dead named in a report are not its subject; a disjunctive question about offices, a
// closing 不 and 要去哪里申请 ask; 怕哪天 and 挣不到啥钱 ask nothing; a child's ID number means someone applies for
// them; a correction at the review names its figure by its old value; 3000左右 is a bare number.
import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../src/nlu/entities/index.js';
import { readMessageParts } from '../../src/nlu/message-parts.js';
import { normalizeDialect } from '../../src/text/dialect.js';
import { applicationOf, shippedHarness } from './shipped-harness.js';

const names = (text: string): unknown[] =>
  extractEntities(text)
    .filter((e) => e.type === 'person_name')
    .map((e) => e.value);

describe('round 38: names', () => {
  it('家 opens a given name after a cue, but 家里 is no name', () => {
    expect(names('小孩叫何家乐 今年九岁')).toEqual(['何家乐']);
    expect(names('我儿子叫陈家豪')).toEqual(['陈家豪']);
    expect(names('我叫李家里')).toEqual([]);
  });

  it('a name given with a character left out is respelt in full', async () => {
    const h = await shippedHarness();
    await h.say('想给外甥申请困境青少年救助 他爹妈都不管他');
    await h.say('同意 给俺外甥申请');
    await h.say('他和他姥姥都同意 吴俊 370831201106081295 15600001234');
    await h.say('哎呀写错了 孩子叫吴俊杰 三个字 不是吴俊');
    const fields = applicationOf(h)?.fields;
    expect(fields?.applicant_name).toBe('吴俊杰');
    expect(fields?.household_size).toBeUndefined();
  });
});

describe('round 38: which kind of help', () => {
  it.each([
    ['低保我们去问过说收入超了不能办 医疗救助也报过了 听说慈善总会有项目 能不能帮我申请一下', 'charity'],
    ['我是村支书 村里有个小伙子有残疾证 跟他娘俩过 想给他报个低保', 'minimum_living'],
    ['本来想办低保……算了 我还有力气 还是想先找份工作 能不能帮我申请找工作那种救助', 'employment'],
  ])('「%s」 asks for %s', async (opening, type) => {
    const h = await shippedHarness();
    await h.say(opening);
    expect(applicationOf(h)?.assistanceType).toBe(type);
  });

  it('cx jd is 查询进度', () => {
    expect(normalizeDialect('cx jd 临时救助')).toContain('查询进度');
  });
});

describe('round 38: questions and stories', () => {
  it('one office or the other, and whether one still may, are asked', () => {
    expect(readMessageParts('两项补贴到底是找残联还是找民政啊').asksSomething).toBe(true);
    const parts = readMessageParts('家里有辆旧三轮车 这样还能办低保不');
    expect(parts.asksSomething).toBe(true);
    expect(parts.asksBesidesApplying).toBe(true);
  });

  it('要去哪里申请 asks where, it is no wish to apply', () => {
    expect(readMessageParts('临时救助是哪个部门管的 要去哪里申请').wantsToApply).toBe(false);
  });

  it('怕哪天 and 挣不到啥钱 ask nothing', () => {
    expect(readMessageParts('墙上的缝越来越大 怕哪天塌了').askedBack).toEqual([]);
    expect(readMessageParts('他在外面打工也挣不到啥钱').askedBack).toEqual([]);
  });
});

describe('round 38: the form', () => {
  it('a young child’s ID number means someone applies for the child', async () => {
    const h = await shippedHarness();
    await h.say('医疗救助');
    await h.say('好的 帮我申请');
    await h.say('嗯 孙小雨 320282201905140026 13700001234');
    expect(applicationOf(h)?.fields.applicant_relation).toBe('亲属代为申请');
  });

  it('an estimate’s 左右 after the last bare number still answers the count and the income', async () => {
    const h = await shippedHarness();
    await h.say('医疗救助');
    await h.say('好的 帮我申请');
    await h.say('嗯 钱立新 320281199003070018 17700001234');
    await h.say('江阴 周庄镇 周西村 1 2800左右');
    const fields = applicationOf(h)?.fields;
    expect(fields?.household_size).toBe(1);
    expect(fields?.monthly_income).toBe(2800);
  });

  it('a correction at the review names its figure by the old value', async () => {
    const h = await shippedHarness();
    await h.say('我在外面租房子 房租涨了付不起 想申请住房救助');
    await h.say('同意 我叫钱丽 370902198001010027 15000001234');
    await h.say('泰安市泰山区财源街道东湖社区 租的房子 就我一个人 一个月一千五');
    expect(applicationOf(h)?.stage).toBe('confirming');
    await h.say('啊刚才说错了 是一千八 不是一千五');
    expect(applicationOf(h)?.fields.monthly_income).toBe(1800);
  });
});

describe('round 38: reports', () => {
  it('the one who died is not whom the report is for', async () => {
    const h = await shippedHarness();
    await h.say('网格员报个情况 村里有户人家男的上礼拜出事故死了 留下老婆和两个小孩');
    expect(h.flow?.name).toBe('report');
    await h.say('死者叫汤德明 他老婆叫潘秀红');
    expect(h.flow?.state.name).toBe('潘秀红');
  });
});
