import { beforeAll, describe, expect, it } from 'vitest';
import { riskResponseFor, type RiskAssessor, type RiskData } from '../../../src/nlu/risk/index.js';
import { shippedAssessor } from './fixture.js';

// Round 8: kinds of crisis set F showed the rules stopping short of, written in our own words (never a
// benchmark's): leaving the world said plainly, a mind full of death, a suicide threat used as leverage, pill
// counts asked, driving into water, a place chosen, goodbyes said and pets given away, a barricaded door, pills
// with spirits, a gas explosion and a flooded mine, a machine out of power, a treatment cut with chest pain,
// sent home on tubes, an elder not found in the cold, children scavenging, days on water; threats of return;
// illnesses getting worse with no money for a doctor; trafficking lures; and the calm look-alikes colleagues
// flagged in whole conversations (sight lost, stroke sequelae, livestock drowned, 冻得不行, "please help").

let assess: RiskAssessor;
let data: RiskData;

beforeAll(async () => {
  const loaded = await shippedAssessor();
  assess = loaded.assess;
  data = loaded.data;
});

describe('round 8: crises said in plain words reach critical', () => {
  it.each([
    '我只想从这个世界离开 多一分钟都不想待',
    '这几天满脑子都是死 怎么也停不下来',
    '他拎着一瓶农药在工地门口 说不给工钱就喝',
    '一次吞三十颗安眠药会怎样 我想弄清楚',
    '今晚喝完酒我就开车往河里冲',
    '那栋烂尾楼我看了好几次 明天下午爬到楼顶',
    '等我妈睡着了 我就去村头那口井',
    '我已经选好位置了 就在屋后那棵槐树上',
    '我明天一早去江边 以后别给我回消息了',
    '我坐在天台上 这是发给你们的最后一句',
    '我在大坝上坐着 风很大 心里很平静',
    '我跟几个老同学都说了再见 微信也都注销了',
    '刚给我爸打电话说了声谢谢他 以后他就知道了',
    '我家那几只鸭子送给隔壁李叔了 钥匙在门口地垫底下',
    '我的猫以后谁能收养 我不能再照顾它了',
    '刚吃了一把药又喝了半瓶白酒 头好晕',
    '胳膊上划了好几道 血一直往下流',
    '我弟把卧室门反锁上了 说活着没意思 里面没动静',
    '厨房燃气炸了 我奶奶还在里面',
    '煤矿透水了 我爸还在井下',
    '我妈的呼吸机没电了 停电一整天了 她喘不上气',
    '我爸支架后的药断了 这两天胸口一直闷痛',
    '我爸三天没透析了 医院不让进',
    '还插着管子 医院就让我们今天出院',
    '我姥爷老年痴呆 早上出门到现在还没找到 外面零下',
    '三个小孩在车站门口捡吃的 说家里没人',
    '我们家一粒米都没了 奶奶好几天只喝水 起不来床',
    '被中介骗了钱 已经四天靠自来水撑着 现在手脚发抖',
    '他刚刚又打了我 现在就在门外',
    '地震了 我妈被压在屋里出不来',
  ])('「%s」 is critical', (text) => {
    expect(assess(text).level).toBe('critical');
  });
});

describe('round 8: passive wishes, past attempts, threats, cold homes, worsening illness and lures reach at least high', () => {
  it.each([
    '这个家少我一个也照样转',
    '有时候真想从世上蒸发',
    '活得太苦了 下辈子重新投个胎吧',
    '老伴走了以后 我就盼着也跟她去',
    '站在阳台上总想着跳下去会怎么样',
    '这日子过得跟死了没两样',
    '以前割的疤还在 夏天都不敢穿短袖',
    '前年我试过一次 没成 现在也还是难受',
    '前夫说我要是不复婚就来砍我 他知道我住哪',
    '他说今晚回来还要打我 我不敢回家',
    '我弟要钱 说不给就打我妈',
    '他一喝醉就动手 今天又去喝了 我带着孩子不知道躲哪',
    '婆家天天打电话说要来把孩子抢走 还说要让我好看',
    '电费欠了被停了 外面下雪 家里还有个婴儿',
    '燃气被停了好几天 这几天零下 我们烧纸箱取暖',
    '我爸脚上的伤口化脓了 现在发黑 他不肯去医院',
    '我老伴一直说胸口闷 怕花钱不肯去看',
    '我怀孕八个月了 这两天脚肿 头疼得厉害 没钱产检',
    '孩子吐了两天 尿很少 卫生院让去县医院 车费凑不齐',
    '有人介绍我妹去缅甸那边上班 说包吃住高工资 下周就走',
    '网上认识的老板让我儿子去外地 不让带手机 后天来接 我总觉得不对劲',
    '法院通知明天执行 我妈瘫在床上 我们没地方去',
    '家里米只剩一点 明天开始就什么都没了 我妈八十多了',
  ])('「%s」 is at least high', (text) => {
    expect(['high', 'critical']).toContain(assess(text).level);
  });

  it('a worsening illness kept from a doctor is illness_worsening, for the operators, with the locality line', () => {
    const verdict = assess('我外婆脚上的伤口化脓发黑了 她怕花钱不肯去医院');
    expect(verdict.level).toBe('high');
    expect(verdict.category).toBe('illness_worsening');
    const reply = riskResponseFor(data.taxonomy, 'illness_worsening', {
      number: '12345',
      label: '12345热线',
    });
    expect(reply?.notify).toBe('operators');
    expect(reply?.text).toContain('12345');
  });

  it('a trafficking lure is exploitation_risk and names 110', () => {
    const verdict = assess('有人要带我侄子去老挝干活 说包吃住高薪 不让跟家里联系');
    expect(verdict.level).toBe('high');
    expect(verdict.category).toBe('exploitation_risk');
    const reply = riskResponseFor(data.taxonomy, 'exploitation_risk', {
      number: '12345',
      label: '12345热线',
    });
    expect(reply?.number).toBe('110');
    expect(reply?.text).toContain('110');
  });
});

describe('round 8: calm look-alikes open no urgent case', () => {
  it.each([
    '我奶奶眼睛看不见了 想问问能不能办残疾证',
    '最近冻得不行 想问问取暖补贴啥时候发',
    '我家的鸭子去年发大水淹死了 还能补吗',
    '我爸中风后说话不利索 想申请护理补贴',
    '我爸脑梗以后在做康复 请问康复费能报多少',
    'Please help me with the application form',
    '领导开会开得我想撞墙',
    '群里都在转那个台风的消息 我们这边没事',
    '刷抖音刷到有人跳楼被救下来了',
    '自杀未遂的患者出院以后社区怎么随访 我在写课题',
    '我是民政的 有个走失老人的家属要申请救助 该怎么对接',
    '上次家里断粮的时候你们送来的面粉帮了大忙 现在好了 谢谢',
    '这个月工资还没发 房租能不能晚几天交',
    '台风过后房子有点裂缝 住着没问题 想请人看看',
    '洪水退了以后已经搬回家了 就是地里的庄稼毁了',
    '我们家冬天没暖气 一直烧炕 还过得去',
    '去年被裁员 到现在还没找到稳定的工作 有什么培训吗',
    '周末我就去江边钓鱼 谁一起',
    '我明天要去公司 把钥匙放在门垫底下了 你回来自己开门',
    '我们公司不让带手机进车间 明天开始执行',
    '这个月心情特别差 想问问有没有心理咨询',
  ])('「%s」 opens no urgent case', (text) => {
    expect(['none', 'distress']).toContain(assess(text).level);
  });

  it.each(['这几天心里总是发慌 一直在担心孩子的病', '好想我妈 她走了快一年了 还是梦见她'])(
    '「%s」 gets a kind word, never the queue',
    (text) => {
      expect(assess(text).level).toBe('distress');
    },
  );
});

describe('round 8: words colleagues saw raise whole conversations stay calm', () => {
  it.each([
    '我婆婆同意了 她说话不利索 我替她来办',
    '邻居们轮着照看 还过得去 希望社区尽快来人看一下',
    '我们村有个人前年夏天淹死了 留下两个孩子 想帮他们申请',
    '一个人住 腿脚不好 房子快塌了 想申请危房改造',
    '现在好好的 就是怕哪天走丢了 想申请个定位手环',
    '堂哥眼睛彻底看不见了 想问盲人有什么补助',
    '屋里冻得不行 取暖补贴怎么领',
  ])('「%s」 opens no urgent case', (text) => {
    expect(['none', 'distress']).toContain(assess(text).level);
  });

  it.each([
    '我爸刚才突然说话不利索了 嘴也歪了',
    '下大雨了 土房快塌了 我爷爷还在屋里',
    '快来人 我妈倒在地上了',
  ])('「%s」 is still critical', (text) => {
    expect(assess(text).level).toBe('critical');
  });
});

// A second batch of our own sentences for the same kinds, said in other words again.
describe('round 8: the same kinds in other words', () => {
  it.each([
    '这个世界我一分钟都不想再待了',
    '我心里只剩下死这件事',
    '今晚我就开车冲进江里',
    '我坐在河堤上 风很凉 我想好了',
    '我把那一整瓶安眠药都吞下去了',
    '井下塌了 我哥困在下面出不来',
  ])('「%s」 is critical', (text) => {
    expect(assess(text).level).toBe('critical');
  });

  it.each([
    '我这种人世界上少一个也没人知道',
    '我爸腿上的伤越来越严重 没钱去医院',
    '我表哥说有个活 去缅甸 月薪三万 包吃包住 下周走',
  ])('「%s」 is at least high', (text) => {
    expect(['high', 'critical']).toContain(assess(text).level);
  });

  it.each(['我的仓鼠送给邻居家孩子了 周末搬家', '夏天我们村有个老人在塘里淹死了 他老伴想申请救助'])(
    '「%s」 opens no urgent case',
    (text) => {
      expect(['none', 'distress']).toContain(assess(text).level);
    },
  );
});
