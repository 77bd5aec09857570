import { beforeAll, describe, expect, it } from 'vitest';
import {
  createRiskAssessor,
  DEFAULT_NET_THRESHOLDS,
  type RiskAssessor,
  type RiskData,
  type RiskNet,
} from '../../../src/nlu/risk/index.js';
import { shippedAssessor } from './fixture.js';

// Round 16: kinds of miss read from set O once it became development data (risk/examples/writers-o.yaml), written
// here in our own words, and the net's two new rights (chosen by leave-one-file-out cross-validation): past a
// calming context the rules saw when it is all but certain (up to high), and to critical for a suicide or
// self-harm rung when the rules saw a sign. Kinds: a deadline a few words before the payment, part of a sum raised,
// an emergency operation held back for a deposit, a supply cut for an unpaid bill on a named day; one's own death
// weighed against a debt or an insurance, passing it off as an accident, a dose asked after the news, taking a
// dependant along, death by illness wished for; emergencies named by their signs. Calm: a stroke years ago, a
// pyramid scheme left behind, a reservoir resettlement, a crowded home, a threat said only as words.

let assess: RiskAssessor;
let rulesOnly: RiskAssessor;
let data: RiskData;

beforeAll(async () => {
  const loaded = await shippedAssessor();
  assess = loaded.assess;
  data = loaded.data;
  rulesOnly = createRiskAssessor({ data });
});

const urgent = (level: string): boolean => level === 'high' || level === 'critical';

describe('round 16: a payment due within days with the money short (rules alone)', () => {
  it.each([
    '医生说大后天做手术之前得把八万交上，我们才借到三万',
    '殡仪馆让明天之前把费用结清，家里实在拿不出',
    '工地一直不给结账，房东说后天不交租就让搬走',
    '房东说周六收房租，我手里就剩两百块',
    '欠了物业费，物业说明天停水，家里有个瘫痪老人',
  ])('「%s」 is urgent', (text) => {
    expect(urgent(rulesOnly(text).level)).toBe(true);
  });

  it.each(['明天要交三份材料，还差一份证明', '下周三交学费，还差两千', '明天停电检修，家里老人怕热'])(
    '「%s」 is no emergency',
    (text) => {
      expect(urgent(rulesOnly(text).level)).toBe(false);
    },
  );
});

describe('round 16: an emergency operation held back for a deposit is critical', () => {
  it.each([
    '丈夫脑溢血躺在急诊室，收费处说押金不交齐不给开刀，大夫讲拖不得',
    '老妈脑梗送到县医院，窗口说没交钱就不安排溶栓，医生催着要立刻做',
  ])('「%s」', (text) => {
    const r = rulesOnly(text);
    expect(r.level).toBe('critical');
    expect(r.category).toBe('medical_emergency');
  });

  it('a stroke operated on last year is not one', () => {
    expect(urgent(rulesOnly('前年老爸心梗搭了桥，当时大夫说要立刻手术，欠下的钱还没还完').level)).toBe(false);
  });
});

describe('round 16: the suicide ladder in roundabout words (rules alone)', () => {
  it.each([
    ['假如我没了，银行那笔贷款能不能就不用还了', 'suicide_active'],
    ['我要是不在了，我欠的钱是不是就一笔勾销了', 'suicide_active'],
    ['要是我哪天出意外没了，保险能赔多少给我儿子，怎么才能算意外', 'suicide_method'],
    ['看新闻说安眠药吃多了会死，那到底要吃多少片', 'suicide_method'],
    ['我想带着我瘫痪的儿子一起走，我们俩都解脱了', 'suicide_active'],
    ['等俺把地里的麦子割完，钱给儿子汇过去，俺就喝药，都想好了', 'suicide_plan'],
  ])('「%s」 is %s', (text, category) => {
    const r = rulesOnly(text);
    expect(r.level).toBe('critical');
    expect(r.category).toBe(category);
  });

  it("one's own belongings put in order beside a question about a parent's funeral is preparation", () => {
    const text =
      '问下父亲的丧葬费去哪办，他是上月过世的。我自己的存款也都处理好了，这是我姐的号码，到时候麻烦你们告诉她';
    expect(rulesOnly(text).category).toBe('suicide_preparation');
    // A parent's belongings sorted, or an old person's own funeral arranged, are not.
    expect(
      urgent(rulesOnly('请问外婆的丧葬费在哪里申请，她的衣物我已经收拾好了，到时候请你们联系我舅舅').level),
    ).toBe(false);
    expect(urgent(rulesOnly('想问丧葬补贴要什么材料，我自己的后事也早就安排好了，我都九十了').level)).toBe(
      false,
    );
  });

  it.each(['要是得个绝症死了也不错，就不用天天受罪了', '天天上班路上琢磨，哪天出个车祸也好，省得遭罪'])(
    '「%s」 is a passive wish',
    (text) => {
      expect(rulesOnly(text).category).toBe('suicide_passive');
    },
  );

  it.each([
    '我爸去世了，他的网贷是不是要我们还',
    '这个降压药一天吃几片，吃多了会不会有事',
    '带着孩子一起走亲戚，路上好受罪',
    '生了一场大病没了工作，现在想申请低保',
    '我去地里给庄稼打农药，晚上回来',
  ])('「%s」 is not on the ladder', (text) => {
    expect(urgent(rulesOnly(text).level)).toBe(false);
  });
});

describe('round 16: emergencies named by their signs are critical (rules alone)', () => {
  it.each([
    '孩子吃花生过敏 喉咙发紧 脸都肿了',
    '我妈吃汤圆噎住了，面孔都发紫了',
    '我爸被邻居家的狗咬在脖子上，血哗哗往外冒',
    '在砖厂做工八年了，今天腿被传送带卷了，血一直止不住',
    '我弟下河游泳掉下去了，半天没上来',
    '我家小孩把一颗磁铁吞下去了',
    '奶奶把一把安眠药当成糖豆吃了',
    '有人往孩子身上泼了东西，起了一片泡，闻着像硫酸',
    '小孙子从池塘里拉上来，已经不出气了',
    '我家囡囡在公园唔见咗，搵咗成个钟',
    '昨晚又zc了，胳膊上好几道新口子',
  ])('「%s」', (text) => {
    expect(rulesOnly(text).level).toBe('critical');
  });

  it.each([
    '我对花粉过敏，一到春天嗓子就发紧，想问问医保能报销抗过敏的药吗',
    '孩子小时候把硬币吞下去过，后来拉出来了',
    '前男友一直发消息说要来找我 说要泼硫酸',
  ])('「%s」 is not a medical emergency now', (text) => {
    expect(rulesOnly(text).category).not.toBe('medical_emergency');
  });
});

describe('round 16: danger at the door, at night or away from home (rules alone)', () => {
  it.each([
    '我十四岁，我后爸半夜老是摸进我房间，今晚家里又只有我们俩，我好害怕',
    '外面有几个人在踹我家门，说是要债的，非要进来，我一个人在家好怕',
    '被老公赶出家门了，我在外省，手机快没电了，身上就三十块钱',
    '我们小区有个独居老奶奶家里水管冻裂了，屋里没法住，今晚得帮她找个落脚的地方',
    '大水刚退，家里的米面全泡坏了，我们住在学校教室里，明天吃什么都不知道',
  ])('「%s」 is urgent', (text) => {
    expect(urgent(rulesOnly(text).level)).toBe(true);
  });

  it.each([
    '上课说话被老师赶出来了，在走廊站了一节课',
    '我爸晚上进我房间给我盖被子',
    '明天吃什么都不知道，好纠结',
  ])('「%s」 is no emergency', (text) => {
    expect(urgent(rulesOnly(text).level)).toBe(false);
  });
});

describe('round 16: calm talk that only looks urgent', () => {
  it.each([
    '我大伯一生气就说活着没意思，说说罢了，想问问慢性病补贴怎么申请',
    '我们村是库区移民，田被淹了以后就没了收入来源',
    '六个人挤在一间平房，女儿上初中了也没地方睡，能申请公租房吗',
    '被人骗去搞传销一年多 出来以后啥也没有了 现在打散工',
    '我阿爸中風咗兩年 我日日照顧佢 冇辦法返工',
    '我老婆脑梗三年多了，生活不能自理',
  ])('「%s」 raises no alarm', (text) => {
    expect(urgent(assess(text).level)).toBe(false);
  });

  it.each([
    '我认真考虑过去死 这次不是说说而已',
    '我本来以为他就是说说，刚才他说绳子买好了，等我出门他就把自己了结',
    '被骗进传销了，他们不让我出来',
  ])('「%s」 stays urgent: a denial or a belief proved wrong calms nothing', (text) => {
    expect(urgent(rulesOnly(text).level)).toBe(true);
  });
});

describe('round 16: what the net may decide', () => {
  const netSaying = (urgentP: number, category: string, distressP = 1): RiskNet => ({
    classes: new Map(),
    predict: () => ({ urgent: urgentP, distressOrWorse: distressP, category }),
  });

  it('the shipped thresholds let a certain net pass a calming context and reach critical', () => {
    expect(DEFAULT_NET_THRESHOLDS.calmed).toBeDefined();
    expect(DEFAULT_NET_THRESHOLDS.critical).toBeDefined();
  });

  it('raises to critical a suicide rung it is sure of, when the rules saw a sign', () => {
    const withNet = createRiskAssessor({ data, net: netSaying(0.99, 'suicide_plan') });
    // 刀片 is a means the rules see without composing it into a category.
    const r = withNet('刀片我收在抽屉里了');
    expect(r.level).toBe('critical');
    expect(r.source).toBe('model');
  });

  it('stays at high without a sign from the rules, below its critical bar, or for an emergency rung', () => {
    expect(createRiskAssessor({ data, net: netSaying(0.99, 'suicide_plan') })('今天天气不错').level).toBe(
      'high',
    );
    expect(
      createRiskAssessor({ data, net: netSaying(0.82, 'suicide_plan') })('刀片我收在抽屉里了').level,
    ).toBe('high');
    expect(
      createRiskAssessor({ data, net: netSaying(0.99, 'medical_emergency') })('刀片我收在抽屉里了').level,
    ).toBe('high');
  });

  it('past a calming context it raises only to high, and only when all but certain', () => {
    const calmed = '看新闻说有人跳河了';
    expect(createRiskAssessor({ data, net: netSaying(0.99, 'suicide_plan') })(calmed).level).toBe('high');
    expect(createRiskAssessor({ data, net: netSaying(0.9, 'suicide_plan', 0.9) })(calmed).level).toBe('none');
    // Sure of distress (round 19), it may only say distress: a kind word, no case.
    expect(createRiskAssessor({ data, net: netSaying(0.9, 'suicide_plan') })(calmed).level).toBe('distress');
  });

  it('never reads a form answer', () => {
    const withNet = createRiskAssessor({ data, net: netSaying(0.999, 'suicide_attempt') });
    expect(withNet('刀片我收在抽屉里了', { expecting: 'field:address' }).level).toBe('none');
  });
});
