import { beforeAll, describe, expect, it } from 'vitest';
import { createRiskAssessor, loadRiskData, type RiskAssessor } from '../../../src/nlu/risk/index.js';

// Round 35, kinds read from sets AT and AU (written here in our own words): a date set with nothing after it, a
// railing scouted, whether a fall kills at once, a way of dying in the news to try, a child who imagines the family
// sorry after their death, a friend silent after saying it in a group chat, a girl taken away and not reached, a
// mouth held shut, arms full of cuts, Cantonese cutting, a threat sent as a message; and the false alarms: emo typed
// as pinyin, a shop that "kills" with its prices, a disaster months ago, a stroke of years, a crowded flat, a smoker
// on his doorstep, a mother crying at the station, shame before debt collectors, a house that would not cover a bill.

let rules: RiskAssessor;

beforeAll(async () => {
  rules = createRiskAssessor({ data: await loadRiskData('risk') });
});

const urgent = (level: string): boolean => level === 'high' || level === 'critical';

describe('round 35: crises the rules now hear', () => {
  it.each([
    ['活够了 我决定了 下礼拜三夜里', 'suicide_plan'],
    ['那座桥我去看过两回了 边上的护栏很矮 想好了 就下周六', 'suicide_plan'],
    ['我们这栋楼二十层 从顶上跳下去马上就没了吧', 'suicide_method'],
    ['听人讲过去有人喝那个农药死的 现在的还有那么厉害吗 我想试一下', 'suicide_method'],
  ])('「%s」 is critical (%s)', (text, category) => {
    const verdict = rules(text);
    expect(verdict.level).toBe('critical');
    expect(verdict.categories).toContain(category);
  });

  it('a death imagined to make the family sorry is no homework hyperbole', () => {
    expect(rules('想死 卷子做不完 妈天天说我没出息 我死了她就会后悔了').level).toBe('critical');
    expect(urgent(rules('作业写不完了 想死 明天还要交').level)).toBe(false);
  });

  it('a friend who said it was serious and went silent is no rumour in a group chat', () => {
    expect(rules('室友在群里说不想活了 说是认真的 之后就联系不上了').level).toBe('critical');
  });

  it('a girl taken away and still not reached is missing, not found', () => {
    expect(rules('我闺女跟网上认识的男的走了 才十三岁 两天没联系上了').level).toBe('critical');
  });

  it('a mouth held shut while someone calls for help is violence now', () => {
    expect(rules('楼上有个女的喊救命 听着嘴被人捂住了').level).toBe('critical');
  });

  it('cuts are self-harm however they are named, whatever death is denied', () => {
    expect(rules('儿子手臂上都是划痕 他说不是想死').categories).toContain('self_harm');
    expect(rules('我又鎅手了 止唔到血').categories).toContain('self_harm');
  });

  it('a threat sent as a message is a threat, not a hypothetical', () => {
    expect(urgent(rules('他发短信说我要是敢报警就让我好看 我现在不敢回家').level)).toBe(true);
  });

  it('going with a husband long dead said to be good is a wish to be dead, whatever year he died', () => {
    expect(urgent(rules('老头子走脱三年了 我一家头 有辰光想 跟伊一道去了也蛮好').level)).toBe(true);
  });

  it('better if one were not here, in Cantonese, is a passive wish to be dead', () => {
    expect(rules('有時覺得我唔喺度仲好').level).toBe('high');
  });
});

describe('round 35: false alarms the rules now leave', () => {
  it.each([
    '最近好emo 啥都不想干',
    '这家药店简直杀人 一盒药三百多',
    '上个月发大水把地下室淹了 东西都搬出来了 想问问能补多少',
    '前几个月刮台风房顶掀了 后来修好了 就是还欠着钱',
    '我妈中风了三年 一直在家躺着 我没法上班',
    '一家六口住三十平的房子 老大回来都没地方睡',
    '厂子倒闭了 天天蹲门口发呆 不知道干啥',
    '送孩子回她爸那 我在车站也哭了好久',
    '讨债的把电话打到我单位了 太丢人了 我都不敢回家见爸妈',
    '医院催缴单下来了三十万 就算把房子卖了也不够',
    '男人上个月在工地上出事没了 地里的活也没人管 两个孩子在上学 能申请点补助吗',
  ])('「%s」 is not raised', (text) => {
    expect(urgent(rules(text).level)).toBe(false);
  });

  it('emo reads as low spirits, not as pinyin for hunger', () => {
    expect(rules('emo了 谁都别理我').level).toBe('distress');
  });

  it('a fire tonight after one last month is still a fire now', () => {
    expect(
      rules('上个月我家厨房着过火 补助还没批 今晚邻居家又着了 火都烧到我家墙上了 我奶奶还在屋里睡').level,
    ).toBe('critical');
  });
});
