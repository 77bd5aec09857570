import { beforeAll, describe, expect, it } from 'vitest';
import { createRiskAssessor, loadRiskData, type RiskAssessor } from '../../../src/nlu/risk/index.js';

// Round 39, kinds read from sets BB and BC (written here in our own words): someone who cannot look after themself
// left without a carer (the carer quit, a child of ten alone, a man with dementia alone who leaves the gas on, an old
// man fed only by the neighbours, a bedridden man alone in a cold house); threats that name the writer's home or come
// with acid or paint; a stepfather's abuse of a girl; a girl made to marry; an old man put out of his house into a
// shed; pills gathered a few at a time; death put off until a child's exam is over; dialect words for not, at, and,
// hit, the day before yesterday, next door and "all of it". And the false alarms: 怎么这么 as a sigh, 杀了我也 as
// "not for my life", the rescue station asked about for someone else, a repair priced after a storm.

let rules: RiskAssessor;

beforeAll(async () => {
  rules = createRiskAssessor({ data: await loadRiskData('risk') });
});

describe('round 39: someone left without care', () => {
  it.each([
    '我妈瘫在床上 保姆昨天不干了 她自己吃不了饭也不会吃药',
    '对门有个小姑娘一个人住 才九岁 爸妈出去打工了',
    '楼下老头老年痴呆 老伴走了 他一个人住 煤气开了老忘了关',
    '我大伯腿坏了下不了地 大冬天家里没生火',
    '我们组有个老汉八十多了 走不动路 这几天是邻居给送饭',
  ])('「%s」 is at least high', (text) => {
    expect(['high', 'critical']).toContain(rules(text).level);
  });

  it('a mother fed by a neighbour now and then, told as fine, opens nothing', () => {
    expect(rules('我妈八十了 一个人住 邻居经常给送饭 挺好的 想问下高龄补贴').level).toBe('none');
  });
});

describe('round 39: threats, abuse and a forced marriage', () => {
  it.each([
    '有人在网上说知道我家地址 要来泼硫酸',
    '讨债的天天堵门 还泼红漆 孩子吓得不敢上学',
    '我担心我继父对我妹妹做不好的事 她才十岁',
    '我今年十五 家里逼我退学嫁人',
    '儿子把我撵出来了 我七十多了 现在只能住在村口的牛棚里',
  ])('「%s」 is at least high', (text) => {
    expect(['high', 'critical']).toContain(rules(text).level);
  });

  it('a father who knocks his son about, told in north-western words (额), is heard', () => {
    expect(['high', 'critical']).toContain(rules('额后爸老打额 额才十三 额不想回屋').level);
  });
});

describe('round 39: suicide signs in other words', () => {
  it.each([
    ['安眠药我分好几次买的 现在攒了三盒 我知道够了', 'critical'],
    ['等孩子中考完我就吃药 不耽误她考试', 'critical'],
    ['脑子里整天都是怎么死的念头 停不下来', 'critical'],
    ['我就想让自己消失 不是离家出走那种', 'critical'],
    ['我这把年纪了 阎王爷啥时候来收我都行 早收早好', 'high'],
  ] as const)('「%s」 is %s', (text, level) => {
    expect(rules(text).level).toBe(level);
  });
});

describe('round 39: emergencies in dialect words', () => {
  it.each([
    '阮阿公喘袂过气 面都变乌青了',
    '水浸到膝头了 仲升紧 屋里有个老人家',
    '伊又拍我了 现在佇门外 我佮囝躲佇房间 毋敢出去',
    '我阿婆上山砍柴 到现在还没回来 都半夜了 她七十多了',
    '隔壁阿伯在屋顶补瓦摔下来了 头先着地',
  ])('「%s」 is critical', (text) => {
    expect(rules(text).level).toBe('critical');
  });
});

describe('round 39: false alarms', () => {
  it.each([
    '我这命怎么这么苦 老伴走得早 孙子又病了',
    '手术押金要三万 杀了我也凑不出来',
    '救助站在哪 我在桥头看见个老人好像走丢了 想问问送到哪',
    '台风把屋顶掀了 修要两万 想问问有没有补助',
  ])('「%s」 is below high', (text) => {
    expect(['none', 'distress']).toContain(rules(text).level);
  });

  it('a night outside with a child of the writer, asked beside the rescue station, stays urgent', () => {
    expect(['high', 'critical']).toContain(rules('救助站在哪里 我带着孩子在车站外面坐了一夜 外面零下').level);
  });
});

describe('round 39: hands raised at every upset', () => {
  it('is pressing (violence_ongoing), not a beating this minute', () => {
    const verdict = rules('我男人一生气就打我 孩子吓得躲在屋里不敢出声 我想离又不敢');
    expect(verdict.level).toBe('high');
    expect(verdict.categories).toContain('violence_ongoing');
  });
});

describe('round 39: bedridden since a stroke weeks ago', () => {
  it('is no medical emergency of this hour', () => {
    expect(
      rules('我是小学老师 班上一个孩子的妈妈上个月中风了 现在在家躺着起不来 孩子天天饿着来上学').categories,
    ).not.toContain('medical_emergency');
  });

  it('unless something of this hour is told', () => {
    expect(rules('我妈上个月中风了 现在在家躺着起不来 刚才叫她也叫不醒').level).toBe('critical');
  });
});
