import { beforeAll, describe, expect, it } from 'vitest';
import { createRiskAssessor, loadRiskData, type RiskAssessor } from '../../../src/nlu/risk/index.js';

// Round 40, kinds read from sets BD and BE (written here in our own words): a loss of the household's living (a
// herd dead of a disease, a crop destroyed by hail, savings lost to a fraud, wages unpaid with the boss gone) told
// alone is the household's lot, and the emergency of 救急难 only with a want of now beside it (no fare home, the
// medicine or the rent of next week unpaid, the dormitory cleared within days, the rice running out); an injury told
// for the work it took (resting at home, two months without income) is no body failing this hour.

let rules: RiskAssessor;

beforeAll(async () => {
  rules = createRiskAssessor({ data: await loadRiskData('risk') });
});

const urgent = (text: string): boolean => ['high', 'critical'].includes(rules(text).level);

describe('round 40: a loss of the living told alone is the household’s lot', () => {
  it.each([
    '前两天一场冰雹 葡萄园全打烂了 今年算是白忙了',
    '养的五十只羊得了瘟病 全死光了 买羊的钱是借的',
    '被网上刷单的骗了 攒了好几年的积蓄全没了',
    '包工头跑了 我们干了半年的工钱到现在一分没见着',
  ])('「%s」 stays below high', (text) => {
    expect(urgent(text)).toBe(false);
  });
});

describe('round 40: with a want of now beside it, it is sudden hardship', () => {
  it.each([
    '冰雹把大棚全砸了 家里米缸也快见底了',
    '被骗光了积蓄 下礼拜的药钱都没了',
    '老板跑了 工钱没拿到 回家的路费都没有',
    '老板跑路了 宿舍后天就要清场 我们几十个人不知道去哪住',
  ])('「%s」 is high (sudden_hardship)', (text) => {
    const verdict = rules(text);
    expect(verdict.level).toBe('high');
    expect(verdict.categories).toContain('sudden_hardship');
  });
});

describe('round 40: an injury told for the living it took', () => {
  it.each(['在外地摔断了胳膊 回老家养伤 活也干不了了', '送快递被车刮倒了 腿伤了 快两个月没收入了'])(
    '「%s」 is no medical emergency',
    (text) => {
      expect(rules(text).categories).not.toContain('medical_emergency');
      expect(rules(text).level).not.toBe('critical');
    },
  );

  it('an injury of this hour is still one', () => {
    expect(rules('刚从脚手架上摔下来 腿断了 流了好多血 起不来').level).toBe('critical');
  });
});

describe('round 40: crises the rules now hear', () => {
  it.each([
    ['狗东西又来砸门了 我拿桌子抵住门 孩子躲在床底下', 'critical'],
    ['安眠药是一片一片从两个诊所分开开的 攒够了', 'critical'],
    ['昨晚又没忍住 拿刀片划了两道 不深 自己包了一下', 'critical'],
    ['孩子在跟一个成年男人聊天 那人老让她发照片 说周末来接她', 'high'],
    ['我想问问低保的事 我爸瘫了好几年了 我妈前年走了 刚才我爸怎么叫都叫不醒 呼吸也弱', 'critical'],
    ['上礼拜发大水 家里东西全泡了 现在一家人挤在村小学的教室里', 'high'],
  ])('「%s」 is %s', (text, level) => {
    expect(rules(text).level).toBe(level);
  });

  it('a cut in the kitchen, told as slight, stays calm', () => {
    expect(urgent('切菜的时候手上划了一下 不深 贴了个创可贴')).toBe(false);
  });
});
