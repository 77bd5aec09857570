import { beforeAll, describe, expect, it } from 'vitest';
import { type RiskAssessor } from '../../../src/nlu/risk/index.js';
import { shippedAssessor } from './fixture.js';

// A hard life told calmly is a reason to apply, not an emergency: a past event (前天, 上个月, 那场雨, 半年前),
// a medical event already treated, hardship words (种不动, 走不动, 快买不起), a place name with 江 or 河, and a
// family that is safe and housed now. The same situations happening now stay critical.

let assess: RiskAssessor;

beforeAll(async () => {
  assess = (await shippedAssessor()).assess;
});

describe('calm hardship told while applying is never critical', () => {
  it.each([
    // Can no longer farm or lift: age, not a body that stopped moving.
    '我们老两口七十多了 田也种不动了 想问问低保怎么办',
    '老伴腿脚不好 重活干不动了 我一个人也拿不动东西 能申请点补助吗',
    // A medical event in the past, treated.
    '我去年冬天心梗放了支架 现在要一直吃药 想问医疗救助能报多少',
    '前几个月我爸脑出血开了刀 花光了积蓄 想申请医疗救助',
    // A past fire, flood or collapse; the family now lives with relatives.
    '大前天夜里家里失火 烧了两间房 现在一家住在我姐家 想申请临时救助',
    '那场暴雨把老屋冲塌了一半 我们搬到我弟家住了 想问危房改造',
    // A partner who left months ago, money lost to fraud, a cost getting hard to meet.
    '孩子他爸大半年前出门就再没回来 我带着两个娃上不了班 想申请低保',
    '上个月被冒充警察的骗了六万 钱打过去就追不回来了 老头子的药也快买不起了 能不能帮帮我们',
    // A widow left with her grandchild is a carer, not a child left alone.
    '老伴上个月走了 家里就剩我跟小孙子 有啥补助吗',
    // Living in a place whose name has a river or a sea in it.
    '我是河南人 在江阴打工 能不能在这边申请临时救助 我够不够条件',
    // A crack in an old wall, counted and described: a house to repair.
    '老房子的墙裂了一道大缝 一下雨就漏 想申请修缮补助',
  ])('「%s」 is below critical', (text) => {
    const r = assess(text);
    expect(r.level).not.toBe('critical');
  });

  it.each([
    '地也种不动了 想办个低保',
    '上个月我被骗了八万 钱转过去就追不回来了 想问问能申请什么',
    '我是江阴的 想问下低保一个月能领多少',
    '孩子他爸半年前走了就一直没回来 能申请低保吗',
  ])('「%s」 is not an urgent case at all', (text) => {
    expect(['none', 'distress']).toContain(assess(text).level);
  });

  it('a wish not to wake, said with an explicit promise not to act on it, is low mood, not an urgent case', () => {
    const r = assess('带孩子太累了 有时候觉得睡着了别醒也挺好 不过你放心 我不会干傻事的');
    expect(r.level).toBe('distress');
  });
});

describe('the same situations happening now are still caught', () => {
  it.each([
    '我爸刚才突然倒在地上不动了 叫他也不醒',
    '老人摔在院子里起不来 头上一直在流血',
    '我妈现在胸口疼得厉害 喘不上气来',
    '我家厨房着火了 奶奶还在里面',
    '洪水把家淹了 东西都泡了 老人还困在屋里出不去',
    '我一个人站在江边 不想活了',
    '我想知道安眠药吃多少片才会死',
    '他拿着刀说要杀了我 我躲在厕所里',
    '天这么冷 我抱着孩子在桥洞下过夜 孩子冻得发紫',
  ])('「%s」 is critical', (text) => expect(assess(text).level).toBe('critical'));

  it('a wish not to wake without any reassurance stays an urgent case', () => {
    expect(assess('太累了 真希望睡着了就别再醒过来').level).toBe('high');
  });

  it('a fire a day or two ago that took everything is still sudden hardship (high)', () => {
    const r = assess('前天家里着火了 房子烧没了 什么都没了');
    expect(r.level).toBe('high');
    expect(r.category).toBe('sudden_hardship');
  });

  it('not knowing where to sleep tonight is homelessness, not a missing person', () => {
    const r = assess('钱包和身份证在车站被偷了 天黑了 不知道去哪过夜');
    expect(r.level).toBe('high');
    expect(r.categories).not.toContain('missing_vulnerable');
  });
});
