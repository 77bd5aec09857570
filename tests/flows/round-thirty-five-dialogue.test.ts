// Round 35 of the dialogue (development sets AT and AU), every sentence written here, every person fictional.
// A bare 「在吗」 is answered with an open question and the bot says it waits to hear what the resident needs; a house
// fire told by a son far away, with everyone safe and housed by kin, and a Hunan 么子 question, is answered and offered;
// 「问他同不同意」 in a yes is a question asked him, not a refusal; a shopkeeper, a landlord and a neighbour by a shop report;
// form answers: a total after a figure, none of these, Wu words, a son locked up, a stick and a stove, a neglectful child;
// for whom, in Cantonese and Hakka (同我个女), in pinyin (wo ma), and a couple (我跟老太婆); counts and sums; a
// question comparing kinds of help, asked for someone, is answered.
import { describe, expect, it } from 'vitest';
import { inferApplicantRelation } from '../../src/forms/infer.js';
import { readMessageParts } from '../../src/nlu/message-parts.js';
import { normalizeDialect } from '../../src/text/dialect.js';
import { fakeIdNumber } from '../helpers/id-numbers.js';
import { readField as read } from './read-field.js';
import { shippedReader } from './shipped-reader.js';

describe('round 35: a bare greeting', () => {
  it('is answered with an open question, and the bot waits to hear the need', async () => {
    const h = await shippedReader();
    await h.say('在吗');
    expect(h.text).toContain('请问有什么可以帮您');
    expect(h.publicState.expecting).toEqual(['need']);
    await h.say('想给我妈申请低保');
    expect(h.flow?.name).toBe('application');
    expect(h.publicState.expecting).not.toContain('need');
  });

  it('waits for nothing once the talk has moved on', async () => {
    const h = await shippedReader();
    await h.say('你好');
    await h.say('低保一个月能领多少钱');
    expect(h.publicState.expecting).not.toContain('need');
  });
});

describe('round 35: a fire told from afar, everyone safe', () => {
  it('「么子」 asks, as 什么 does', () => {
    expect(readMessageParts('想问下有么子补助可以申请').asksSomething).toBe(true);
  });

  it('is answered and offered, not left with 「有危险请打110」', async () => {
    const h = await shippedReader();
    await h.say(
      '我是替我娘问的 老屋上个礼拜起火了 烧得只剩个框架 人都好好的 现在住我舅舅家 我在外面打工 想问问能申请么子救助',
    );
    expect(h.publicState.expecting).toEqual(['offer_apply']);
    expect(h.publicState.urgency).toBe('none');
  });
});

describe('round 35: a yes with 「同不同意」 in it', () => {
  it('is a yes, and the nod told after it is the person’s agreement', async () => {
    const h = await shippedReader();
    await h.say('我是村里的网格员 我们村有个九十岁的老人殷守田 无儿无女 瘫在床上 想给他报特困');
    expect(h.publicState.expecting).toContain('consent');
    await h.say(
      `同意 老人耳朵背 我大声问他同不同意帮他办 他点头了 ${fakeIdNumber('19340512', 17)} 13600004417`,
    );
    expect(h.flow?.name).toBe('application');
    expect(h.publicState.expecting).not.toContain('consent');
    expect(h.publicState.expecting).not.toContain('proxy_consent');
  });
});

describe('round 35: those who see a household from their shop or their house', () => {
  it.each([
    '我是开早餐店的 我们这条巷子有个老太太 一个人住 天天来讨剩包子吃 你们能不能去看看',
    '我是房东 楼下租给一家外地人 男的干活摔断了腿 房租欠了两个月 孩子也瘦 你们政府管不管',
    '跟你们反映个事 我们厂旁边住着一对老夫妻 男的瞎了 女的腿瘸 一直捡破烂过日子',
  ])('「%s」 is a report', async (opening) => {
    expect(readMessageParts(opening).aboutSomeoneElse).toBe(true);
    const h = await shippedReader();
    await h.say(opening);
    expect(h.flow?.name).toBe('report');
  });
});

describe('round 35: form answers', () => {
  it('「…打五百一共六百六」: the 一 of 一共 starts the total', async () => {
    expect(
      await read('minimum_living', 'monthly_income', '养老金一百二十块我每个月给她打四百一共五百二'),
    ).toEqual({
      ok: true,
      value: 520,
    });
  });

  it('「这几个都不算」 says none of the choices applies', async () => {
    expect(await read('minimum_living', 'special_members', '这几样都不算吧 她就是腿脚不好')).toEqual({
      ok: true,
      value: '都没有',
    });
  });

  it('Wu 伲子, 我伲 and 呒没 are read: a son who does not look after them, and no one at all', async () => {
    expect(await read('minimum_living', 'special_members', '老太婆一直吃药 伲子也勿管我伲')).toEqual({
      ok: true,
      value: '有重病病人、有老人无人赡养',
    });
    expect(await read('extreme_poverty', 'supporters', '呒没，男人小囡都呒没，我是外甥')).toEqual({
      ok: true,
      value: '没有赡养扶养人',
    });
  });

  it('a son locked up (关在里向) is a supporter who cannot support', async () => {
    expect(await read('extreme_poverty', 'supporters', '就一个儿子 关在里向还有四年')).toEqual({
      ok: true,
      value: '有但没有能力赡养',
    });
  });

  it('a stick to walk with beside cooking for oneself is partly able, in either order', async () => {
    expect(await read('extreme_poverty', 'self_care', '出门要拄拐 饭还能自己做')).toEqual({
      ok: true,
      value: '部分自理',
    });
    expect(await read('extreme_poverty', 'self_care', '自己做饭洗衣 身体还行')).toEqual({
      ok: true,
      value: '能自理',
    });
  });

  it('a child who does not look after the writers is why they apply, not whom for', () => {
    expect(inferApplicantRelation('我们两个老的 闺女也不管我们 想问问低保能不能办')).toBe('本人申请');
    expect(inferApplicantRelation('儿子不管我 想给我孙子申请低保')).toBe('亲属代为申请');
  });
});

describe('round 35: for whom, in other tongues', () => {
  it.each([
    ['我想同我个女申请助学金 佢今年读高一', '亲属代为申请'],
    ['𠊎想同𠊎赖子问下残疾人补贴 佢耳朵听唔到', '亲属代为申请'],
  ])('「%s」 is for the child (%s)', (opening, relation) => {
    expect(inferApplicantRelation(normalizeDialect(opening))).toBe(relation);
  });

  it('同 before anything else stays as written', () => {
    expect(normalizeDialect('我同意 同佢讲过了')).toBe('我同意 同他讲过了');
  });

  it('「wo ma」 typed in pinyin is 我妈, so the application is for her', async () => {
    const h = await shippedReader();
    await h.say(
      'ni hao, wo ma qian nian zhong feng zhi hou yi zhi zai kang fu, ke yi shen qing yi liao jiu zhu ma',
    );
    expect(h.flow?.name).toBe('application');
    expect(
      (h.flow?.state as { fields: Record<string, unknown> }).fields['applicant_relation'],
    ).toBeUndefined();
  });

  it('「我跟老太婆两个」 is the couple applying for themselves', async () => {
    expect(await read('disaster', 'applicant_relation', '我跟老太婆两个')).toEqual({
      ok: true,
      value: '本人申请',
    });
  });
});

describe('round 35: counts and sums', () => {
  it('「4人」 first is the household, whatever couple works after it', async () => {
    expect(await read('temporary', 'household_size', '5人 房子塌了以后两口子在外面打零工')).toEqual({
      ok: true,
      value: 5,
    });
  });

  it('a year named in the clause before the figure is its period', async () => {
    expect(await read('housing', 'monthly_income', '一年养羊加上打零工 能落个三万六')).toEqual({
      ok: true,
      value: 3000,
    });
  });

  it('「我一个月八百她没有就八百」: the other earns nothing, so the figure is said again, not added', async () => {
    expect(await read('minimum_living', 'monthly_income', '我扫大街一个月八百他没有就八百')).toEqual({
      ok: true,
      value: 800,
    });
  });

  it('no home of one’s own, sleeping in a relative’s shed, is no home', async () => {
    expect(await read('housing', 'housing_situation', '离了婚没地儿去 住我哥家柴房')).toEqual({
      ok: true,
      value: '没有住房',
    });
  });
});

describe('round 35: which kind of help', () => {
  it('「我想申请低保 哦不是 是看病那个 医疗救助」: the kind named after 哦不是', async () => {
    const h = await shippedReader();
    await h.say('我想申请低保 哦不是 是看病的那个 医疗救助 我得了肾衰 每周透析两回');
    expect(h.text).toContain('申请医疗救助');
  });
});

describe('round 35: pinyin with an English word in it', () => {
  it('「ok tong yi wo zi ji shen qing」 reads its pinyin, the ok kept', async () => {
    const h = await shippedReader();
    await h.say(
      'ni hao, wo ba qu nian zhong feng hou tan huan le, jia li mei shou ru, xiang shen qing di bao',
    );
    expect(h.publicState.expecting).toContain('field:applicant_relation');
    await h.say('ok tong yi wo zi ji shen qing');
    expect(h.publicState.expecting).not.toContain('field:applicant_relation');
    expect((h.flow?.state as { fields: Record<string, unknown> }).fields['applicant_relation']).toBe(
      '本人申请',
    );
  });
});

describe('round 35: a question about the kinds of help, asked for someone', () => {
  it('is answered and offered, not taken as a report', async () => {
    const h = await shippedReader();
    await h.say('想问下临时救助跟低保有啥不一样？我们组有个老汉一个人过，不晓得该给他办哪个');
    expect(h.flow?.name).not.toBe('report');
    expect(h.publicState.expecting).not.toContain('report_subject');
    expect(h.text).toContain('低保');
  });
});
