import { beforeAll, describe, expect, it } from 'vitest';
import { createRiskAssessor, loadRiskData, type RiskAssessor } from '../../../src/nlu/risk/index.js';

// Round 47, a kind read from set BO (written here in our own words): someone taken to a hospital named by its place
// (送县医院了, 送到市医院了, 送进镇卫生院了) is with doctors now; the acute illness told is no emergency to send an ambulance
// to, while one still at home (要不要送县医院) is. And an ex-spouse, or whoever owes the children's keep, out of reach
// (前夫联系不上, 抚养费不给 人也联系不上): one who will not pay, no one missing.

let rules: RiskAssessor;

beforeAll(async () => {
  rules = createRiskAssessor({ data: await loadRiskData('risk') });
});

describe('round 47: an acute illness already taken to a named hospital', () => {
  it.each([
    '我老公前天突然心梗 送到县医院了 现在医药费交不上',
    '俺爹上礼拜脑溢血送市医院了 做了手术 家里一分钱都没了',
    '我们楼有个阿姨昨天晚上晕倒了 邻居送进镇卫生院了 她家就她一个人',
  ])('「%s」 calls no ambulance', (text) => {
    expect(rules(text).categories).not.toContain('medical_emergency');
  });

  it.each(['我妈刚才摔倒了 叫不醒 要不要送县医院', '我爸刚才突然晕过去了 叫不醒 送县医院来得及吗'])(
    '「%s」 is still an emergency',
    (text) => {
      expect(rules(text).level).toBe('critical');
    },
  );
});

describe('round 47: the one who owes the keep, out of reach, is no one missing', () => {
  it.each([
    '孩子他爸欠的抚养费一直不给 现在人也联系不上了 法院判了也没用',
    '离婚三年了 前夫一直联系不上 俩孩子都是我一个人带 学费交不起',
    '法院判了每月给八百 可他人失联了 抚养费一分没见着',
    '孩子学费还欠着 她爸的抚养费拖了一年 电话打不通',
  ])('「%s」 is not missing_vulnerable', (text) => {
    expect(rules(text).categories).not.toContain('missing_vulnerable');
  });

  it.each(['我儿子出去三天了 联系不上 电话关机', '俺娘有老年痴呆 早上出门到现在找不到人'])(
    '「%s」 is still someone missing',
    (text) => {
      expect(rules(text).categories).toContain('missing_vulnerable');
    },
  );
});

describe('round 47: 前个礼拜 / 前个月 (last week, last month) tell a fall of the past', () => {
  it.each([
    '俺爹前个月从房顶上掉下来 腰摔坏了 家里没钱了',
    '我男人前个礼拜在工地从脚手架上摔下来 腿断了 工钱也没结',
    '前个星期骑三轮翻到沟里 胳膊摔断了 现在啥活也干不了',
  ])('「%s」 calls no ambulance', (text) => {
    expect(rules(text).categories).not.toContain('medical_emergency');
  });

  it('a fall just now still does', () => {
    expect(rules('我刚从架子上掉下来 腿断了 动不了').categories).toContain('medical_emergency');
  });
});
