import { beforeAll, describe, expect, it } from 'vitest';
import { createRiskAssessor, loadRiskData, type RiskAssessor } from '../../../src/nlu/risk/index.js';

// Round 43, kinds read from sets BJ and BK (written here in our own words): pills counted in the forties, one's death
// weighed as a relief to the family, wishing one had been the one who died, a place of death named for a day to come,
// the benefit stopped with a please beside another farewell, boiling water poured on one's own skin, scratching one's
// face when upset, stones rolling down onto a house now, someone still inside a fire; violence heard now (dragged by the
// hair, screams gone silent, a beating worse today, a stranger at the door), a child at the medicines, bleeding after a
// birth, a fever with blood coughed up, someone thrashing in the water, a deep dog bite. Calm: power bills, a mood felt as
// breathlessness, a weight on the chest told as a likeness, loneliness, crying shut in one's room, a new year without the
// family, 走投无路 before a policy question.

let rules: RiskAssessor;

beforeAll(async () => {
  rules = createRiskAssessor({ data: await loadRiskData('risk') });
});

const urgent = (text: string): boolean => ['high', 'critical'].includes(rules(text).level);

describe('round 43: the suicide ladder in other words', () => {
  it.each([
    ['刚才吞了五十几片安眠药 现在眼皮好重', 'suicide_attempt'],
    ['等把闺女的学费凑齐了 我就去村口那座桥那边 也没啥牵挂了', 'suicide_preparation'],
    ['家里的事都交代给我弟了 到时候我就上坡上那棵老柳树那去 谁也别拦我', 'suicide_preparation'],
    ['手机号以后就不用了，我的低保也帮我停了吧，以后用不上了', 'suicide_preparation'],
    ['心里一憋屈就拿热水烫自己胳膊 已经烫红一片了', 'self_harm'],
    ['一难受就掐自己 指甲印都掐出血了 停不下来', 'self_harm'],
  ])('「%s」 is critical (%s)', (text, category) => {
    expect(rules(text).level).toBe('critical');
    expect(rules(text).categories).toContain(category);
  });

  it.each([
    '我要是没了，我男人就不用天天借钱给我买药了',
    '有时候想 我早点没了对这个家都好',
    '我这种人哪天不在了 家里人都轻松',
    '我俺要是死了 孩子说不定能过得比跟着我强',
    '那场火里走的要是我就好了',
  ])('「%s」 is a wish to be dead (high or more)', (text) => {
    expect(urgent(text)).toBe(true);
    expect(rules(text).categories).toContain('suicide_passive');
  });

  it.each([
    '我找到工作了 低保以后就停了吧 用不上了',
    '周末带孩子去村口那座桥那边钓鱼',
    '孩子不小心把热水浇到自己脚上了 起了个泡 涂什么药好',
    '腿上湿疹太痒了 一烦就抓自己 抓破了好几处',
    '我要是没了这份工作 房贷就还不上了',
  ])('「%s」 stays below high', (text) => {
    expect(urgent(text)).toBe(false);
  });
});

describe('round 43: danger now', () => {
  it.each([
    ['屋后的坡上一直在往下滚石头 我们一家还在屋里', 'fire_disaster_now'],
    ['厨房着火了 大家都跑出来了 我爸还在里面', 'fire_disaster_now'],
    ['路边有个男的揪着一个姑娘的头发往面包车里塞', 'violence_now'],
    ['对门两口子吵得很凶 男的动手了 然后突然一点动静都没了', 'violence_now'],
    ['楼上那孩子天天挨打 今天打得特别凶 哭喊得嗓子都哑了', 'violence_now'],
    ['有个陌生男的刚才在拍我门 说知道我一个人住', 'violence_now'],
    ['我儿子两岁 偷吃了他爷爷的安眠药 叫他有点迷糊', 'medical_emergency'],
    ['生完孩子第五天了 下面一直在出血 人都站不住了', 'medical_emergency'],
    ['我爸发烧咳血 一个人在出租屋里', 'medical_emergency'],
    ['水库里好像有个人在扑腾 看不清是谁', 'medical_emergency'],
    ['我妈被野狗咬了 伤口挺深 村里没疫苗', 'medical_emergency'],
  ])('「%s」 is critical (%s)', (text, category) => {
    expect(rules(text).level).toBe('critical');
    expect(rules(text).categories).toContain(category);
  });

  it.each([
    '前年后山一直往下掉石头 房子砸坏了一角 想问问补贴',
    '前天厂房失火 人都跑出来了 设备全烧了',
    '孩子误服了感冒药 送医院洗了胃 现在没事了 医药费能报吗',
    '我家狗被人打得很狠 叫得嗓子都哑了',
  ])('「%s」 is no emergency now', (text) => {
    expect(rules(text).level).not.toBe('critical');
  });
});

describe('round 43: calm words', () => {
  it.each([
    '电费拖了三个月 电力局说这周再不交就停电 低保户能不能缓缓',
    '日子过得一团糟 心情也不好 感觉快喘不过气了',
    '想到明天的事 心口像压了块大石头一样',
    '身边找不到人说话 好闷',
    '跟我男人吵完 一个人躲在房间里偷偷哭',
    '我是留守的 爸妈今年过年也不回来了 就我跟爷爷',
    'I lost my job 两个月了 有没有失业补助',
    '真是走投无路了 想问问个体户有没有贴息贷款',
  ])('「%s」 stays below high', (text) => {
    expect(urgent(text)).toBe(false);
  });

  it('water or heating bills for a frail person stay a treatment cut off', () => {
    expect(urgent('暖气费交不起 供暖公司说再不交就停 我老伴有哮喘离不了暖气')).toBe(true);
  });

  it('a real struggle for breath stays an emergency', () => {
    expect(rules('我爸突然喘不过气 嘴唇发紫').level).toBe('critical');
  });
});
