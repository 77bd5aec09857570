import { beforeAll, describe, expect, it } from 'vitest';
import { createRiskAssessor, loadRiskData, type RiskAssessor } from '../../../src/nlu/risk/index.js';

// Round 47, a kind read from set BO (written here in our own words): someone taken to a hospital named by its place
// (送县医院了, 送到市医院了, 送进镇卫生院了) is with doctors now; the acute illness told is no emergency to send an ambulance
// to, while one still at home (要不要送县医院) is.

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
