import { beforeAll, describe, expect, it } from 'vitest';
import { createRiskAssessor, loadRiskData, type RiskAssessor } from '../../../src/nlu/risk/index.js';

// Round 28, kinds read from sets AE, AF and AG (written here in our own words), read by the rules alone: a year in
// Chinese numerals and a house fallen years ago are the past; a marriage ended by violence is over; a barbecue by
// the river is no plan; a crowded home is no night outside; a jump said in Cantonese is a jump.

let rules: RiskAssessor;

beforeAll(async () => {
  rules = createRiskAssessor({ data: await loadRiskData('risk') });
});

describe('round 28: what is over is calm', () => {
  it.each([
    '我男人二零一八年出了车祸 腿断了以后一直在家 我在厂里上班 想问问低保怎么申请',
    '家里的老房子倒了好几年了 一直空着 村里说要统一拆 有没有补偿款',
    '因为他喝酒打人离的婚 已经好几年了 现在我一个人带孩子 想问问有什么帮扶',
    '一家五口挤在两间小平房里 儿子都二十了没地方住 有没有住房救助',
    '国庆带孩子去江边烧烤 买了一袋木炭 那边让不让生火',
  ])('「%s」 raises no alarm', (text) => {
    expect(['none', 'distress']).toContain(rules(text).level);
  });

  it('a death years ago still stands behind a wish to follow now', () => {
    expect(rules('老伴走了五年了 我天天想着跟他一块去了算了').level).not.toBe('none');
  });
});

describe('round 28: Cantonese', () => {
  it.each(['我決定咗今晚喺天台跳落去', '啱啱喺天台差啲跳咗落去 俾人拉返落嚟'])(
    '「%s」 is critical',
    (text) => {
      expect(rules(text).level).toBe('critical');
    },
  );
});
