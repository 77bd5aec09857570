import { describe, expect, it } from 'vitest';
import {
  decodeRiskNetModel,
  encodeRiskNetModel,
  netFeatures,
  trainRiskNet,
  type RiskExample,
} from '../../../src/nlu/risk/index.js';

// Our own small set: enough for the net to learn something, and to check what it reads and keeps.
const example = (text: string, level: RiskExample['level'], category: string): RiskExample => ({
  text,
  level,
  category,
  note: '',
  expecting: undefined,
  group: undefined,
  rung: undefined,
});
const EXAMPLES: RiskExample[] = [
  example('我真的撑不下去了 想一了百了', 'critical', 'suicide_active'),
  example('这日子没法过了 不如一了百了算了', 'critical', 'suicide_active'),
  example('房东让我们后天就搬走 还没找到落脚的地方', 'high', 'homeless_tonight'),
  example('最近心里很堵 晚上睡不着', 'distress', 'distress'),
  example('请问临时救助要带什么材料', 'none', 'ordinary'),
  example('我家种了三亩地 收成一般', 'none', 'hardship'),
];

describe('what the learned net reads', () => {
  it('adds hashed character 3-grams only inside runs of letters, within the buckets', () => {
    const features = netFeatures('想一了百了，□□好', 64, undefined);
    const grams = features.filter((f) => f.startsWith('t:'));
    // 想一了 一了百 了百了: the comma and the mask break the run, 好 stands alone.
    expect(grams).toHaveLength(3);
    for (const g of grams) expect(Number(g.slice(2))).toBeLessThan(64);
    expect(netFeatures('想一了百了，□□好', 0, undefined).some((f) => f.startsWith('t:'))).toBe(false);
  });

  it('reads the rules hints as features of their own', () => {
    expect(netFeatures('好累', 0, ['despair'])).toContain('r:despair');
    expect(netFeatures('好累', 0, undefined).some((f) => f.startsWith('r:'))).toBe(false);
  });

  it('stays bounded and safe on hostile text', () => {
    const ramble = `${'😀\uD800啊'.repeat(700)}我不想活了`;
    const features = netFeatures(ramble, 4096, []);
    // The net reads at most 300 characters, so the 3-grams are bounded too.
    expect(features.filter((f) => f.startsWith('t:')).length).toBeLessThanOrEqual(300);
  });

  it('trains the same model twice, and keeps its reading settings through the cache', () => {
    const options = { trigramBuckets: 512, urgentWeight: 1.2 };
    const a = trainRiskNet(EXAMPLES, options);
    const b = trainRiskNet(EXAMPLES, options);
    expect(a.model?.weights).toEqual(b.model?.weights);
    expect(a.model?.trigramBuckets).toBe(512);
    const model = a.model;
    if (!model) throw new Error('no model');
    const back = decodeRiskNetModel(encodeRiskNetModel(model, 'k'), 'k');
    expect(back?.trigramBuckets).toBe(512);
    expect(back?.hints).toBeUndefined();
  });

  it('weighs examples as told, and the same weights train the same model', () => {
    const plain = trainRiskNet(EXAMPLES, {});
    const weights = EXAMPLES.map((e) => (e.level === 'none' ? 3 : 1));
    const weighted = trainRiskNet(EXAMPLES, { exampleWeights: weights });
    expect(weighted.model?.weights).not.toEqual(plain.model?.weights);
    expect(trainRiskNet(EXAMPLES, { exampleWeights: weights }).model?.weights).toEqual(
      weighted.model?.weights,
    );
    // More weight on calm messages makes the calm one look calmer.
    const calm = '请问临时救助要带什么材料';
    expect(weighted.predict(calm).urgent).toBeLessThanOrEqual(plain.predict(calm).urgent);
  });
});
