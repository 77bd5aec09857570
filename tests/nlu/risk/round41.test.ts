import { beforeAll, describe, expect, it } from 'vitest';
import { createRiskAssessor, loadRiskData, type RiskAssessor } from '../../../src/nlu/risk/index.js';

// Round 41, kinds read from sets BF and BG (written here in our own words): plans and means told in plainer words (the
// water's depth asked by someone who cannot swim, the place for the rope found, the mind made up with a time or a place,
// a cover story told to the seller), a death weighed as a relief to the family, cuts on the arm; violence, scalds,
// smoke and a hillside on the house now; threats of the coming days and a carer going into hospital (high). Calm: an
// injury told by the income it took, a harvest lost to the storm, 打 as typed, an attempt told as long over, 死 slang,
// a parent's worry about later life, and Min speech (顶礼拜, 无代志) for a fire the household copes with.

let rules: RiskAssessor;

beforeAll(async () => {
  rules = createRiskAssessor({ data: await loadRiskData('risk') });
});

const urgent = (text: string): boolean => ['high', 'critical'].includes(rules(text).level);

describe('round 41: suicide plans, means and wishes in plainer words', () => {
  it.each([
    ['水库那边的水深不深 反正我也不会游泳', 'critical'],
    ['麻绳已经买好了 挂的地方也看好了', 'critical'],
    ['买了一根麻绳 就是还没想好挂在哪里', 'critical'],
    ['我想好了 等下礼拜老婆回娘家 我就把自己吊在后院那棵树上', 'critical'],
    ['我计划好了 等孩子开学走了 我就开车进水库', 'critical'],
    ['今晚十二点 楼顶 我不会再改主意了', 'critical'],
    ['药都备好了 今晚就想吃了算了', 'critical'],
    ['跑了三个诊所开的安眠药 攒了一大把', 'critical'],
    ['去店里买了两包木炭 老板问我干什么用 我说烧烤', 'critical'],
    ['这两个礼拜又划了好几次 胳膊上全是口子', 'critical'],
    ['刚吞了好多头孢 又喝了半瓶白酒', 'critical'],
    ['病治不好了 我想自己结束掉 不想再受罪了', 'critical'],
  ])('「%s」 is %s', (text, level) => {
    expect(rules(text).level).toBe(level);
  });

  it.each([
    '我这个病花光了家里的钱 要是我哪天没了 他们倒能轻松点',
    '天天盼着老天让我得个绝症 这样谁都解脱了',
    '我要是消失了 估计也没人会发现',
    '每天骑车上班都在想 要是被车撞了就不用还贷款了',
  ])('「%s」 is a wish to be dead (high or more)', (text) => {
    expect(urgent(text)).toBe(true);
    expect(rules(text).categories).toContain('suicide_passive');
  });
});

describe('round 41: danger of this hour', () => {
  it.each([
    ['我爸把我妈打晕了 人躺在地上 我不敢过去', 'violence_now'],
    ['我男人拿着菜刀在堂屋里转 我跟娃不敢出去', 'violence_now'],
    ['他喝多了抱着液化气罐说要点了', 'violence_now'],
    ['孩子把热水瓶碰倒了 烫到了腿 起了好大的泡 皮都掉了', 'medical_emergency'],
    ['孩子发烧一整天了 现在哭声越来越小', 'medical_emergency'],
    ['我妈用的呼吸机突然坏了 我现在用手捏着气囊', 'medical_emergency'],
    ['楼道里全是烟 我腿脚不好下不去', 'fire_disaster_now'],
    ['后山垮了 把隔壁的房子埋了一半 里面还有人', 'fire_disaster_now'],
  ])('「%s」 is critical (%s)', (text, category) => {
    expect(rules(text).level).toBe('critical');
    expect(rules(text).categories).toContain(category);
  });
});

describe('round 41: urgent within days (high)', () => {
  it.each([
    '追债的人说再不还钱就去孩子学校找他',
    '前男友说不给钱就把我的照片发到网上',
    '我下礼拜要住院做手术 我妈瘫在床上 住院期间她咋办',
    '物业把我们家的暖气和电都掐了 家里有个三个月的孩子',
    '他隔三差五就打我 上个月还打断了我的胳膊',
  ])('「%s」 is high', (text) => {
    expect(rules(text).level).toBe('high');
  });
});

describe('round 41: sudden hardship of the last days, coping or not', () => {
  it('a fall at work, the money gone on the hospital: high', () => {
    const verdict = rules('我老公前几天在工地上摔断了腿 还在医院住着 钱都拿去交住院费了 家里两个娃要上学');
    expect(verdict.level).toBe('high');
    expect(verdict.categories).toContain('sudden_hardship');
  });

  it('a hillside that buried the house, the family in a classroom: high', () => {
    expect(
      rules('上个礼拜下大雨后山垮了 房子埋了一半 家里东西都没了 一家人暂时住在村小学的教室里').level,
    ).toBe('high');
  });

  it('a Min fire of last week, nobody hurt, housed by a brother: calm', () => {
    expect(urgent('阮兜顶礼拜灶脚火烧起来 厝内物件烧了了 人是无代志 这马住阮小弟那边')).toBe(false);
  });
});

describe('round 41: calm stays calm', () => {
  it.each([
    '送外卖被车撞了 骨折在家养着 两个月没收入了',
    '车祸那边跑了 医药费都是我们自己垫的',
    '在厂里手指被机器压断了 厂里赔了一点',
    '今年葡萄让冰雹打了 没收成了',
    '刚才打的是我自己的身份证号 麻烦看一下',
    '上次问的事你们还没回我 就是五保怎么申请',
    '我七十多了带着孙子 他妈跑了 孙子爸也不管 靠种地过日子',
    '我以前割过腕 那是读书时候的事了 现在过得挺好',
    '社死了 材料交错了一张 能补吗',
    '手机又卡死了 表格要重填吗',
    '我女儿智力残疾 我要是走了她咋办 想问问托底供养',
    '前天一场大雪把牛棚压塌了 人没事 想问有没有补助',
    '上礼拜大风把柴房吹倒了 想问问能不能补一点',
  ])('「%s」 stays below high', (text) => {
    expect(urgent(text)).toBe(false);
  });

  it('an attempt only thought to be over is still heard', () => {
    expect(urgent('高中时候自残过 以为早就过去了 最近又开始想')).toBe(true);
  });
});

// Round 41, second pass (own sentences): typed pinyin read as words (pills taken, a cut, a letter written, a wish not
// to wake); a kang or stove gone cold with a frail person and no one to light it; a home gone an oven with the heat in
// an old body; a stranger taking a child as a bystander sees it; the gas left on by someone who forgets. Calm: a
// harvest or greenhouse lost and nothing else, an age given by the writer, the gas forgotten once by someone well.
describe('round 41, second pass', () => {
  it.each([
    ['wo gang chi le yi da ba yao, xian zai tou hao yun', 'critical'],
    ['zuo wan you hua le, xue hai zhi bu zhu', 'critical'],
    ['yi shu yi jing xie hao le, fang zai chuang tou', 'critical'],
    ['wo da suan jin wan ba yao quan chi le', 'critical'],
  ])('typed pinyin 「%s」 is %s', (text, level) => {
    expect(rules(text).level).toBe(level);
  });

  it('a wish not to wake typed in pinyin is heard', () => {
    expect(urgent('mei tian dou xi wang shui zhao le jiu bie zai xing le')).toBe(true);
  });

  it.each([
    ['煤早就烧完了 炉子灭了两天 我七十八了 手脚冻木了 下不了炕', 'critical'],
    ['我娘一个人在老家 炕凉了好几天 没人生火 说话都没力气了', 'critical'],
    ['这几天外面四十度 我奶奶屋里没空调 打电话她说头晕想吐', 'critical'],
    ['姥爷家屋里跟蒸笼一样 他一个人在家 说话都含糊了', 'critical'],
  ])('cold or heat in a frail body 「%s」 is %s', (text, level) => {
    expect(rules(text).level).toBe(level);
    expect(rules(text).categories).toContain('exposure');
  });

  it('a kang gone cold for a bedridden man and no one to light it is urgent', () => {
    expect(urgent('我家老汉瘫在床上 我也病得起不来 炕凉了 没人烧火')).toBe(true);
  });

  it.each([
    '商场门口有个男的把一个小男孩往面包车里塞 孩子在喊',
    '地铁上有个小女孩一直哭 喊着说不认识这个男的 那人说是她舅舅',
  ])('a stranger taking a child 「%s」 is violence now', (text) => {
    expect(rules(text).level).toBe('critical');
    expect(rules(text).categories).toContain('violence_now');
  });

  it.each([
    '我爸老年痴呆了 自己住 这礼拜两回忘了关煤气',
    '奶奶记性越来越差 前天忘了关火 锅都烧干了 我们白天都上班',
  ])('the gas left on by a forgetful old person 「%s」 is care_gap', (text) => {
    expect(rules(text).level).toBe('high');
    expect(rules(text).categories).toContain('care_gap');
  });

  it.each([
    '今年苹果园让冰雹打了 没什么收成',
    '玉米让大水泡了 今年白种了 想问问有没有农业补贴',
    '我那两个大棚叫雪压塌了 本钱还没回来',
    '我今年七十五了 一个人在家 身体还硬朗 问问老年食堂怎么报名',
    '早上出门忘了关煤气 还好我姐帮我关了',
    '家里没空调 我妈八十了 想问问高温补贴怎么领',
  ])('「%s」 stays below high', (text) => {
    expect(urgent(text)).toBe(false);
  });

  it.each([
    '社区网格员报告：独居的孙奶奶（81岁，有点糊涂）昨天下午起未归，今天又降温了',
    '我爷爷跟我们去庙会走散了 他有点痴呆 穿的灰色外套',
  ])('a missing old person told as a report 「%s」 is missing_vulnerable', (text) => {
    expect(rules(text).level).toBe('critical');
    expect(rules(text).categories).toContain('missing_vulnerable');
  });

  it.each([
    '前天我舅舅喝多了把我姥姥推倒了 姥姥八十多了',
    '请的护工给我爸喂饭时扇了他两个耳光 监控拍到的',
    '女婿喝了酒就来要钱 不给就摔碗 昨天还推了我一把 我都七十六了',
    '我是幼儿园老师 班里一个小朋友说是后妈打的 屁股上全是皮带印',
  ])('a child or an old person hurt by a carer 「%s」 is violence_ongoing', (text) => {
    expect(rules(text).level).toBe('high');
    expect(rules(text).categories).toContain('violence_ongoing');
  });

  it.each([
    '我儿子想办残疾证 不知道去哪里办 要带什么',
    '我想给桥洞那个流浪的老头买点吃的 救助站电话多少',
    '房子卖了还债 老两口暂时挤在儿子家 想问问廉租房',
    '小时候我经常挨打 说是爸爸打的 现在都过去了',
    '孩子在学校摔了一跤 腿上淤青了 学平险怎么报',
    '我爸肠癌 一直在做化疗 家里的积蓄快花光了 医疗救助能报多少',
    '我妈的胰岛素快用完了 下个月还是去社区医院开吗',
    '坐地铁的时候有人推了我一把 我今年六十八了 想问问老年卡怎么办',
  ])('「%s」 stays below high', (text) => {
    expect(urgent(text)).toBe(false);
  });

  it('a treatment stopping on a day told is still a cutoff', () => {
    expect(urgent('我老公做透析 家里积蓄快用完了 医院说明天不交钱就停')).toBe(true);
  });

  it('a harvest lost with a loan due next month is still sudden hardship', () => {
    expect(urgent('前天冰雹把我家大棚全砸烂了 贷款下个月就到期')).toBe(true);
  });
});

describe('round 41, the dialogue’s sentences: beatings left behind, and 活路 as work', () => {
  it.each([
    '之前男人喝了酒就打我 去年法院判的离婚 孩子跟我 想问问妇联的帮扶',
    '我半年前领着儿子从家里出来了 他一喝酒就动手 现在住在我妈家 想找份活',
    '我在砖厂做 一个月两千 有时候还没有活路',
  ])('「%s」 stays below high', (text) => {
    expect(urgent(text)).toBe(false);
  });

  it.each([
    '他隔三差五就打我 上个月把我胳膊打骨折了 我不敢回家',
    '我从家里跑出来了 他拿着刀在外面找我',
    '实在没活路了 不想活了',
  ])('「%s」 is still raised', (text) => {
    expect(urgent(text)).toBe(true);
  });
});
