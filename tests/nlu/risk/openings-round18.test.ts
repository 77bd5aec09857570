import { beforeAll, describe, expect, it } from 'vitest';
import { type RiskAssessor } from '../../../src/nlu/risk/index.js';
import { shippedAssessor } from './fixture.js';

// Round 18, read from the conversations of dialogue set Q (written here in our own words): a phone number to dial
// read as a beating (打我的 13…); an old person living alone, whose son is away, read as an abandoned child (the
// writer is the one alone); parents away at migrant work read as missing; left-behind children who fend for
// themselves every day; a carer worn out by a child with autism who hits out; nowhere to go tonight read as
// someone missing; a homeless person found under a bridge read as the writer at a place of danger. The same words
// told as danger now stay urgent.

let assess: RiskAssessor;

beforeAll(async () => {
  assess = (await shippedAssessor()).assess;
});

describe('round 18: answers and hardship told in words that looked like danger', () => {
  it.each([
    ['打我的 13500001234', 'field:phone'],
    ['有事打他的 13900004321', 'field:phone'],
    ['350104196803120035 打我的13600007788', 'field:id_number'],
  ])('「%s」 at %s is no emergency', (text, expecting) => {
    expect(assess(text, { expecting }).level).toBe('none');
  });

  it.each([
    '我儿在外省上班 我一个人在家 腿脚也不大好 想问问五保',
    '老伴走得早 女儿嫁到外地 俺一个人在屋里住 能不能申请低保',
    '楼下两个娃 爹妈在浙江打工一年多没回来了 跟着爷爷过 想帮他们反映一下',
    '隔壁家孩子的爸妈都出去打工了 奶奶身体不好 两个娃天天自己在家煮面条',
    '儿子有孤独症 十一岁了 每天打人砸东西 我真的快熬不住了',
    '钱包在火车站被偷了 带着孩子 晚上不知道去哪 想问问能不能帮一下',
    '邻居家男的脑梗 在县城住院两个多月了 钱都花光了 能帮他申请医疗救助吗',
    '对门老太太上礼拜心脏病犯了 住进了市医院 她智障的儿子先由他舅舅照看着',
  ])('「%s」 is not critical', (text) => {
    expect(assess(text).level).not.toBe('critical');
  });
});

describe('round 18: a homeless person found by the river is exposure, not the finder at a place of danger', () => {
  it.each([
    '河边的桥洞底下有个流浪的老汉 铺着纸壳睡 今晚说要降到零下 怎么办',
    '我在江边散步看到大桥下面躺着一个乞讨的 身上就盖了个破被',
  ])('「%s」 is no suicide', (text) => {
    expect(assess(text).categories.some((c) => c.startsWith('suicide'))).toBe(false);
  });

  it('the writer at the riverside wishing to die is still a crisis', () => {
    expect(assess('我一个人在江边 不想活了').level).toBe('critical');
  });
});

describe('round 18: the same kinds told as danger now stay urgent', () => {
  it.each([
    '他又在打我 我躲在厕所里',
    '我一个人在家 摔倒了爬不起来',
    '我才八岁 一个人在家 爸爸妈妈两天没回来了',
    '我妈出去买菜 不知道去哪了 她有痴呆 电话也打不通',
    '老公天天打我 今天又打了 我不想活了',
    '我妈一个人在家 屋里生着煤炉 她说头晕恶心 站不起来',
  ])('「%s」 stays at least high', (text) => {
    expect(['high', 'critical']).toContain(assess(text).level);
  });
});
