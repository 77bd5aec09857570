import { beforeAll, describe, expect, it } from 'vitest';
import { createRiskAssessor, loadRiskData, type RiskAssessor } from '../../../src/nlu/risk/index.js';

// Round 25, kinds read from sets Y and Z (written here in our own words), read by the rules alone: an accident of
// a week or two ago told in numbers (6天前, 前两个礼拜, 上上个星期, 半个月前) is recent; being run over, a fall from
// a scaffold and a roof blown off are sudden events; tiles blown off, a kitchen wall that fell and a carer who
// cannot get out to work are not emergencies; a coworker's accident is someone else's.

let rules: RiskAssessor;

beforeAll(async () => {
  rules = createRiskAssessor({ data: await loadRiskData('risk') });
});

describe('round 25: sudden events of the last weeks', () => {
  it.each([
    '我儿子6天前下班路上被货车撞了 现在还在医院 家里一分钱都拿不出来了',
    '我前两个礼拜从脚手架上摔下来 腰断了 包工头不管 医药费都是借的',
    '上上个星期我男人在厂里出事没了 留下我和两个娃',
    '大前天一场大风 俺家房顶让风给掀了一大半 晚上冻得睡不着',
    '我爷爷昨天走了 殡仪馆说火化费要三千 我们凑不出来',
    '家里的牛昨晚全让人偷了 报了案 一家人就指着这几头牛',
    '我妈骑车让人撞了 在重症监护室 已经欠医院三万了',
    '鸡场这两天全死了 贷款还欠着好几万',
  ])('「%s」 is high: sudden hardship', (text) => {
    const verdict = rules(text);
    expect(verdict.level).toBe('high');
    expect(verdict.category).toBe('sudden_hardship');
  });
});

describe('round 25: calm messages the rules leave calm', () => {
  it.each([
    '上礼拜刮风 把屋顶的瓦掀了几片 已经找人补好了',
    '四天前下大雨 我家院墙倒了 人都好好的 想问问能不能补点钱',
    '我天天在医院陪床 也出不去做工 家里就靠亲戚接济',
    '我们工地上礼拜有人从架子上摔下来了 工伤是找哪个部门',
  ])('「%s」 is below high', (text) => {
    expect(['none', 'distress']).toContain(rules(text).level);
  });
});

describe('round 25: family that took the household in', () => {
  it('「住在我兄弟家」 is housed by kin after a disaster that took everything', () => {
    expect(rules('前天发大水 家里东西全冲走了 现在一家人住在我兄弟家').signals.join(' ')).toContain(
      'housed_by_kin',
    );
  });
});
