import { beforeAll, describe, expect, it } from 'vitest';
import { createRiskAssessor, loadRiskData, type RiskAssessor } from '../../../src/nlu/risk/index.js';

// Round 48, kinds read from conversation set BP (written here in our own words): a stroke placed in a season already
// past is the state of life now, not an ambulance to call; a line that does not get through, with another number
// given, is no one missing; a writer working away who cannot come home is no one stranded; 救命 before asking whether
// some named help exists is a sigh; parents taken into their child's home are housed.

let rules: RiskAssessor;

beforeAll(async () => {
  rules = createRiskAssessor({ data: await loadRiskData('risk') });
});

describe('round 48: a stroke of a season already past', () => {
  it.each([
    '我妈今年开春脑梗了 现在一条腿拖着走 我想帮她申请低保',
    '俺爹去年夏天中风了，到现在半边身子还不太灵便，家里就俺娘伺候',
    '老伴年初那会儿中风了 现在说话不利索 家里开销大',
  ])('「%s」 calls no ambulance', (text) => {
    expect(rules(text).categories).not.toContain('medical_emergency');
  });

  it.each(['我爸刚才突然中风了 半边身子动不了', '今年春天中风过一次 刚才又倒下了 叫不醒'])(
    '「%s」 is still an emergency',
    (text) => {
      expect(rules(text).level).toBe('critical');
    },
  );
});

describe('round 48: a line that does not get through, another number given', () => {
  it.each([
    '王秀芝 村委会的电话老是打不通 你们打我手机 13900001234',
    '居委会座机没人接 有事打俺电话就行',
    '家里电话打不通 打我的号码吧',
  ])('「%s」 is no one missing', (text) => {
    expect(rules(text).categories).not.toContain('missing_vulnerable');
  });

  it('a child who cannot be reached and has not come home still is', () => {
    expect(rules('我家闺女放学到现在还没回来 电话打不通').level).toBe('critical');
  });
});

describe('round 48: a writer working away who cannot come home', () => {
  it.each([
    '我妈一个人在老家 身体不好 我在广东打工回不去 能在网上帮她办吗',
    '俺在外地上班回不去老家 能不能替俺爹在网上申请',
  ])('「%s」 is no one without a roof', (text) => {
    expect(rules(text).categories).not.toContain('homeless_tonight');
  });
});

describe('round 48: 救命 before asking whether some help exists', () => {
  it.each(['救命 生活费花完了 有没有什么补助可以申请的', '救命😭 房租要交了 有啥救助能申的吗'])(
    '「%s」 is a sigh, not a cry for help',
    (text) => {
      expect(rules(text).categories).not.toContain('call_for_help');
    },
  );

  it('救命 beside a danger still is', () => {
    expect(rules('救命 有人在砸我家门').level).toBe('critical');
  });
});
