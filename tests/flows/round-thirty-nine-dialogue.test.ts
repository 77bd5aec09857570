// Round 39 of the dialogue (development sets BB and BC), every sentence written here, every person fictional.
// The name on the ID card wins over the everyday one; a proxy writer's own schooling is no student in the household;
// a programme told as claimed before its name (也报了医疗救助) gives way to the one asked about, even one asked about
// after 还能; 低保能办吗 and 还能吃低保不 ask for that kind, 残疾人补贴还能一块儿领不 only asks about a second one; a
// question about other help beside help already had is no status check; a grid worker's, a landlord's or a
// neighbour's account of someone in the village is a report; two sources of the same size are both income; Minnan 家己
// and Cantonese 前日, 隔篱 and 烧晒 are read.
import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../src/nlu/entities/index.js';
import { readMessageParts } from '../../src/nlu/message-parts.js';
import { namesRelative } from '../../src/forms/infer.js';
import { toldRefusedOrClaimed } from '../../src/nlu/programme-held.js';
import { fixSlips } from '../../src/text/typing-slips.js';
import { readField } from './read-field.js';
import { normalizeDialect } from '../../src/text/dialect.js';
import { applicationOf, shippedHarness } from './shipped-harness.js';

const entity = (text: string, type: string): unknown[] =>
  extractEntities(text)
    .filter((e) => e.type === type)
    .map((e) => e.value);

describe('round 39: names', () => {
  it('the name on the ID card is the one kept', () => {
    expect(entity('他平时大家都叫他刘小狗 身份证上是刘国强', 'person_name')).toEqual(['刘国强']);
    expect(entity('我叫陈二娃 大名陈建华', 'person_name')).toEqual(['陈建华']);
    expect(entity('我的身份证上是错的', 'person_name')).toEqual([]);
  });
});

describe('round 39: which kind of help', () => {
  it.each([
    ['家里已经吃低保了 也报了医疗救助 手术费还差不少 想问问慈善总会有没有项目可以申请', 'charity'],
    ['我们家是低保户 老伴住院医疗救助也报过 还是差一大截 还能找谁帮帮 慈善那边能申请不', 'charity'],
    ['我左手截肢了 有残疾证 老婆身体也不好 低保能办吗 残疾人那个补贴还能一块儿领不', 'minimum_living'],
    ['老伴瘫了好几年 残疾证也办了 家里原来是贫困户 现在这情况还能吃低保不 能的话帮我申请', 'minimum_living'],
  ])('「%s」 asks for %s', async (opening, type) => {
    const h = await shippedHarness();
    await h.say(opening);
    expect(applicationOf(h)?.assistanceType).toBe(type);
  });

  it('a programme claimed before its name is told as claimed', () => {
    expect(toldRefusedOrClaimed('已经报了医疗救助 还差很多', '医疗救助')).toBe(true);
    expect(toldRefusedOrClaimed('医疗救助也报过 还差很多', '医疗救助')).toBe(true);
    expect(toldRefusedOrClaimed('想申请医疗救助', '医疗救助')).toBe(false);
  });

  it('help already had, with a question about other help, is no status check', () => {
    expect(readMessageParts('家里已经吃低保了 还有没有别的救助可以申请').existingApplication).toBe(false);
    expect(readMessageParts('我家低保申请了一个月了 到哪一步了').existingApplication).toBe(true);
  });
});

describe('round 39: the opening of an application for a relative', () => {
  it("the grandchild's own schooling is not a student in the grandmother's household", async () => {
    const h = await shippedHarness();
    await h.say('想帮我奶奶问一下低保 她一个人住 叔叔们都不管 我还在上学帮不了多少');
    expect(applicationOf(h)?.assistanceType).toBe('minimum_living');
    const told = (h.flow?.state as { told?: Record<string, string> } | undefined)?.told ?? {};
    expect(told.special_members ?? '').not.toContain('有在读学生');
  });
});

describe('round 39: reports about someone else', () => {
  it.each([
    '我是村里的网格员 村里赵老汉老伴上个月走了 他八十多了腿脚不行 想给上头反映一下',
    '我有套房子租给一家外地人 男的瘫了 女的打零工 带三个孩子 房租欠了半年 想问问政府能不能帮帮他们',
    '我想反映下我隔篱屋嘅情况 佢老公上个月走咗 屋企得返佢同两个细路',
  ])('「%s」 reports someone else', (text) => {
    expect(
      readMessageParts(normalizeDialect(text)).reportsOther || readMessageParts(text).aboutSomeoneElse,
    ).toBe(true);
  });
});

describe('round 39: income and dialect', () => {
  it('a year of farming and a son’s monthly money are two sources, though each is 500 a month', () => {
    expect(entity('种地一年也就六千 儿子一个月寄五百', 'monthly_income')).toEqual([1000]);
    expect(entity('一个月两千 一年两万四', 'monthly_income')).toEqual([2000]);
  });

  it('Minnan and Cantonese words are read', () => {
    expect(normalizeDialect('我家己申请')).toBe('我自己申请');
    expect(normalizeDialect('前日夜晚')).toBe('前天夜晚');
    expect(normalizeDialect('衣服都烧晒')).toBe('衣服都烧光了');
    expect(normalizeDialect('我佮囝锁佇便所 毋敢出去')).toBe('我和囝锁在便所 不敢出去');
    expect(normalizeDialect('伊又拍囝了')).toBe('伊又打孩子了');
  });
});

describe('round 39: more answers read', () => {
  it('the household total said first is the income, the sources after it detail it', () => {
    expect(entity('家庭月收入大概7200，我工资5600，我爸退休金1600', 'monthly_income')).toEqual([7200]);
  });

  it('savings lost to a swindle are another cause than the illness told after them', async () => {
    expect(await readField('temporary', 'hardship_cause', '存款让电话诈骗的骗光了 老伴还在吃药')).toEqual({
      ok: true,
      value: '其他',
    });
  });

  it('a child named with 娃 after the consent makes the application a relative’s', () => {
    expect(namesRelative('同意 娃叫马小军 我的电话')).toBe(true);
    expect(namesRelative('同意 我叫马小军')).toBe(false);
  });

  it('地包 and 退脚 typed by sound are read', () => {
    expect(fixSlips('想帮我妈申请一下地包 她退脚不方便')).toBe('想帮我妈申请一下低保 她腿脚不方便');
  });

  it('help with work asked for in everyday words names employment help', () => {
    expect(entity('想问下有没有就业上的帮扶', 'assistance_type')).toEqual(['employment']);
  });
});
