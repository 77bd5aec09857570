// Round 40 of the dialogue (development sets BD and BE), every sentence written here, every person fictional.
// Pay by the hour with the hours of a month, a day's pay with the days of a year, a harvest's sale with the harvests of
// a year and a year's sale as a month's; 没有了 as no income; a daughter is no household of one; a neighbour's
// feeding and a kang bed as no self-care, Min 拢是家己 as self-care, 无某无囝 as no supporter and Wu 呒啥特别 as none of
// the special members; 名字 before a name and 给过 are no names; the illness a husband died of is no sick member now;
// a training in a trade asks for 就业救助 and hearsay points at nobody; a kind changed the second time it is named; in
// a report, 唔算好急 can wait, 比较急 cannot, and a surname said apart goes before the given name.
import { describe, expect, it } from 'vitest';
import { withoutIllnessOfTheDead } from '../../src/forms/infer.js';
import { extractEntities } from '../../src/nlu/entities/index.js';
import { extractHouseholdSize } from '../../src/nlu/entities/household-size.js';
import { readMessageParts } from '../../src/nlu/message-parts.js';
import { createTextReader } from '../../src/text/text-reader.js';
import { readField } from './read-field.js';
import { reportPlan } from './report-plan.js';
import { applicationOf, shippedHarness } from './shipped-harness.js';

const read = createTextReader([]);
const field = (type: string, name: string, text: string): Promise<unknown> =>
  readField(type, name, read(text));

describe('round 40: income', () => {
  it.each([
    ['做钟点工 一个小时三十 一个月干六十个小时左右', 1800],
    ['在砖厂搬砖 一天两百 一年也就能干一百五十天', 2500],
    ['家里种了点茶叶 一年采两季 一季卖六千左右', 1000],
    ['种了十亩玉米 今年卖了一万二 别的没有', 1000],
    ['在饭店洗碗 一日一百 一个月做廿日', 2000],
    ['没有了 以前都是我男人挣', 0],
  ])('「%s」 is %i a month', async (text, monthly) => {
    expect(await field('temporary', 'monthly_income', text)).toEqual({ ok: true, value: monthly });
  });
});

describe('round 40: the household and who is in it', () => {
  it('a couple with one daughter is no household of one', () => {
    expect(extractHouseholdSize('我和老伴就一个姑娘 前几年病走了')).toEqual([]);
  });

  it('the illness a husband died of is no sick member now', () => {
    const text = '她男人前年得病走了 一个人带两个伢读书';
    expect(withoutIllnessOfTheDead(text)).not.toContain('得病');
    expect(withoutIllnessOfTheDead(text)).toHaveLength(text.length);
    expect(withoutIllnessOfTheDead('老公得了尿毒症 每周透析')).toBe('老公得了尿毒症 每周透析');
  });
});

describe('round 40: choices in other words', () => {
  it.each([
    ['extreme_poverty', 'self_care', '前年中风以后一直躺炕上 吃饭都是邻居喂', '完全不能自理'],
    ['extreme_poverty', 'self_care', '洗衫煮饭拢是家己 还做得', '能自理'],
    ['extreme_poverty', 'supporters', '无 一世人无某无囝', '没有赡养扶养人'],
    ['minimum_living', 'special_members', '呒啥特别个 就是人老了', '都没有'],
  ])('%s %s: 「%s」 is %s', async (type, name, text, choice) => {
    expect(await field(type, name, text)).toEqual({ ok: true, value: choice });
  });
});

describe('round 40: names', () => {
  it('the label 名字 is no name', async () => {
    expect(await field('minimum_living', 'applicant_name', '名字 阿依努尔')).toEqual({
      ok: true,
      value: '阿依努尔',
    });
  });

  it('给过 is the verb, not the surname 过', () => {
    expect(extractEntities('儿子好几年没回来 也没给过钱').filter((e) => e.type === 'person_name')).toEqual(
      [],
    );
  });
});

describe('round 40: what the opening asks for', () => {
  it('a free training in a trade asks for 就业救助, and hearsay points at nobody', () => {
    const text = '听邻居说镇上有免费学月嫂的 我孩子都上学了想出去挣点钱 去哪报名';
    expect(extractEntities(text).find((e) => e.type === 'assistance_type')?.value).toBe('employment');
    expect(readMessageParts(text).aboutSomeoneElse).toBe(false);
  });
});

describe('round 40: a report about someone else', () => {
  it('a surname said apart goes before the given name, and 比较急 is pressing', async () => {
    const plan = await reportPlan([
      '她叫春梅 姓罗 三十来岁',
      '江阴市青阳镇里山村5组',
      '男人常年在外不回来 她一个人带两个孩子 家里断粮了',
      '比较急 这几天就得有人去看看',
      '匿名',
    ]);
    expect(plan?.fields.applicant_name).toBe('罗春梅');
    expect(plan?.urgency).toBe('high');
  });

  it('唔算好急 (not very urgent, in Cantonese) can wait', async () => {
    const plan = await reportPlan([
      '一个六十几岁的阿伯',
      '江阴市澄江街道火车站附近',
      '在桥底下睡了一个月 精神还好 没钱回老家',
      '唔算好急 不过想快啲帮到佢',
      '匿名',
    ]);
    expect(plan?.urgency).toBe('none');
  });
});

describe('round 40: questions answered before any form', () => {
  it.each([
    '闺女嫁到外地了 每月给我寄几百块 我这样的还能申请低保不',
    '我们这种情况 儿子有辆面包车 还能办低保吗',
    '如果低保没批下来 会告诉我为什么吗',
    '临时救助交上去以后一般几天能批下来',
  ])('「%s」 is answered, and the answer offers to apply', async (text) => {
    const h = await shippedHarness();
    await h.say(text);
    expect(h.flow).toBeNull();
    expect(h.publicState.expecting).toEqual(['offer_apply']);
  });

  it('asked with the wish to be signed up, the form starts', async () => {
    const h = await shippedHarness();
    await h.say('我们这种情况 儿子有辆面包车 还能办低保吗 能的话帮我申请');
    expect(applicationOf(h)?.assistanceType).toBe('minimum_living');
  });
});
