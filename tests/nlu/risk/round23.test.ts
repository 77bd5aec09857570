import { beforeAll, describe, expect, it } from 'vitest';
import { createRiskAssessor, loadRiskData, type RiskAssessor } from '../../../src/nlu/risk/index.js';

// Round 23, kinds read from set V (written here in our own words), read by the rules alone: what happens this
// moment (刚刚, 这会儿, 一下子) is new whatever stay in hospital or past year the message told first; a fall with no
// getting up is a medical emergency, and someone whose whereabouts are known is not missing; snowed in or cut off
// by a washed-out road is a disaster to be rescued from, not a confinement; a month of this year named (今年五月)
// and a hospital the patient lies in now (在县医院住着呢) calm what happened then.

let rules: RiskAssessor;

beforeAll(async () => {
  rules = createRiskAssessor({ data: await loadRiskData('risk') });
});

describe('round 23: what happens this moment', () => {
  it.each([
    '我想问下报销要哪些单子 上个月我爸住院花了一万多 门诊的票也都留着 哎刚刚他一下子倒下了 叫他不应 嘴也歪了',
    '请问高龄补贴是多大岁数开始 去年问过说还不够 我自己一个人住 这会儿胸口疼得厉害 喘不上来',
  ])('「%s」 is critical', (text) => {
    expect(rules(text).level).toBe('critical');
  });

  it('a fall without getting up is a medical emergency, not a missing person', () => {
    const verdict = rules('我妈一个人在家 早上摔了一跤 到现在还趴在地上起不来 邻居电话也打不通');
    expect(verdict.level).toBe('critical');
    expect(verdict.category).toBe('medical_emergency');
    expect(verdict.categories).not.toContain('missing_vulnerable');
  });
});

describe('round 23: asked how a way of dying works, or a danger to a whole building', () => {
  it.each([
    ['顺便问下 敌敌畏人喝了多久会起作用', 'suicide_method'],
    ['院里那棵树的树杈挂得住一个人吗', 'suicide_method'],
    ['外头零下二十度 冻一夜人能冻死不', 'suicide_method'],
    ['楼下天然气管子在漏 嘶嘶的 楼道里全是味', 'fire_disaster_now'],
    ['河堤那里一直在往外冒水 还越来越多', 'fire_disaster_now'],
  ])('「%s」 is critical (%s)', (text, category) => {
    const verdict = rules(text);
    expect(verdict.level).toBe('critical');
    expect(verdict.category).toBe(category);
  });

  it.each(['孩子误吃了老鼠药 多久会发作', '这根晾衣杆挂得住一床棉被吗'])(
    '「%s」 is no method asked',
    (text) => {
      expect(rules(text).category).not.toBe('suicide_method');
    },
  );
});

describe('round 23: cut off by the weather', () => {
  it.each([
    '雪下了两天 进山的路封死了 我们在牧场上 粮也快吃完了 出不去',
    '河水把村口的桥冲断了 十几户人家出不去',
  ])('「%s」 is a disaster, not a confinement', (text) => {
    const verdict = rules(text);
    expect(verdict.level).toBe('critical');
    expect(verdict.category).not.toBe('confinement');
  });

  it('someone held by a person is still a confinement, whatever the weather', () => {
    const verdict = rules('外面下着大雪 她男人把她锁在屋里打 不让她出门');
    expect(verdict.categories).toContain('confinement');
  });
});

describe('round 23: calm messages the rules no longer raise to critical', () => {
  it.each([
    '我爱人今年五月突发脑出血 现在生活不能自理 想问问能申请啥补助',
    '俺爹前天中风了 在县医院住着呢 临时救助都要带啥材料',
    '老人刚才晕倒了 现在在镇医院躺着 医生在看',
  ])('「%s」 is below critical', (text) => {
    expect(rules(text).level).not.toBe('critical');
  });
});
