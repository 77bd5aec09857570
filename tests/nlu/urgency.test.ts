import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  compileUrgencyLexicon,
  createUrgencyDetector,
  loadUrgencyLexicon,
  UrgencyLexiconError,
  type UrgencyDetector,
} from '../../src/nlu/urgency/index.js';

const LEXICON = fileURLToPath(new URL('../../intents/urgency.yaml', import.meta.url));
let detect: UrgencyDetector;

beforeAll(async () => {
  detect = createUrgencyDetector(await loadUrgencyLexicon(LEXICON));
});

describe('hard negatives from the issue stay calm', () => {
  it.each([
    '想死你了',
    '我想了解救急难政策',
    '急！低保审批要多久',
    '新闻里说有人跳河',
    '饿了么优惠券',
    '我家猫不吃饭',
  ])('「%s」 is not urgent', (text) => {
    expect(detect(text)).toEqual({ level: 'none', reasons: [] });
  });

  it.each([
    '累死了 今天走了两万步',
    '笑死我了',
    '打死我也不信他会还钱',
    '狗狗走丢了三天',
    '电视剧里那个人跳楼了',
    '如果家里着火了能申请什么救助',
  ])('hyperbole, pets, fiction and hypotheticals such as 「%s」 are not urgent', (text) => {
    expect(detect(text).level).toBe('none');
  });
});

describe('critical: life or safety at risk now', () => {
  it.each([
    ['我真的不想活了', '自杀或自伤意图'],
    ['药都攒够了 今晚就解脱', '自杀或自伤意图'],
    ['孩子们没有我会过得更好', '自杀或自伤意图'],
    ['他喝醉了拿着菜刀要砍我', '遭受暴力或暴力威胁'],
    ['楼下的老奶奶三天没吃东西了', '多日未进食'],
    ['瘫痪的老人一个人在家 儿女都不管', '老人无人照料'],
    ['两岁的孩子一个人在家 大人都不在', '儿童无人照料'],
    ['零下十几度 有人睡在桥洞里', '极端天气下露宿户外'],
    ['厂房着火了 里面还有人', '火灾或灾害刚刚发生'],
    ['我爸突然倒在地上叫不醒', '有人晕倒或突发急病'],
    ['老人早上出门到现在没回家 有老年痴呆', '有人走失或失联'],
  ])('「%s」 is critical with the reason 「%s」', (text, reason) => {
    const urgency = detect(text);
    expect(urgency.level).toBe('critical');
    expect(urgency.reasons).toContain(reason);
  });

  it('takes a typo of a suicide word seriously when distress surrounds it', () => {
    expect(detect('活着好痛苦 我想自沙').level).toBe('critical');
    expect(detect('我想四点去社区').level).toBe('none');
  });
});

describe('high: sudden hardship without immediate danger', () => {
  it.each([
    ['厂子这个月倒闭了 一分钱工资都没拿到', '突然失去收入'],
    ['老伴下周要做手术 手术费还差五万', '大额医疗费用急需支付'],
    ['房东让我们下周就搬走', '即将失去住处'],
    ['孩子他爸上个月出车祸走了', '家庭主要劳动力去世、受伤或离开'],
  ])('「%s」 is high with the reason 「%s」', (text, reason) => {
    const urgency = detect(text);
    expect(urgency.level).toBe('high');
    expect(urgency.reasons).toContain(reason);
  });

  it('lowers a disaster to high once everyone is safe', () => {
    expect(detect('昨晚暴雨把房子冲塌了 人都没事 现在住在亲戚家').level).toBe('high');
  });
});

describe('negation, the past and the news', () => {
  it('「我没有想自杀」 and 「他没打我」 are not urgent', () => {
    expect(detect('我没有想自杀 就是心里烦').level).toBe('none');
    expect(detect('他没打我 就是吵了几句').level).toBe('none');
  });

  it('a negation elsewhere in the sentence does not cancel the danger', () => {
    expect(detect('没钱了 真想自杀').level).toBe('critical');
  });

  it('a past event that is over is not urgent', () => {
    expect(detect('三年前老伴去世了 现在想申请低保').level).toBe('none');
    expect(detect('以前想过轻生 现在好多了').level).toBe('none');
  });
});

describe('the lexicon is data and fails loudly when malformed', () => {
  const minimal = {
    version: 1,
    negation: { cues: ['没'], filler: [] },
    contexts: {},
    rules: [{ id: 'x', level: 'critical', reason: '测试', patterns: ['救命'], suppressed_by: ['negation'] }],
  };

  it('compiles a minimal lexicon', () => {
    expect(createUrgencyDetector(compileUrgencyLexicon(minimal))('救命')).toEqual({
      level: 'critical',
      reasons: ['测试'],
    });
  });

  it('names an unknown context', () => {
    const broken = { ...minimal, rules: [{ ...minimal.rules[0], suppressed_by: ['nonsense'] }] };
    expect(() => compileUrgencyLexicon(broken)).toThrow(/unknown context "nonsense"/u);
  });

  it('names an invalid regular expression', () => {
    const broken = { ...minimal, rules: [{ ...minimal.rules[0], patterns: ['(unclosed'] }] };
    expect(() => compileUrgencyLexicon(broken)).toThrow(UrgencyLexiconError);
  });
});

describe('sentences written apart from the lexicon stay recognised (regressions)', () => {
  it.each([
    '我活着就是个累赘',
    '他掐着我脖子不放',
    '我婆婆把孩子关在门外 外面下着雪',
    '山洪冲进村子了',
    '娃娃发烧抽筋 翻白眼',
    '有个小孩在路边哭 说爸妈不要他了',
    '我刚才割了手 血止不住',
    '屋里烧着炭盆 一家人都头晕想吐',
    '孩子掉进化粪池了',
    '我把家里的药全吃了',
    '邻居家两个小孩 大人出去打工半个月没回来了',
    '大雪天 有个老奶奶穿着单衣在路边坐着',
    '我把遗嘱都写好了 钱都留给闺女',
    '工厂锅炉炸了 好几个人受伤',
  ])('「%s」 is critical', (text) => {
    expect(detect(text).level).toBe('critical');
  });

  it.each([
    '我刚被公司辞了 房贷下个月还不上',
    '老板拖了三个月工资 跑路了',
    '房东说月底前必须搬',
    '种的橘子全被冻坏了 一年白干',
  ])('「%s」 is high', (text) => {
    expect(detect(text).level).toBe('high');
  });

  it.each([
    '哈哈 我快饿死了 食堂怎么还不开门',
    '看新闻说有个小孩掉井里了 真可怜',
    '以前我爸走丢过一次 后来找到了 现在戴着定位手环',
  ])('「%s」 is not urgent', (text) => {
    expect(detect(text).level).toBe('none');
  });
});
