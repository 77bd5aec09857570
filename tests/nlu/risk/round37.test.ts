import { beforeAll, describe, expect, it } from 'vitest';
import { createRiskAssessor, loadRiskData, type RiskAssessor } from '../../../src/nlu/risk/index.js';

// Round 37, kinds read from sets AX and AY (written here in our own words): a poison said drunk with 了 after it, a cut
// just made and bleeding, charcoal burnt halfway; ending oneself in Northeastern, Hunan and Minnan words, the poison
// looked at with the urge, still wanting it after an attempt, a mountain where nobody will find one, the jump pictured
// at the river; the roof as the end of a decided clause, a tree sought on the hill, going once the chosen day has come;
// pills gathered shop by shop, charcoal with tape or sealed windows, pills bought for a last try; the head banged on
// the wall, an arm full of cuts; poisoned meals, a machine that caught an arm, a bleeding head, a fall and no answer, a
// fit that will not stop, a child's fever of 41, drunk in the snow; a child pulled to a car, a girl dragged into the
// woods, a carer tying an old man; black smoke, water pouring in, a blown-up factory, a creaking beam; a lost child, an
// old man not back (Minnan), taken to a brickworks; a knife and a threat; too cold to speak. And the false alarms: a
// stove that will not light, a phone "about to explode", a house corner fallen years ago, a clinic's closing time, a
// death half a year ago.

let rules: RiskAssessor;

beforeAll(async () => {
  rules = createRiskAssessor({ data: await loadRiskData('risk') });
});

const urgent = (level: string): boolean => level === 'high' || level === 'critical';

describe('round 37: suicide rungs the rules now hear', () => {
  it.each([
    ['我爸喝敌敌畏了 在院子里吐 快来人', 'suicide_attempt'],
    ['我刚割了 流了好多血', 'suicide_attempt'],
    ['烧炭烧了快一个钟头 头开始疼了', 'suicide_attempt'],
    ['这些天总想着结束掉自己', 'suicide_active'],
    ['寻思着自个儿把自个儿了结了得了', 'suicide_active'],
    ['我真的想欲死', 'suicide_active'],
    ['柜子里那瓶百草枯 我每天盯着就想喝了', 'suicide_active'],
    ['跳过一次河 被人捞上来了 到现在还是想', 'suicide_active'],
    ['过完十五我一个人上山 那里不会有人找到我', 'suicide_active'],
    ['总想走到江边那里跳下去', 'suicide_active'],
    ['想好了 下个月发了工资就上天台', 'suicide_plan'],
    ['这事办完我就去后山找棵树 寻思好了', 'suicide_plan'],
    ['我决定了 等孩子开学了我就走', 'suicide_plan'],
    ['跑了四家药房 每家买一点 怕人家起疑不卖', 'suicide_preparation'],
    ['胶带和炭都在后备箱里放着', 'suicide_preparation'],
    ['又在网上订了一堆药 这次一定要成功', 'suicide_preparation'],
  ])('「%s」 is critical (%s)', (text, category) => {
    const verdict = rules(text);
    expect(verdict.level).toBe('critical');
    expect(verdict.categories).toContain(category);
  });

  it('an arm found covered in cuts is self-harm', () => {
    expect(rules('今天发现儿子大腿上全是一道一道的刀痕').categories).toContain('self_harm');
  });

  it('banging the head on the wall when it hurts is at least high', () => {
    expect(urgent(rules('心里难受我就拿头撞墙').level)).toBe(true);
  });

  it('a keepsake handed over with "no need to come any more" is preparation', () => {
    const verdict = rules('楼下的孤老今天把他的收音机送给我了，说以后不用来了，还把钥匙塞给我了');
    expect(verdict.categories).toContain('suicide_preparation');
  });
});

describe('round 37: passive wishes the rules now hear', () => {
  it.each([
    '我要是哪天出了意外死了 家里人倒轻松了',
    '天天盼着别再有明天',
    '我这号人早没了早清净',
    '走路也不看车了 撞上就撞上',
    '这病我不想再熬下去了',
    'sometimes i wish i could just die 好累',
  ])('「%s」 is high (suicide_passive)', (text) => {
    const verdict = rules(text);
    expect(urgent(verdict.level)).toBe(true);
    expect(verdict.categories).toContain('suicide_passive');
  });
});

describe('round 37: emergencies the rules now hear', () => {
  it.each([
    ['一家人吃了自己采的蘑菇 都上吐下泻 老人已经晕了', 'medical_emergency'],
    ['厂里有个工人的胳膊被搅拌机卷进去了', 'medical_emergency'],
    ['我婆婆在厨房摔倒了 后脑勺一直在流血', 'medical_emergency'],
    ['邻居阿婆躺在门口 叫她都不答应', 'medical_emergency'],
    ['我儿子抽搐好几分钟了 嘴里吐白沫', 'medical_emergency'],
    ['孩子发烧到41度 迷迷糊糊的叫不太应', 'medical_emergency'],
    ['我爸喝多了倒在雪地里 叫不醒', 'medical_emergency'],
    ['有个男的拽着一个女孩往面包车里拉', 'violence_now'],
    ['养老院的护工把我爷爷绑在床上打', 'violence_now'],
    ['对面楼冒出好大的黑烟', 'fire_disaster_now'],
    ['下暴雨 水一直往屋里灌 我妈腿脚不好走不了', 'fire_disaster_now'],
    ['村口的化工厂刚刚爆炸了', 'fire_disaster_now'],
    ['超市门口有个小男孩哭着找妈妈 天都黑了', 'missing_vulnerable'],
    ['我弟弟被人带到黑砖窑干活 打电话说挨打了 回不来', 'confinement'],
  ])('「%s」 is critical (%s)', (text, category) => {
    const verdict = rules(text);
    expect(verdict.level).toBe('critical');
    expect(verdict.categories).toContain(category);
  });

  it('a knife and a threat to kill is at least high', () => {
    expect(urgent(rules('他喝醉了拿着刀说要砍死我们娘俩').level)).toBe(true);
  });
});

describe('round 37: sudden hardship the rules now hear', () => {
  it.each([
    '我爸在工地上出了事 现在还在ICU 一天要好几千 家里拿不出来了',
    // Round 40: the losses of a living with a want of now (alone, the household's lot: round40.test.ts).
    '被人骗了 攒的养老钱全没了 下个月的药钱都没了',
    '这场洪水后房子不敢住了 一家人现在住在帐篷里',
    '前天被他打了 我带着娃逃出来了 身上一分钱都没有',
    '房东让我们搬走 只给两天 我还带着瘫痪的妈',
    '鸡场闹了禽流感 全部扑杀了 一只没剩 米缸也快见底了',
    '铺子被人强拆了 一家人就靠它吃饭',
    '我老公前天被拘留了 他是家里唯一挣钱的',
    '货车被撞报废了 车贷还有一半没还 明天的房租也交不上',
    '在厂里手被机器压断了 老板不管 我连回家的车票都买不起',
  ])('「%s」 is high (sudden_hardship)', (text) => {
    const verdict = rules(text);
    expect(urgent(verdict.level)).toBe(true);
    expect(verdict.categories).toContain('sudden_hardship');
  });

  it('a loss already compensated, or a cull of this year, stays below high', () => {
    expect(urgent(rules('去厂里干活手被机器压伤了 老板赔了三万 现在干不了重活').level)).toBe(false);
    expect(urgent(rules('家里养鸡的 今年禽流感全死了 亏了不少').level)).toBe(false);
  });
});

describe('round 37: what the conversations of sets AX and AY showed', () => {
  it('fallen at home and unable to get up, in Cantonese, is a medical emergency', () => {
    expect(rules('我阿妈喺厨房跌咗 起唔到身').categories).toContain('medical_emergency');
  });

  it.each([
    // Still unable to speak after a stroke two weeks ago: a state that goes on.
    '我妈中风住院半个月了 现在还说不了话 医药费交不上了',
    // A fire of three days ago, told in 日.
    '五日前店里失火 货都烧光了 现在住亲戚家',
    // zsm before a way of applying asks how to apply.
    '孩子考上高中了 学费凑不齐 zsm申请',
    // A husband who ran off, however unreachable, is no missing person tonight.
    '孩子他爸四年前跑了 到现在都联系不上 我一个人带俩娃',
    '邻居小媳妇的男人两个礼拜前跑掉了 电话也打不通 她天天哭 奶粉钱都没了',
    // A boy living with his grandmother, his mother gone long ago, is in someone's care.
    '我15岁 妈妈很早就走了联系不上 跟外婆住 想问能不能申请助学',
  ])('「%s」 is no critical emergency', (text) => {
    expect(rules(text).level).not.toBe('critical');
  });

  it('old parents who can no longer look after a sick daughter (照顾不动了) are no medical emergency', () => {
    expect(rules('村里有户老两口八十多了 儿子有精神病常年吃药 老两口照顾不动了').level).toBe('none');
    expect(rules('我爸摔倒在地上不动了').categories).toContain('medical_emergency');
  });

  it('a worker whose foreman is out of reach is no missing person', () => {
    expect(
      rules('上个月从脚手架上摔下来腿断了 包工头直接失联了 医药费都是借的 好难').categories,
    ).not.toContain('missing_vulnerable');
  });

  it('children always on their own at home are a gap in care (high), not abandoned tonight', () => {
    const verdict = rules('隔壁三个孩子老是自己在家 爸妈都在外地 天天吃泡面');
    expect(verdict.level).toBe('high');
    expect(verdict.categories).toContain('care_gap');
  });

  it.each([
    '厨房失火了 现在想申请临时救助',
    '台风把屋顶掀了一半 要申请受灾救助',
    '我家鸡舍大棚全压塌了 过冬没着落',
    '着火以后申请的救助 到现在没消息',
  ])('「%s」 is a hardship to act on soon (high), not a disaster now', (text) => {
    const verdict = rules(text);
    expect(verdict.level).toBe('high');
    expect(verdict.categories).toContain('sudden_hardship');
  });

  it('a fire now, or someone inside a fallen greenhouse, is still a disaster now', () => {
    expect(rules('快来人 厨房着火了').categories).toContain('fire_disaster_now');
    expect(rules('大棚被雪压塌了 我妈还在里面').level).toBe('critical');
  });

  it('someone missing since this morning is still missing', () => {
    expect(rules('我爸有老年痴呆 今天早上出门到现在都联系不上').categories).toContain('missing_vulnerable');
  });
});

describe('round 37: false alarms the rules no longer raise', () => {
  it.each([
    '家里燃气灶点不着火了 找谁修',
    '一天几十个推销电话 我手机要炸了 是不是你们把我信息泄露了',
    '老屋后墙塌了一块好几年了 一直没钱修',
    '孩子有点低烧 卫生院今天几点关门',
    '丈夫半年前出车祸没了 现在我在厂里上班 想问孩子上学有没有补助',
    '孩子大了 以后不用来接了',
  ])('「%s」 stays below high', (text) => {
    expect(urgent(rules(text).level)).toBe(false);
  });
});
