import { beforeAll, describe, expect, it } from 'vitest';
import { type RiskAssessor } from '../../../src/nlu/risk/index.js';
import { shippedAssessor } from './fixture.js';

// Round 15: kinds of miss read from set N once it became development data (risk/examples/writers-n.yaml), written
// here in our own words. Urgency said through a deadline within two days (a deposit or a treatment due tomorrow
// with the money short, rent due the day after next with the savings gone), a borrowed bed that ends tomorrow,
// someone stranded at a station without the fare, food or fuel for two or three days more, the signs of a stroke,
// funeral money that cannot be raised; on the suicide ladder, a last message that thanks the office for past help,
// turning over how to end oneself, a cut deeper than the last one, going to the water on a chosen quiet night.
// Calm: a fee due next month or a school fee, a house lived in up a hill, no one hiring a disabled man, asking how
// to guard against coal gas, hunger at work, tuberculosis (得了结核病 holds 了结).

let assess: RiskAssessor;

beforeAll(async () => {
  assess = (await shippedAssessor()).assess;
});

const atLeast = (got: string, level: 'high' | 'critical'): string =>
  level === 'critical' ? got : got === 'critical' ? 'high' : got;

describe('round 15: a deadline within two days with the money short', () => {
  it.each([
    '大夫说我爸的心脏搭桥定在后天 住院押金还差一万二 能借的都借过了',
    '我妈透析的钱礼拜四就要交 家里只剩三百多块 实在凑不出来',
    '儿子明天上午做阑尾手术 医院让先交五千 手里才一千',
    '房租后天就到期了 打工的钱被老板卷跑了 全部积蓄就那点',
  ])('「%s」 is high', (text) => {
    expect(atLeast(assess(text).level, 'high')).toBe('high');
  });
});

describe('round 15: nowhere to sleep within a day or two', () => {
  it.each([
    '前夫把我们娘俩撵出来了 工友让我们在她宿舍凑合两晚 后天就不让住了',
    '厂子倒闭宿舍收回 老乡那里只能住到明天',
    '来省城给孩子看病 钱花完了 在长途站坐了一夜 没路费回去',
    '末班车没赶上 兜里就二十块 我七十多了',
  ])('「%s」 is high', (text) => {
    expect(atLeast(assess(text).level, 'high')).toBe('high');
  });
});

describe('round 15: food or fuel for a few days more, a death with no money to bury', () => {
  it.each([
    '他进去了 家里就我跟两个小的 粮食顶多够吃两三天',
    '柴火就够烧一两天了 老头子瘫在炕上 外面下着雪',
    '孩子他爸前天在工地摔死了 丧葬费我拿不出来 婆家一分不给',
  ])('「%s」 is high', (text) => {
    expect(atLeast(assess(text).level, 'high')).toBe('high');
  });
});

describe('round 15: acute signs and the suicide ladder in plain words', () => {
  it.each([
    '我外公刚才吃饭的时候嘴角歪了 说话也含含糊糊的 家里就他和我外婆',
    '这大概是我发的最后一条了 谢谢你们那年帮我办的残疾证 以后不用再惦记我了',
    '这半个月天天夜里寻思咋了断 越想越清楚',
    '昨晚又拿刀片划了 这回比上回深多了 没敢跟人说',
    '星期六夜里去江边 那时候人少 不会有人拦',
  ])('「%s」 is critical', (text) => {
    expect(assess(text).level).toBe('critical');
  });
});

describe('round 15: calm words that only looked like danger', () => {
  it.each([
    '下个月要交房租 钱还差一点 想问问临时救助怎么申请',
    '明天交学费 还差五百 想问有没有助学金',
    '我们老两口住在山上 身体还行 就是离镇上远 想问五保怎么办',
    '我腿有残疾 找活干没人要 能介绍个活吗',
    '屋里烧蜂窝煤取暖 咋防煤气中毒 家里有老人',
    '今天开会到现在还没吃饭 楼下有啥好吃的推荐',
    '我得了结核病 要治半年 药是免费的 就是没法上班',
  ])('「%s」 is no emergency', (text) => {
    expect(['none', 'distress']).toContain(assess(text).level);
  });
});

describe('round 15, second part: the ladder and acute danger in other words', () => {
  it.each([
    ['账要是这礼拜还还不上 我就不准备活了', 'critical'],
    ['我就想这么从这个世界上消失 谁也别找', 'critical'],
    ['咱们小区几楼跳下去能保证死透', 'critical'],
    ['拜托你们以后帮我照看一下我儿子 他才上二年级 我没有别人可以托付了', 'critical'],
    ['有个喝醉的男人正在撬我家的窗 家里就我和奶奶', 'critical'],
    ['我弟刚刚被人从水库里捞上来 叫他也不太应', 'critical'],
    ['活着真累 有时候想 人死了是不是就啥也不用操心了', 'high'],
    ['我的降压药这两天就断药了 卫生院说要重新办慢病卡', 'high'],
  ] as const)('「%s」 is at least %s', (text, level) => {
    expect(atLeast(assess(text).level, level)).toBe(level);
  });
});

describe('round 15, second part: calm words', () => {
  it.each([
    // A laughing stock is shame, not a joke: the plan after it stays critical (below); here nothing is at risk.
    '孩子考不上高中 怕被亲戚看笑话 想问问职业学校有没有补助',
    '我们单位的老同事好几年前自杀了 想问问单位有没有心理讲座',
  ])('「%s」 is no emergency', (text) => {
    expect(['none', 'distress']).toContain(assess(text).level);
  });

  it('a plan told after 看笑话 is not calmed as a joke', () => {
    expect(assess('在村里让人看笑话 想好了 礼拜三夜里去水库那边').level).toBe('critical');
  });
});

describe('round 15, third part: dialect time words and acute signs', () => {
  it.each([
    ['房租后儿个就到期 身上就剩八十块', 'high'],
    ['今儿黑没地方睡 带着俩娃', 'high'],
    ['在老乡那挤一宿 明儿就得出来', 'high'],
    ['家里进水了 我们爬到屋顶上 水还在涨', 'critical'],
    ['我闺女掉河里了 冲走一截了', 'critical'],
    ['我爸抽了五六分钟还没停下 嘴里吐白沫', 'critical'],
    ['娃烧到四十度 胳膊上长了些紫色的斑点', 'critical'],
    ['喊她答应得含含糊糊的 她有糖尿病', 'critical'],
    ['活着也就那样 车撞死就撞死吧', 'high'],
  ] as const)('「%s」 is at least %s', (text, level) => {
    expect(atLeast(assess(text).level, level)).toBe(level);
  });

  it.each(['赶明儿再去镇上问低保的事', '烟抽个不停 老婆天天骂', '孩子的手机掉井里了 能不能捞上来'])(
    '「%s」 is no emergency',
    (text) => {
      expect(['none', 'distress']).toContain(assess(text).level);
    },
  );
});

describe('round 15, third part: a roof in a flood is a refuge', () => {
  it('is read as the disaster, not as a place of danger reached', () => {
    const got = assess('发大水了 一家人爬到房顶上 水还在涨');
    expect(got.level).toBe('critical');
    expect(got.category).toBe('fire_disaster_now');
  });
});

describe('round 15, fourth part: the power switched off for unpaid bills', () => {
  it.each([
    ['电费拖了三个月 大后天之前不交明天就来拉闸 家里有个吃奶的娃', 'high'],
    ['我妈在家吸着制氧机 电被拉闸了 备用电池顶不了多久', 'critical'],
    ['暖气管冻住了 屋里就三四度 我爸瘫在床上', 'high'],
  ] as const)('「%s」 is at least %s', (text, level) => {
    expect(atLeast(assess(text).level, level)).toBe(level);
  });

  it.each(['明天停电检修 家里有老人 要准备点啥', '听说下礼拜要拉闸限电 家里有老人'])(
    '「%s」 is no emergency',
    (text) => {
      expect(['none', 'distress']).toContain(assess(text).level);
    },
  );
});

describe('round 15, from the dialogues of set N: call me, and an injury years ago', () => {
  it.each(['邓桂生 13900005120 有事打我就行', '留我手机 你们打我也行'])('「%s」 is no violence', (text) => {
    expect(assess(text).level).toBe('none');
  });

  it.each(['他一喝醉就打我', '老公有事没事就打我'])('「%s」 still is', (text) => {
    expect(['high', 'critical']).toContain(assess(text).level);
  });

  it('an injury 早几年 is the reason for applying, not an emergency', () => {
    expect(assess('早几年在工地从架子上摔下来 腿没了 现在拄拐 想申请低保').level).toBe('none');
  });
});
