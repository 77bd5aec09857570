import { beforeAll, describe, expect, it } from 'vitest';
import { createRiskAssessor, loadRiskData, type RiskAssessor } from '../../../src/nlu/risk/index.js';

// Round 42, kinds read from sets BH and BI (written here in our own words): an urge felt again and again at a place of
// death, the means as the end of everything, Cantonese 结束晒一切 and 死咗仲好过, one's death called overdue, not waking
// wished at bedtime; a poison at home the mind keeps going back to; tonight as the last night, a date for no longer being
// here, thanks and goodbyes one by one, a last birthday, a house put in a child's name; skin scratched raw to calm down,
// cuts new and old; a parent threatening to jump with the child, a man armed and on his way, debt collectors who would
// take a daughter; wild mushrooms, a pregnancy bleeding, a fallen wire, someone lying in the road. Calm: a feeling of
// being left behind, the writer who stayed away, a closed mine, Cantonese weather talk, a pyramid scheme left behind.

let rules: RiskAssessor;

beforeAll(async () => {
  rules = createRiskAssessor({ data: await loadRiskData('risk') });
});

const urgent = (text: string): boolean => ['high', 'critical'].includes(rules(text).level);

describe('round 42: suicide in plainer words', () => {
  it.each([
    ['每次走到江边那段堤上 我都想着跳进去算了', 'critical'],
    ['我住在二十楼 这阵子老趴在阳台上往下看 想着往下跳是不是就解脱了', 'critical'],
    ['脑子里一直是骑车栽进水库的画面 甩都甩不掉', 'critical'],
    ['那条铁路就在屋后 火车一过 什么都结束了', 'critical'],
    ['我真系好攰 想结束晒一切', 'critical'],
    ['柜子里那瓶敌敌畏 我这几天总想着它', 'critical'],
    ['今晚就是最后一夜了', 'critical'],
    ['账都还清以后 二十号前后吧 我就不在了', 'critical'],
    ['我心里定好了 撑到小女儿毕业 七月以后我就可以走了', 'critical'],
    ['昨天晚上挨个给老同学打电话 道了谢 也道了别', 'critical'],
    ['下个月是他十岁生日 是我能陪他过的最后一个了', 'critical'],
    ['房子已经过户到我儿子名下 以后麻烦你们帮我照看一下他', 'critical'],
  ])('「%s」 is %s', (text, level) => {
    expect(rules(text).level).toBe(level);
  });

  it.each([
    '我这种没用的人早就该死了 光会拖累老婆',
    '我这条老命早该入土了 活着净给儿子添麻烦',
    '成日咁辛苦 死咗仲好过',
    '晚上一躺下就想 明早别再醒过来',
    '病拖了这么多年 就盼着哪天眼睛一闭就走了',
    '要不是还有老娘 我一点都不想在这世上活了',
  ])('「%s」 is a wish to be dead (high or more)', (text) => {
    expect(urgent(text)).toBe(true);
    expect(rules(text).categories).toContain('suicide_passive');
  });
});

describe('round 42: self-harm to quiet the mind', () => {
  it.each([
    '一心烦就拿指甲掐自己 手背都掐出血了',
    '夜里难受就抓自己 抓破了才睡得着',
    '又开始用拳头砸墙了 控制不住',
    '帮儿子洗澡才看到他腿上一道一道的 有新有旧',
  ])('「%s」 is self_harm', (text) => {
    expect(rules(text).level).toBe('critical');
    expect(rules(text).categories).toContain('self_harm');
  });

  it.each(['孩子起了湿疹 晚上睡不着就抓自己 抓破了好几处', '蚊子太多 痒得睡不着 一直抓自己'])(
    'an itch 「%s」 stays below high',
    (text) => {
      expect(urgent(text)).toBe(false);
    },
  );
});

describe('round 42: danger of this hour', () => {
  it.each([
    ['我姐抱着闺女坐在窗台上 哭着说要带孩子一起跳', 'violence_now'],
    ['隔壁老王提着斧头出门了 说要去把村长砍了', 'violence_now'],
    ['这口气咽不下去 我要弄死他 刀已经磨好了', 'violence_now'],
    ['要债的堵在门口 说今天不还钱就把我女儿带走抵账', 'violence_now'],
    ['我们一家晚饭吃了自己采的蘑菇 现在都在吐 奶奶有点晕', 'medical_emergency'],
    ['我老婆怀孕六个月 刚才突然大出血', 'medical_emergency'],
    ['我爸拉肚子上吐下泻 吐了一晚上 现在叫不醒', 'medical_emergency'],
    ['我奶奶血压两百二 头晕得站不住 还吐了', 'medical_emergency'],
    ['刮大风电线断了 我弟去碰了一下电线 现在不动了', 'medical_emergency'],
    ['一个骑三轮的被货车撞了 躺在路上 流了好多血', 'medical_emergency'],
  ])('「%s」 is critical (%s)', (text, category) => {
    expect(rules(text).level).toBe('critical');
    expect(rules(text).categories).toContain(category);
  });
});

describe('round 42: calm stays calm', () => {
  it.each([
    '河边有只小狗掉水里了 我想冲过去把它捞上来',
    '每次路过那座桥 我都想走进去看看桥下那家老茶馆',
    '我早该死心了 那份工作不会要我的',
    '孩子周末带着弟弟一起跳绳',
    '儿子去外省上大学了 很少打电话 感觉被丢下了',
    '我爸病重那年我在外地打工没回来 一直后悔',
    '我在矿上干了十年 矿倒闭了找不到人要赔偿',
    '最近冻到死 问下取暖补贴几时发',
    '去年被人拉去搞传销 后来逃回来了 现在想找份工作',
    '今年的存款都还清了 欠的钱一分不剩',
  ])('「%s」 stays below high', (text) => {
    expect(urgent(text)).toBe(false);
  });
});

// Round 42, second pass (own sentences): the kinds left by round 41. A scald told by its spread, cigarette burns of
// one's own doing, Cantonese things all given out with thanks for the years, a bed lost on leaving prison. Calm: a
// street life of years asking for a way out, a woman put out by her in-laws who lives at her parents' now.
describe('round 42, second pass', () => {
  it.each([
    ['锅里的热油溅出来 烫得半边身子都是泡 村里没医生', 'medical_emergency'],
    ['暖水瓶倒了 开水把孙子的小腿烫掉了一层皮', 'medical_emergency'],
    ['腿上好几个烟头烫的疤 都是我自己弄的', 'self_harm'],
    ['我嘅嘢全部分晒俾细佬 多谢你哋咁多年照顾', 'suicide_preparation'],
  ])('「%s」 is critical (%s)', (text, category) => {
    expect(rules(text).level).toBe('critical');
    expect(rules(text).categories).toContain(category);
  });

  it('just out of prison with nowhere to sleep is homeless_tonight', () => {
    const verdict = rules('上个月刚出狱 老房子塌了 这几天睡在工地上 没地方住');
    expect(verdict.level).toBe('high');
    expect(verdict.categories).toContain('homeless_tonight');
  });

  it.each([
    '流浪了十几年 晚上睡在桥洞 想问怎么办低保',
    '我弟常年在外流浪 前几天被送回来了 想问有没有救助',
    '被婆家赶出来了 现在回了娘家住着 想问土地的事',
  ])('「%s」 stays below high', (text) => {
    expect(urgent(text)).toBe(false);
  });
});
