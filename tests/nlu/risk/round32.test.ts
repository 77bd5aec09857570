import { beforeAll, describe, expect, it } from 'vitest';
import { createRiskAssessor, loadRiskData, type RiskAssessor } from '../../../src/nlu/risk/index.js';

// Round 32, kinds read from sets AN and AO (written here in our own words), read by the rules alone: the urge to jump
// that keeps coming back on a balcony or a bridge, death thought of seriously and not in anger; poison dated by a
// harvest; children handed to the state, debts listed before going, sleeping pills ordered from several shops; cuts
// counted and skin picked open; blood coughed up, a gas alarm, a stabbing or a beating by a group now; a herd bought
// on credit dead within days and a grave illness found last week with the money short are sudden hardship, while
// the same losses of years ago and parents fearing for a disabled son after their own death are not.

let rules: RiskAssessor;

beforeAll(async () => {
  rules = createRiskAssessor({ data: await loadRiskData('risk') });
});

describe('round 32: thoughts of suicide told as an urge or seriously', () => {
  it.each([
    '站在阳台上收被子的时候 老是想翻过去 最近越来越多',
    '每天过那座大桥都在想 从上面跳下去是啥感觉',
    '切菜的时候总看着刀 想往自己身上扎 我害怕',
    '不瞒你说 我想过死 好多次了',
    '我是认真的 不是说气话 我想去死',
  ])('「%s」 is critical', (text) => {
    expect(rules(text).level).toBe('critical');
  });

  it('someone asking whether the office helps a person who wants to die is heard as the writer', () => {
    expect(rules('请问 假如一个人想自杀 你们民政管不管').level).toBe('critical');
  });
});

describe('round 32: plans and preparation', () => {
  it.each([
    ['等秋收完了就喝药 不给孩子添负担', 'suicide_plan'],
    ['三个孩子能不能交给政府养 以后我管不了他们了', 'suicide_preparation'],
    ['家里的事我都交代好了 这样走了也不欠谁的', 'suicide_preparation'],
    ['网上分了四家店买安眠药 都寄到了', 'suicide_preparation'],
  ])('「%s」 is %s', (text, category) => {
    const verdict = rules(text);
    expect(verdict.level).toBe('critical');
    expect(verdict.categories).toContain(category);
  });
});

describe('round 32: self-harm now', () => {
  it.each([
    '手腕上又划了五道 停不下来',
    '用指甲把胳膊抓破了 就想看到血',
    '又拿刀片扎手 血一直冒 创可贴也用完了',
  ])('「%s」 is critical self-harm', (text) => {
    const verdict = rules(text);
    expect(verdict.level).toBe('critical');
    expect(verdict.categories).toContain('self_harm');
  });

  it('scratches from field work are no self-harm', () => {
    expect(rules('割麦子手上划了几道口子').level).toBe('none');
  });
});

describe('round 32: emergencies now', () => {
  it.each([
    ['我爸一直在吐血 一大口一大口的', 'medical_emergency'],
    ['厨房的燃气报警器一直在响', 'fire_disaster_now'],
    ['菜市场门口有人正在砍人', 'violence_now'],
    ['几个人把一个小孩按在地上打', 'violence_now'],
    ['他把我妈绑起来打', 'violence_now'],
  ])('「%s」 is critical (%s)', (text, category) => {
    const verdict = rules(text);
    expect(verdict.level).toBe('critical');
    expect(verdict.categories).toContain(category);
  });
});

describe('round 32: sudden hardship of the last days', () => {
  it.each([
    // Round 40: with a want of now (the loss alone is the household's lot: round40.test.ts).
    '羊前几天得了病 都死光了 全是贷款买的 这礼拜饭钱都没着落',
    '鸡场这两天闹瘟 三千只鸡死了大半 本钱是借的',
    '老公上礼拜查出肝癌 要住院 我们拿不出钱',
    '闺女前几天确诊白血病 房子卖了也不够',
  ])('「%s」 is high', (text) => {
    const verdict = rules(text);
    expect(verdict.level).toBe('high');
    expect(verdict.categories).toContain('sudden_hardship');
  });

  it.each([
    '前些年猪瘟 猪全死了 贷款到现在还没还完',
    '我妈前年查出乳腺癌 现在每个月吃药 没钱',
    '我们老两口走了以后他就没人管了 想问问有没有托养',
  ])('「%s」 is no emergency', (text) => {
    expect(['none', 'distress']).toContain(rules(text).level);
  });
});

describe('round 32: calm words that looked like danger', () => {
  it.each([
    '我哥精神病 在家不吃药 不打人 就是老一个人嘀咕',
    '腰腿不好 一到冬天疼得下不来炕 想问问有啥补助',
    '明天是我儿子的忌日 想他了',
    '那次出车祸以后 一坐车就心慌',
    '考试又没考好 心里难受 不想回家',
    '家里就我跟爷爷 爷爷八十多了 我在读大三 想申请助学',
    '今年夏天发大水把院墙冲倒了 当时村里帮着垒上了 现在还能申请补助吗',
    '同意 我叫孙立 110101199003078515 电话打我的吧 13900001111',
    '前些天摔了一跤 现在自己做饭还行 就是洗澡要人帮 想申请五保',
  ])('「%s」 raises no alarm', (text) => {
    expect(['none', 'distress']).toContain(rules(text).level);
  });

  it('someone who still hits does', () => {
    expect(rules('他不打人了 改打孩子了').level).toBe('critical');
  });
});

describe('round 32: a disaster or an illness already in hand', () => {
  it('a flood last night with everyone moved to safety is no disaster to flee', () => {
    expect(rules('昨晚河水漫进村 院墙塌了 房子进水一米 全家已经安全转移到村委会 没有伤亡').level).not.toBe(
      'critical',
    );
  });

  it('people not yet moved still are', () => {
    expect(rules('水库要泄洪了 村里老人还没转移出来').level).toBe('critical');
  });

  it('a wife deciding for her husband in a coma, mid-application, raises no emergency', () => {
    expect(rules('他昏迷着没法说话 我替他做主 他叫周平').level).toBe('none');
  });

  it('an ICU stay paid with money borrowed from relatives is sudden hardship', () => {
    const verdict = rules('我爸前几天脑出血 在ICU 已经花了五万多 都是找亲戚借的');
    expect(verdict.level).toBe('high');
    expect(verdict.categories).toContain('sudden_hardship');
  });
});

describe('round 32: the only living lost in the last days', () => {
  it.each([
    '前天铺子被水淹了 货全泡坏了 这是家里唯一的收入',
    '昨天拉货的三轮车让人撞坏了 全家就靠它吃饭 这几天一分钱也挣不到',
    '上礼拜冰雹把桃子全打烂了 贷款下个月就到期',
    '这场暴雪把两个大棚压垮了 菜都冻死了 一家人就指望这个',
    '孩子早产 在保温箱里一天两千多 已经欠医院八千了',
    '老公脑出血在ICU一个多礼拜了 亲戚能借的都借了',
  ])('「%s」 is sudden hardship', (text) => {
    const verdict = rules(text);
    expect(verdict.level).toBe('high');
    expect(verdict.categories).toContain('sudden_hardship');
  });

  it('the same loss of years ago is the reason to apply', () => {
    expect(rules('前年冰雹把桃子全打烂了 贷款到现在还没还完 想申请低保').level).toBe('none');
  });
});
