// Round 38 of the dialogue (development sets AZ and BA), every sentence written here, every person fictional.
// 家 opens a given name after a cue; a name given with a character left out is respelt; a programme told as refused
// or claimed gives way to the one asked for, 报个低保 names it, and one kind taken back (……算了) gives way to another;
// cx jd asks for the status; the dead named in a report are not its subject; a disjunctive question about offices, a
// closing 不 and 要去哪里申请 ask; 怕哪天 and 挣不到啥钱 ask nothing; a child's ID number means someone applies for
// them; a correction at the review names its figure by its old value; 3000左右 is a bare number; a year's figure is read
// for a month, the writer's own share adds to another's, a phone's last digits follow the words of the mistake; a
// neighbour's house after a fire that took all is no home, kin who crowd a family in are, a stay that ends in days is
// not, and the loss a disaster application is about is not water rising now.
import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../src/nlu/entities/index.js';
import { readMessageParts } from '../../src/nlu/message-parts.js';
import { normalizeDialect } from '../../src/text/dialect.js';
import { riskHarness } from './form-answer-risk.js';
import { readField } from './read-field.js';
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

describe('round 38: figures', () => {
  it('a year’s figure is read for a month, with words after it', async () => {
    expect(
      await readField('minimum_living', 'monthly_income', '三口人 一年就种地卖粮食一万二平时也出不去打工'),
    ).toEqual({
      ok: true,
      value: 1000,
    });
  });

  it('a year’s medical costs stay a year’s', async () => {
    const reading = (await readField('medical', 'medical_costs', '糖尿病眼病 一年自费一万八')) as {
      value: number;
    };
    expect(reading.value).toBe(18000);
  });

  it('the writer’s own share adds to another’s', () => {
    const income = extractEntities('老公在外地一个月寄回来两千 我自己平均一个月八百').find(
      (e) => e.type === 'monthly_income',
    );
    expect(income?.value).toBe(2800);
  });

  it('a phone’s last digits follow the words of the mistake', async () => {
    const h = await shippedHarness();
    await h.say('帮我爸问一下医疗救助 他肺癌 在化疗');
    await h.say('同意 我爸同意 他叫钱国平 320281196302175115 19800004321');
    await h.say('不好意思电话最后四位打错了 是4312 不是4321');
    expect(applicationOf(h)?.fields.phone).toBe('19800004312');
  });

  it('a month’s amount said in a correction at the next question corrects the income', async () => {
    const h = await shippedHarness();
    await h.say('孩子烫伤了 植皮好几次 医疗救助已经批过了 还差很多钱 想申请慈善救助');
    await h.say('同意 我自己申请 孩子还小');
    await h.say('丁小燕 640181199001279802 15100001234');
    await h.say('灵武市崇兴镇台子村 四个人 一个月三千');
    await h.say('不对不对 我老公那个厂停工了 现在一个月就一千五');
    expect(applicationOf(h)?.assistanceType).toBe('charity');
    expect(applicationOf(h)?.fields.monthly_income).toBe(1500);
  });
});

describe('round 38: sudden hardship in the dialogue', () => {
  const flagged = (h: Awaited<ReturnType<typeof riskHarness>>): boolean =>
    h.actions.some((a) => a.type === 'flag_urgent');

  it('a whole home burnt, the family at a neighbour’s, is flagged', async () => {
    const h = await riskHarness();
    await h.say(
      '昨天夜里我家房子着火全烧了 啥都没剩下 我们一家四口借住在邻居家 孩子明天没衣服上学 求求你们帮帮忙',
    );
    expect(flagged(h)).toBe(true);
  });

  it.each([
    '前天厨房着火烧了半间屋 粮食被褥都没了 老两口现在住在邻居家 能申请临时救助吗',
    '前天晚上着火了 家具全烧没了 人没事 一家子挤在我哥家 想问能申请临时救助不',
    '我爹娘家前几天着火了 东西基本都烧光了 人没事 现在老两口先搁俺这住着 政府能给点救助不',
  ])('「%s」 is housed and not flagged', async (opening) => {
    const h = await riskHarness();
    await h.say(opening);
    expect(flagged(h)).toBe(false);
  });

  it('grain soaked with the family in a school classroom is flagged; grain soaked at home is a loss to apply for', async () => {
    const out = await riskHarness();
    await out.say('上礼拜发大水 屋里进水一米多 粮食种子全泡了 现在一家人住在镇中学的教室里 想申请受灾救助');
    expect(flagged(out)).toBe(true);
    const home = await riskHarness();
    await home.say('上礼拜发大水 俺家屋里进了水 粮食化肥都泡了 想申请受灾救助');
    expect(flagged(home)).toBe(false);
  });

  it('the loss a disaster application is about, told again in an answer, is no emergency', async () => {
    const h = await riskHarness();
    await h.say('上个礼拜下暴雨 家里进水一米多 粮食都泡了 现在一家住在村小学安置点 想申请受灾救助');
    await h.say('同意 韩宝国 371323197001132791 15900001234');
    await h.say('沂水县许家湖镇韩家庄村 现在没收入了 儿子打工那个厂也淹了停工了');
    expect(h.text).not.toContain('119');
    expect(applicationOf(h)?.fields.monthly_income).toBe(0);
  });
});
