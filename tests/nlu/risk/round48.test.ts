import { beforeAll, describe, expect, it } from 'vitest';
import { createRiskAssessor, loadRiskData, type RiskAssessor } from '../../../src/nlu/risk/index.js';
import { levelRank } from '../../../src/nlu/risk/types.js';

// Round 48, kinds read from set BP (every sentence here is our own): a way of dying heard of and then wished to be
// tried; a plan whose joke is disowned (不是玩梗); and calm hardship that looked like a crisis: the burden named as the
// reason for a care home, scars with an accidental cause, the next chemotherapy a month off, thinness from one's own
// illness, and an attempt of years ago told as over on every rung of the ladder.

let rules: RiskAssessor;

beforeAll(async () => {
  rules = createRiskAssessor({ data: await loadRiskData('risk') });
});

const atLeastHigh = (text: string): boolean => levelRank(rules(text).level) >= levelRank('high');

describe('round 48: a way of dying heard of, then the wish to try it', () => {
  it.each([
    '网上说烧炭睡过去一点都不难受 真的假的 我也想试试',
    '听人讲喝百草枯很快的 我打算试一下',
    '据说割腕泡在热水里不疼？俺也想试试',
    '听说上吊几分钟就没感觉了 我真想试一次',
  ])('「%s」 is method-seeking', (text) => {
    expect(rules(text)).toMatchObject({ level: 'critical', category: 'suicide_method' });
  });

  it.each([
    '听说这个安眠药睡得很香 我想试试',
    '听说跳楼价的电视机很便宜 我想试试',
    '听说烧炭烤肉更香 我想试试',
    '听说卧轨的那个人救回来了',
  ])('「%s」 stays calm', (text) => {
    expect(atLeastHigh(text)).toBe(false);
  });
});

describe('round 48: the hearsay followed by how it is done, or the means at hand by chance', () => {
  it.each([
    '网上说割腕泡热水没感觉 俺想问问具体咋弄',
    '有人说安眠药吃一整盒会没命 我手头正好有三盒',
    '听说烧炭一点都不难受 真的假的 我想知道要怎么弄',
  ])('「%s」 is method-seeking', (text) => {
    expect(rules(text)).toMatchObject({ level: 'critical', category: 'suicide_method' });
  });

  it.each([
    '听说煤气泄漏会死人 我想知道怎么弄报警器',
    '冬天烧炭取暖 我想知道怎么弄才不会中毒',
    '听说农药喝了会死人 我家里有两瓶 怎么处理',
    '听说这种蘑菇吃了会死人 我想知道怎么分辨',
  ])('「%s」 stays calm', (text) => {
    expect(atLeastHigh(text)).toBe(false);
  });
});

describe('round 48: dreaming of the dead is grief, not a dream frame for what follows', () => {
  it.each(['老伴走了三年了 我老梦到她 心想早点去那边陪她算了', '我妈走了以后 我天天梦见她 真想去那边找她'])(
    '「%s」 is urgent',
    (text) => {
      expect(atLeastHigh(text)).toBe(true);
    },
  );

  it.each(['昨晚梦见我跳楼了 吓醒了', '梦见老伴了 醒了哭了一场', '我天天梦到我妈 她走了两年了 想她'])(
    '「%s」 stays calm',
    (text) => {
      expect(atLeastHigh(text)).toBe(false);
    },
  );
});

describe('round 48: a plan whose joke is disowned', () => {
  it.each(['月底准备原地去世 不是说着玩的 时间都定好了', '这周五就去死 不是玩梗 地点选好了'])(
    '「%s」 is a plan',
    (text) => {
      expect(rules(text).level).toBe('critical');
    },
  );

  it('the meme said as a meme stays calm', () => {
    expect(atLeastHigh('今天又原地去世了 玩梗而已 哈哈')).toBe(false);
  });
});

describe('round 48: the burden named as the reason for a care arrangement', () => {
  it.each([
    '老伴走了 我一个人腿脚也不灵 不想连累闺女 想打听下养老院一个月多少钱',
    '俺不想再麻烦儿子了 能不能请个护工 政府给补贴不',
    '我半身不遂好几年 不想拖累孩子们 五保户能进敬老院吗',
  ])('「%s」 is no wish to be gone', (text) => {
    expect(atLeastHigh(text)).toBe(false);
  });

  it.each(['不想再拖累孩子 敬老院我也不去 活着没意思 不如死了算了', '不想再拖累家里了 我想自己了断'])(
    '「%s」 is still a wish to die',
    (text) => {
      expect(rules(text).level).toBe('critical');
    },
  );
});

describe('round 48: scars told with an accidental cause', () => {
  it.each([
    '我是工伤 右手被机器绞过 手上全是疤 想问残疾补助',
    '家里着过火 我胳膊上都是疤 干不了重活',
    '手上都是疤 是小时候烫的 现在找不到好工作',
  ])('「%s」 is no self-harm', (text) => {
    expect(rules(text).categories).not.toContain('self_harm');
    expect(rules(text).categories).not.toContain('self_harm_past');
  });

  it.each(['我手上都是疤 心里难受就划', '心情不好就拿刀划自己 胳膊上全是疤'])(
    '「%s」 is still self-harm',
    (text) => {
      expect(rules(text).categories).toContain('self_harm');
    },
  );
});

describe('round 48: a long treatment whose next session is a month off', () => {
  it.each([
    '女儿淋巴瘤 化疗做了四次 积蓄都用光了 下一个疗程要到下个月',
    '下个月才做第六次化疗 家里已经借遍了 想问问大病救助',
    '我爸肺癌晚期 化疗以后瘦得只剩骨头 想问医疗救助',
  ])('「%s」 is no treatment about to stop', (text) => {
    expect(rules(text).categories).not.toContain('treatment_cutoff_soon');
  });

  it.each([
    '化疗的钱花光了 下一次化疗在后天 医院说不交钱就不给做',
    '下个月的透析钱还没着落 断了透析人就没了',
    '胰岛素只剩一支了 钱还没发',
  ])('「%s」 still is', (text) => {
    expect(rules(text).categories).toContain('treatment_cutoff_soon');
  });
});

describe('round 48: thin from one’s own illness is no one unfed', () => {
  it.each(['食道癌术后咽不下东西 瘦得皮包骨 干不了活', '我得了胃癌 开过刀 现在瘦得皮包骨 想问低保怎么办'])(
    '「%s」 is no care gap',
    (text) => {
      expect(atLeastHigh(text)).toBe(false);
    },
  );

  it.each(['隔壁老人没人管 好几天没吃饭了 瘦得皮包骨', '我侄子被后妈饿得皮包骨'])(
    '「%s」 is still urgent',
    (text) => {
      expect(atLeastHigh(text)).toBe(true);
    },
  );
});

describe('round 48: bedsores being dressed are care given', () => {
  it.each([
    '我爸中风卧床三年了 屁股上有褥疮 每天给他换药 想问护理补贴',
    '奶奶瘫痪在床 褥疮反复长 药膏用得快 能报销吗',
    '老伴躺了五年 背上长了褥疮 我天天给他上药 护理垫也贵',
  ])('「%s」 is no one neglected', (text) => {
    expect(atLeastHigh(text)).toBe(false);
  });

  it.each([
    '婆婆瘫在床上 白天就她一个人 褥疮都烂了 没人给换药',
    '楼下独居老太太身上长褥疮了 儿子一个月才来一回 屋里臭得进不去人',
  ])('「%s」 is still urgent', (text) => {
    expect(atLeastHigh(text)).toBe(true);
  });
});

describe('round 48: a cold home told as how every winter goes', () => {
  it.each([
    '我奶奶八十了 屋里没暖气 冬天就靠电褥子 想问取暖补贴',
    '我爸七十多 老房子没有暖气 每年冬天都这么熬 今年能不能给点煤',
    '老屋没有暖气 我娘手上全是冻疮 年年都这样 想问问有没有补贴',
  ])('「%s」 is no heating gap to act on', (text) => {
    expect(atLeastHigh(text)).toBe(false);
  });

  it.each([
    '独居的王奶奶家没暖气 今天降温了 她一直咳 冬天就靠一床电热毯',
    '邻居老太太没暖气没被子 两天没见她出来了 冬天就靠一床电热毯',
    '屋里没电没暖气 孩子手脚冰凉一直哭 年年冬天都这样 今晚零下二十多度',
  ])('「%s」 is still urgent', (text) => {
    expect(atLeastHigh(text)).toBe(true);
  });
});

describe('round 48: nobody answerable after a mine or a firm closed', () => {
  it.each([
    '俺男人以前在砖厂干 落下一身病 厂子早就关门了 没人管',
    '我爹石棉厂干了十年 厂子停产了找不到人',
    '尘肺二期 天天吸氧 煤窑早就关了找不到人 想问职业病救助',
  ])('「%s」 is no one missing or uncared for', (text) => {
    expect(atLeastHigh(text)).toBe(false);
  });

  it.each(['厂子倒闭了 我奶奶瘫在床上没人管', '我爸有老年痴呆 早上出门到现在找不到人'])(
    '「%s」 is still urgent',
    (text) => {
      expect(atLeastHigh(text)).toBe(true);
    },
  );
});

describe('round 48: an attempt of years ago told as over, on every rung', () => {
  it.each([
    '八年前我割过腕 那是以前的事了 现在想问问大病医保怎么报',
    '我二十岁那年想不开喝过农药 现在都五十了 想问问有没有就业帮扶',
    '好几年前吃过一次药想不开 洗过胃 落下了胃病 现在想办低保',
  ])('「%s」 is a kind word, not the queue', (text) => {
    expect(atLeastHigh(text)).toBe(false);
  });

  it.each([
    '去年我自杀过一次 现在好多了',
    '五年前自杀过 最近又开始想死了',
    '我要是走了 孩子跟着他姑姑说不定过得还好些',
  ])('「%s」 is still urgent', (text) => {
    expect(atLeastHigh(text)).toBe(true);
  });
});
