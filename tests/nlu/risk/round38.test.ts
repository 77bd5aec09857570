import { beforeAll, describe, expect, it } from 'vitest';
import { createRiskAssessor, loadRiskData, type RiskAssessor } from '../../../src/nlu/risk/index.js';

// Round 38, kinds read from sets AZ and BA (written here in our own words): a blow of last month (a fire, a sentence,
// a stroke) that left the household without a living or the money due now; savings lost to a fraud or a failed
// platform; the earner arrested with nothing coming in; a child's grave illness found, its cost out of reach; a move
// forced within days with nowhere found. And the false alarms: 怎么 after a benefit's name before a death of years
// ago, a relative's number to ring, an injury placed weeks back, a bill left after the care was had, a dead father's
// benefit to stop, part of a house burnt last month.

let rules: RiskAssessor;

beforeAll(async () => {
  rules = createRiskAssessor({ data: await loadRiskData('risk') });
});

describe('round 38: sudden hardship the rules now hear', () => {
  it.each([
    '孩子他爹上个月被判了 家里没进项了 两个娃要上学',
    '上个月家里失火 房子烧光了 现在一家挤在亲戚家',
    '她爸上个月中风瘫了 学费一下子没着落了',
    // Round 40: with a want of now (the loss alone is the household's lot: round40.test.ts).
    '在网上被人骗光了养老钱 一分不剩 这个月房租都没着落',
    '理财平台暴雷了 我们的积蓄全在里面 一分没剩 生活费都没了',
    '男人被抓进去了 家里一下子没了收入',
    '闺女查出白血病 医生说先准备二十万 我们拿不出来',
    '房东让这周必须搬走 我带着俩孩子还没找到地方',
  ])('「%s」 is high (sudden_hardship)', (text) => {
    const verdict = rules(text);
    expect(verdict.level).toBe('high');
    expect(verdict.categories).toContain('sudden_hardship');
  });
});

describe('round 38: a child harmed at home, as others see it', () => {
  it.each([
    '我是班主任 有个女生胳膊上又是青的 问她也不说 说是回家挨的',
    '楼上那家的小男孩身上老是有伤 昨天脸上也肿了',
    '我同桌跟我说她后爸半夜会摸进她房间',
  ])('「%s」 is high', (text) => {
    expect(rules(text).level).toBe('high');
  });

  it('injuries found on a home visit and asked about by the caseworker are not raised', () => {
    expect(rules('入户走访的时候发现孩子腿上有伤 我们该找哪个部门').level).toBe('none');
  });
});

describe('round 38: calm messages that stay calm', () => {
  it.each([
    '低保怎么弄我老伴死了好多年了',
    '这是我侄子的电话13700001111 有事打他',
    '我三个星期前摔断了腿 现在打着石膏干不了活 想申请临时救助',
    '我爸上个月住院 报了医保自己还要出两万 拿不出来',
    '上个月我爸去世了 他的低保怎么停',
    '上个月失火烧了厨房 想问重建有没有补贴',
    '凌晨两点还睡不着 毕业半年了工作还没找到 不敢跟家里说',
  ])('「%s」 is none', (text) => {
    expect(rules(text).level).toBe('none');
  });

  it('how to die, asked outright, is still a method', () => {
    expect(rules('怎么死才不疼').categories).toContain('suicide_method');
  });

  it('a mother in danger beside the writer’s own cast is still an emergency', () => {
    expect(rules('我妈一身冷汗在说胡话 我腿打着石膏下不了床').level).toBe('critical');
  });
});
