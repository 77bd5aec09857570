import { beforeAll, describe, expect, it } from 'vitest';
import { createRiskAssessor, loadRiskData, type RiskAssessor } from '../../../src/nlu/risk/index.js';

// Round 27, kinds read from sets AC and AD (written here in our own words), read by the rules alone: a wish to die
// early (早点死了算了) is a passive wish, high; 「你们别笑话」 asks not to be laughed at and is no joke; everyday
// words typed in pinyin read as themselves (bu hao yi si is 不好意思), so a pinyin question is no alarm.

let rules: RiskAssessor;

beforeAll(async () => {
  rules = createRiskAssessor({ data: await loadRiskData('risk') });
});

describe('round 27', () => {
  it('a wish to die early is passive: high', () => {
    const verdict = rules('腿摔坏了以后天天躺着 拖累一家人 还不如早点死了算了');
    expect(verdict.level).toBe('high');
    expect(verdict.category).toBe('suicide_passive');
  });

  it('「死了算了」 alone stays critical', () => {
    expect(rules('活着真没意思 死了算了').level).toBe('critical');
  });

  it('「你们别笑话我」 before a wish to be dead is no joke', () => {
    expect(rules('你们别笑话我 我天天疼得睡不着 巴不得早点死了算了').level).toBe('high');
  });

  it.each([
    'ni hao, qing wen xue fei he sheng huo fei you mei you bu zhu? shou ji shu ru fa huai le bu hao yi si',
    'wo jia zai nong cun, jin nian kao shang da xue, ke yi shen qing jiao yu jiu zhu ma',
  ])('the pinyin question 「%s」 raises nothing', (text) => {
    expect(rules(text).level).toBe('none');
  });

  it('a wish to die typed in pinyin is still heard', () => {
    expect(rules('wo bu xiang huo le').level).not.toBe('none');
  });
});

describe('round 27, second pass', () => {
  it.each(['觉得自己就是个废物 找了大半年工作都没着落', '我就是个废物 什么都做不好'])(
    '「%s」 is low mood, not a wish to be dead',
    (text) => {
      expect(['none', 'distress']).toContain(rules(text).level);
    },
  );

  it('a wish to die that fills the mind is no exam-day hyperbole', () => {
    expect(rules('期末考砸了 脑子里全是想死的念头').level).toBe('critical');
  });

  it('a job lost months ago is no sudden loss', () => {
    expect(rules('被辞退快四个月了 一直没找到活 心里挺憋屈').level).not.toBe('high');
    expect(rules('被辞退快四个月了 一直没找到活 心里挺憋屈').level).not.toBe('critical');
  });

  it('an old person alone who asks for someone to talk to is lonely, not abandoned', () => {
    expect(
      rules('老头子走了两年了 孩子们都在城里 一个人在家 也没人说说话 你们能陪我聊聊天吗').level,
    ).not.toBe('critical');
  });

  it('parents working away who do not answer are not missing', () => {
    const verdict = rules('班上一个孩子的爸妈在外地打工 电话一直打不通 想问问学校能做点啥');
    expect(verdict.categories).not.toContain('missing_vulnerable');
  });
});

describe('round 27, third pass', () => {
  it('a heavy snow placed on a date two days back is told after it happened', () => {
    expect(rules('11月28号夜里下暴雪 厨房屋顶塌了 现在住在村委会').level).not.toBe('critical');
  });

  it('people who ran out of a collapsing house unhurt are not out in the cold', () => {
    expect(rules('昨天夜里房子塌了 人都跑出来了没伤着 房子不能住了').categories).not.toContain('exposure');
  });

  it('the next treatment with nothing found to pay for it is a cut-off within days', () => {
    const verdict = rules('我女儿在做化疗 钱都借遍了 下礼拜的化疗费还没着落');
    expect(verdict.level).toBe('high');
    expect(verdict.category).toBe('treatment_cutoff_soon');
  });
});
