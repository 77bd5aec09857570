import { beforeAll, describe, expect, it } from 'vitest';
import {
  createRiskAssessor,
  DEFAULT_NET_THRESHOLDS,
  loadRiskData,
  type RiskAssessor,
  type RiskData,
  type RiskNet,
} from '../../../src/nlu/risk/index.js';

// Round 33, kinds read from sets AP and AQ (written here in our own words): going to join the one who died, better
// off dead in Cantonese, not waking in Wu, up on a roof and not coming down, a classmate's wish to die told in a
// dormitory chat, a beating still going on as a helper watches; savings lost to fraud this week and a herd dead in
// a fortnight; and the false alarms of ordinary applications: a mother renting with her children, an old woman
// living alone whose family asks for 低保, money left before the word 孩子, a shop closed (没活路 is "no work").
// The net may now hear a sudden hardship past a soft calming (days ago, in hospital, someone died).

let data: RiskData;
let rules: RiskAssessor;

beforeAll(async () => {
  data = await loadRiskData('risk');
  rules = createRiskAssessor({ data });
});

const urgent = (level: string): boolean => level === 'high' || level === 'critical';

describe('round 33: suicide told indirectly', () => {
  it.each([
    '孩子他爸走了三个月了 等过了百日 我就跟他去',
    '老伴没了以后 我天天盼着去找她呢',
    '我屋里那口子走了一年 我想跟伊一道去',
  ])('「%s」 (joining the one who died) is critical', (text) => {
    expect(rules(text).level).toBe('critical');
  });

  it('better off dead in Cantonese is a passive wish', () => {
    const verdict = rules('成日拖累屋企人 我死咗仲好');
    expect(verdict.level).toBe('high');
    expect(verdict.categories).toContain('suicide_passive');
  });

  it('not waking up in Wu is a passive wish', () => {
    expect(rules('一个人冷清清 有辰光想困过去勿醒倒也蛮好').categories).toContain('suicide_passive');
  });

  it.each(['后天爬到楼顶去 再也不下来了', '周末上天台看看风景 不下来的那种'])(
    '「%s」 (up high and not coming down) is critical',
    (text) => {
      expect(rules(text).level).toBe('critical');
    },
  );

  it('a classmate saying in the dormitory chat that he wants to kill himself is no news item', () => {
    expect(rules('室友在寝室群里说他想自杀 我们该怎么办').level).toBe('critical');
  });

  it('a fall from a roof one is locked out of, or a chat group spreading a story, stays calm', () => {
    expect(rules('晒被子的时候楼顶门被风关上了 下不来了').level).toBe('none');
    expect(rules('小区群里说河边有人自杀 是真的吗').level).toBe('none');
  });
});

describe('round 33: danger now, seen by a helper', () => {
  it('a carer still kicking an old man, seen by a building head, is violence now', () => {
    const verdict = rules('我是楼长 看见护工把老爷子推倒了 还在踢他');
    expect(verdict.level).toBe('critical');
    expect(verdict.categories).toContain('violence_now');
  });
});

describe('round 33: sudden losses of this week', () => {
  it.each(['我爸这礼拜被骗子骗走了八万养老钱 全没了', '养了两年的羊这半个月死了十几只 买羊的钱还是贷的'])(
    '「%s」 is a sudden hardship',
    (text) => {
      expect(urgent(rules(text).level)).toBe(true);
    },
  );

  it('savings of a lifetime are no chronic illness, a lifetime of work is still chronic', () => {
    expect(urgent(rules('被人电话诈骗了 攒了一辈子的钱昨天全转走了').level)).toBe(true);
    expect(urgent(rules('他干了一辈子重活 腰一直不好 想问问医疗救助').level)).toBe(false);
  });

  it('a death last month told with 突然 is not of the last days', () => {
    expect(rules('我舅上个月突然中风走了 舅妈想问问临时救助怎么申请').level).toBe('none');
  });
});

describe('round 33: ordinary applications stay calm', () => {
  it.each([
    '离婚三年了 我带着两个娃自己在外面租房 钱紧 想问住房救助',
    '老太太一个人在家 腿脚不好 俺们在外地打工 她能整个低保不',
    '交完房租手里就剩八百 孩子还要交学费 想申请低保',
    '厂子倒了 没活路 想问问就业救助',
    '不是说马上揭不开锅 就是医药费太大了 临时救助能申请吗',
    '刚刚讲错了 阿婆户口也勒阿拉屋里 是四个人',
  ])('「%s」 is no emergency', (text) => {
    expect(urgent(rules(text).level)).toBe(false);
  });

  it('children left on their own and a pot with nothing in it still are', () => {
    expect(rules('大人都走了 家里就剩两个孩子 三天没人管').level).toBe('critical');
    expect(urgent(rules('家里已经揭不开锅了').level)).toBe(true);
  });
});

describe('round 33: the net past a soft calming', () => {
  const netSaying = (urgentP: number, category = 'sudden_hardship'): RiskNet => ({
    classes: new Map(),
    predict: () => ({ urgent: urgentP, distressOrWorse: 1, category }),
  });
  const withNet = (p: number, category?: string): RiskAssessor =>
    createRiskAssessor({ data, net: netSaying(p, category) });
  // Beaten days ago, out of hospital, the bills borrowed: the danger is over, the loss is not.
  const daysAgo = '前几天被人打了 住了几天院刚出来 医药费都是借的';

  it('the rules alone calm it as days ago', () => {
    expect(rules(daysAgo).level).toBe('none');
  });

  it('a net fairly sure of a sudden hardship raises it to high, never to critical', () => {
    expect(DEFAULT_NET_THRESHOLDS.softCalmed).toBeDefined();
    const sure = DEFAULT_NET_THRESHOLDS.softCalmed ?? 1;
    const verdict = withNet(sure, 'suicide_attempt')(daysAgo);
    expect(verdict.level).toBe('high');
    expect(verdict.source).toBe('model');
    // The rules saw the danger over: what the net hears is the household's loss, whatever danger it guessed.
    expect(verdict.category).toBe('sudden_hardship');
    expect(withNet(sure - 0.05)(daysAgo).level).not.toBe('high');
  });

  it('a soft calming beside a hard one (a story in the news, a death years ago) is hard', () => {
    const sure = DEFAULT_NET_THRESHOLDS.softCalmed ?? 1;
    const told = '前几天刷到个视频 说有户人家被火烧了 人都在医院住着 医药费是借的';
    expect(withNet(sure)(told).level).not.toBe('high');
    // Someone died (soft), years ago (hard): a loss of long ago is the household's lot.
    expect(withNet(sure)('孩子他爸走了三年了 我一个人带着俩娃').level).not.toBe('high');
    expect(withNet(sure)('我们是失独家庭 女儿走了六年了').level).not.toBe('high');
  });

  it('a hard calming (news, a negation) still needs a net all but certain', () => {
    const sure = DEFAULT_NET_THRESHOLDS.softCalmed ?? 1;
    expect(withNet(sure)('看新闻说前几天有人被打伤了').level).not.toBe('high');
    expect(withNet(0.995)('看新闻说前几天有人被打伤了').level).toBe('high');
  });
});

describe('round 33: a grave illness or an injury of the last days, and its cost', () => {
  it.each([
    '我爸前几天确诊肺癌 医生说手术加化疗先准备十五万',
    '婆婆上礼拜查出来白血病 我们家哪有这么多钱',
    '我男人前天突然脑出血 现在还在医院 每天要好几千',
    '双胞胎早产 都在保温箱里 一天要四千多',
  ])('「%s」 is a sudden hardship', (text) => {
    expect(urgent(rules(text).level)).toBe(true);
  });

  it('an illness of years and its monthly cost is the household’s lot', () => {
    expect(urgent(rules('我妈中风五年了 每个月药钱要两千多').level)).toBe(false);
  });

  it('a stay in hospital that is over, the debts left, is no emergency', () => {
    expect(urgent(rules('老伴心梗住了半个月ICU 花了八万多 人救回来了 现在在家养着').level)).toBe(false);
  });
});

describe('round 33: sudden losses told in other words', () => {
  it.each([
    '老板昨天突然把我开除了 房租这礼拜就要交',
    '我上礼拜俾老细炒咗 仲要养个女',
    '赶集卖牛的钱在车上被人偷了 八千 是孩子的学费',
    // Round 40: with a want of now (the loss alone is the household's lot: round40.test.ts).
    '这个月鸡瘟 三千只鸡全埋了 本钱都是借的 家里饭钱都没了',
  ])('「%s」 is a sudden hardship', (text) => {
    expect(urgent(rules(text).level)).toBe(true);
  });
});

describe('round 33: passive wishes in other words', () => {
  it.each([
    '病是治不好了 我就盼着早点走 不拖累孩子',
    '天天疼 咋就不一下子过去呢',
    '活着净添乱 早点嘎了拉倒',
    '老天爷要收就先收我得了',
    '有时諗 最好听日唔好醒返',
    '只求早点解脱 别再给我花钱了',
  ])('「%s」 is at least a passive wish', (text) => {
    expect(urgent(rules(text).level)).toBe(true);
  });

  it.each(['盼着早点走 下午还有事', '孩子睡着了 最好别叫醒他', '这个坎咋就过不去呢', '能不能快点解决'])(
    '「%s」 is no wish to die',
    (text) => {
      expect(urgent(rules(text).level)).toBe(false);
    },
  );

  it('a fit with the eyes rolled up is an emergency, rolling one’s eyes at someone is not', () => {
    expect(rules('孩子刚才抽起来了 眼睛翻白').level).toBe('critical');
    expect(rules('他冲我翻白眼').level).toBe('none');
  });
});

describe('round 33: false alarms of ordinary errands', () => {
  it.each([
    '我家电动车被偷了 报了警 这个能申请补助吗',
    '领低保的银行卡丢了 咋补办',
    '急死我了 救命 回执编号在哪里查啊',
    '老屋拆迁了 补偿没谈好 在外面租房子住 两年多了',
  ])('「%s」 is no emergency', (text) => {
    expect(urgent(rules(text).level)).toBe(false);
  });

  it('money stolen is still a loss, a house pulled down tonight still leaves nowhere to sleep', () => {
    expect(urgent(rules('刚取的三千块钱被偷光了 身上一分钱没有').level)).toBe(true);
    expect(urgent(rules('房子被拆了 今晚没地方睡').level)).toBe(true);
  });
});

describe('round 33: a roof rented, a rough sleeper seen well', () => {
  it.each([
    '给儿子治病把房子卖了 现在一家人租房子住',
    '超市门口有个要饭的大爷 他看着还挺好的 就是没地方住 救助站会来接吗',
    '桥洞那边有个流浪的 天还暖和 想问问救助站怎么联系',
  ])('「%s」 is no night outside', (text) => {
    expect(urgent(rules(text).level)).toBe(false);
  });

  it.each([
    '我现在租的房子房东要卖 让我们明天必须搬走 没地方去',
    '出来找活没找到 钱花光了 今晚没地方住 我身体还行 就想有个地方睡',
  ])('「%s」 still is', (text) => {
    expect(urgent(rules(text).level)).toBe(true);
  });
});
