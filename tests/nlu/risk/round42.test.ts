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

// Round 42, pass b (own sentences): the kinds the first pass left. A rope bought with the place to hang it looked over, an
// unnamed medicine ordered online, a household means named as enough with only the resolve missing, a poison put away
// in one's bedroom, thoughts of death counted, the quickest way asked to end the pain, a plan told with 走 and the family
// kept out of it, a death wish written over and over in an exercise book; a child kept in a cage, a stepfather coming
// again, a fall lain on since the night; a fee that sends a child home from school, a jab or a hospital deposit that
// cannot be paid, collectors going to the workplace, an abuser who says he will come for her, a condemned house with
// nowhere to go. Calm: the same words in a question of policy, a trip, a past injury, a medicine bought online.
describe('round 42, pass b', () => {
  it.each([
    ['麻绳已经买回来了 吊在哪儿我也想好了', 'suicide_plan'],
    ['我在网上订了那种药 快递后天到', 'suicide_preparation'],
    ['法子我想明白了 开天然气就可以了 只差下决心', 'suicide_preparation'],
    ['家里那两瓶敌敌畏 我都收进卧室的床底下了', 'suicide_preparation'],
    ['到底用哪种办法最快 我不想再疼下去了', 'suicide_method'],
    ['准备大后天夜里走 就在出租屋里 别告诉我爸妈', 'suicide_plan'],
    ['打算过了中秋就走 不想让家人连个节都过不好', 'suicide_plan'],
    ['等把狗托给邻居 下周五我就走 想好了 以后别再催我交年审材料了', 'suicide_plan'],
    ['孙子的作业本最后一页写了好几遍"我想死" 老师看到了', 'suicide_active'],
    ['那个孩子被关在狗笼里 瘦得皮包骨', 'confinement'],
    ['我奶奶摔了起不来 一个人在家 从昨天半夜躺到现在', 'medical_emergency'],
  ])('「%s」 is critical (%s)', (text, category) => {
    expect(rules(text).level).toBe('critical');
    expect(rules(text).categories).toContain(category);
  });

  it.each([
    ['以前半年想一回死 这阵子几乎每天都想', 'self_harm_past'],
    ['继父对我妹妹做过那种事 他明天又要来', 'violence_threat'],
    ['学校通知伙食费还不交 下礼拜就不给孩子吃饭了', 'sudden_hardship'],
    ['孙女被野狗咬了 狂犬疫苗要七八百 家里只剩两百块', 'sudden_hardship'],
    ['医院让先交两万押金才能手术 我们凑不齐', 'sudden_hardship'],
    ['要债的放话说周一去我老公厂里闹', 'violence_threat'],
    ['现在想办人身保护令 他扬言要来把我抓回去', 'violence_threat'],
    ['村里说我家是危房 不能再住了 可我们没别的地方可去', 'sudden_hardship'],
    ['法院下礼拜来收房子 一家人还没找到住处', 'sudden_hardship'],
  ])('「%s」 is urgent (%s)', (text, category) => {
    expect(urgent(text)).toBe(true);
    expect(rules(text).categories).toContain(category);
  });

  it.each([
    '学校下学期要交住宿费 想问有没有补助',
    '去年娃被狗咬了 狂犬疫苗打完了 想问能不能报销',
    '住院押金交不起的话 有没有先看病后付钱的政策',
    '我家老房子评过C级危房 一直没钱修 还住着 想申请改造',
    '我被家暴过 已经离婚三年了 他早就不联系了 想问怎么申请法律援助',
    '我家狗关在笼子里叫了一晚上',
    '打算后天晚上走 车票买好了 回老家过年',
    '奶奶上个月摔了一跤 躺了半个月 现在能下地了',
    '网上买了降压药 快递说明天到',
    '农药买了两瓶 收进仓库了',
    '手机欠费停机了 借邻居的网发的 家里的米还够吃一阵',
  ])('「%s」 stays below high', (text) => {
    expect(urgent(text)).toBe(false);
  });
});

// Round 42, pass b, danger now (own sentences): petrol poured in the house with a threat to burn it, a child tied up and
// beaten, a fire spreading to the houses, a bank about to burst, a poison drunk by mistake and vomiting, someone old
// lying out in the cold for hours, an urge to climb a chimney and jump, charcoal to be burnt in a bedroom. Calm: the
// same words for warmth, a near miss of last year, a fire put out, an old man sitting in the sun, a splash washed off.
describe('round 42, pass b: danger now', () => {
  it.each([
    ['我爸把柴油洒了一屋里 嚷着要把房子烧了', 'violence_now'],
    ['隔壁那家把闺女捆在柱子上打', 'violence_now'],
    ['后山的火朝村子这边蔓延过来了', 'fire_disaster_now'],
    ['雨一直下 河堤快要决口了 堤下住着好几十户', 'fire_disaster_now'],
    ['孩子把消毒水当饮料喝了 现在在吐', 'medical_emergency'],
    ['桥下有个大妈躺了好几个小时了 今天零下十度', 'exposure'],
    ['我想爬上那根烟囱往下跳', 'suicide_active'],
    ['朋友说他等周末就去弄点炭 回家里卧室烧', 'suicide_plan'],
  ])('「%s」 is critical (%s)', (text, category) => {
    expect(rules(text).level).toBe('critical');
    expect(rules(text).categories).toContain(category);
  });

  it.each([
    '冬天煤炭涨价了 买点炭在屋里烧着取暖 想问有没有补贴',
    '去年夏天河堤差点决了 今年想问问加固的事',
    '那年山火烧得好大 火往村子那边烧 后来被扑灭了',
    '门口有个老人坐了一下午 晒太阳',
    '农药溅到手上了 洗了洗 没事',
  ])('「%s」 stays below high', (text) => {
    expect(urgent(text)).toBe(false);
  });
});

describe("round 42: a relative's number to ring", () => {
  it('「你打我女儿的 139…」 is a call, not a blow', () => {
    expect(rules('我不会用手机 有事你打我女儿的 13900002468').level).toBe('none');
  });

  it('a blow to a relative stays one', () => {
    expect(['high', 'critical']).toContain(rules('他刚才打我女儿的脸 打得流血了').level);
  });
});
