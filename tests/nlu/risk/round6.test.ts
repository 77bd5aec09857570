import { beforeAll, describe, expect, it } from 'vitest';
import { type RiskAssessor } from '../../../src/nlu/risk/index.js';
import { shippedAssessor } from './fixture.js';

// Round 6: kinds of crisis the rules composed badly, written in our own words (never a benchmark's): an act
// under way (gas on, pills in drink, lying on the tracks, legs over a roof's edge), a farewell or a fall behind
// a door no one answers, a wish to be dead held back only by someone, violence with what is at hand, chest
// pain with cold sweat, sparks from wiring, eviction on a date, the last of the money; and the calm side: an
// old house, a relative long out of touch, a habit of wandering, an injury already treated, worry about later.

let assess: RiskAssessor;

beforeAll(async () => {
  assess = (await shippedAssessor()).assess;
});

describe('round 6: crises composed from who, act and immediacy', () => {
  it.each([
    '煤气我已经打开了 窗户都关上了 你们不用来',
    '我把一整瓶安眠药泡在白酒里喝完了',
    '我躺在铁路上 火车快来了',
    '我在26楼天台 脚已经伸出栏杆外面了',
    '我给闺女留了封信在枕头底下 今晚等她睡熟了我就去河边',
    '我哥发完朋友圈说对不起大家 现在电话不接 房门从里面反锁了 敲了半天没动静',
    '隔壁独居的王大爷早上摔在厕所里了 我在门外喊他 他说起不来 门打不开',
    '楼下的老奶奶三天没开门了 敲门没人应 屋里好像有股味',
    '我老公拿菜刀把我堵在厨房里 说今天要弄死我',
    '他拿板凳砸我 孩子在哭',
    '我胸口像压了块石头一样疼 出了一身冷汗 左边胳膊也麻了',
    '我爸从梯子上摔下来了 头磕在水泥地上 叫他没反应',
    '插座那边在冒火花 有烧焦的味道 家里就我和奶奶',
    '两岁的娃一个人锁在车里 太阳很大',
    '房东把我们赶出来了 零下十度 孩子在街上冻得直哭',
    '手腕划了一道很深的口子 血一直往外冒',
    '我在网上买了碳 明晚就在出租屋里试',
    // 特别 is not 别: 「特别想死」 is not a negation; a third party's farewell with means and a place.
    '我最近特别想死 什么都不想干',
    '楼下李叔把存折都给了他侄子 托我帮他照看他的狗 刚才看他提着一壶汽油往天台走',
    '我朋友在群里发了句谢谢大家这些年 然后人就联系不上了 他现在在江边',
    '如果我哪天不在了 麻烦你们帮我照顾一下他 该安排的都安排好了 我已经到桥上了',
    // A comma ends a clause: the folded comma of the prepared text stops a pattern's gap, so a farewell and
    // a cover story in two clauses compose; a life support cut said over two clauses still counts.
    '我跟表哥说以后闺女就交给他了，他还以为我要去外地打工',
    '我妈在家靠制氧机，小区停电了，她已经喘不上来',
    '等我妈出院了我就走，谁也别拦',
    '想知道被火车撞是不是一下子就没了',
    '有没有办法让心跳停掉',
    // Life endangered by hardship, third parties, farewells with affairs, a crisis after a policy question, pinyin.
    '孩子烧到四十度了 抽了两次 村里没车 镇上医院三十多里',
    '宝宝拉了一天肚子 现在没精神 眼窝都凹下去了 我们山里出不去',
    '透析三天没做了 腿肿得走不动 喘不上气 医院说欠费不给做',
    '胰岛素断了好几天 他现在昏昏沉沉叫不醒',
    '我家老爷子有老年痴呆 下午出门到现在没回来 外面下大雪',
    '两个孩子被锁在门外 零下好几度 大人去打牌了',
    '我被他关在屋里三天了 手机也被收走了 这是偷偷借的',
    '我奶奶一个人住 从昨天起电话就打不通了 敲门也没人开',
    '我知道我是家里的累赘 我走了你们就轻松了 这是我最后一条消息',
    '爸妈 我对不起你们 卡里的钱密码是我生日 以后别等我吃饭了',
    '我同事刚在工位上吞了一大把药 现在趴着叫不醒',
    '我表姐说她已经在江边了 让我们别找她',
    'wo bu xiang huo le jin wan jiu zou',
    '想紫砂 已经在楼顶了',
    '低保的事先放一放吧 我也不知道能不能等到审批下来 绳子我已经准备好了 今晚就结束',
  ])('「%s」 is critical', (text) => {
    expect(assess(text).level).toBe('critical');
  });

  it.each([
    '要不是放不下我妈 我早就跳下去了',
    '天天都想着去死 但我不知道该怎么办',
    '好想消失掉算了',
    '老伴走了以后我总觉得该去陪她了 活着有啥用',
    '前年我吞过一次药 被我妈发现送医院救回来了 最近又开始睡不着',
    '下周一就要强制搬离 我们一家四口还没找到住的地方',
    '工地不让住了 今天就得搬出去 我一个外地人不知道去哪',
    '钱全被偷了 连买个馒头的钱都没了',
    '停水停电三天了 家里有个坐轮椅的老人',
    '儿子住院我在医院陪着 家里六岁的女儿一个人在家没人看',
    '在火车站睡了三个晚上了 身上只剩十块钱',
    '我就是个废物 活着拖累全家 死了倒干净',
    '我这辈子算是白活了 要是能睡着就不醒也挺好',
    '暖气停了 家里八十多的老母亲冻得发抖 煤也买不起',
  ])('「%s」 is at least high', (text) => {
    expect(['high', 'critical']).toContain(assess(text).level);
  });
});

describe('round 6: calm applications stay calm', () => {
  it.each([
    '我家的老房子是七十年代盖的 墙上有裂缝 想申请危房改造',
    '我们家孩子他爸在外地打工 好几年联系不上了 想申请低保',
    '我奶奶老年痴呆 经常走丢 想问问能不能申请护理补贴',
    '上个月被车撞了 腿打了石膏 三个月不能上班 能申请临时救助吗',
    '去年家里着火把东西都烧没了 现在住在我姐家',
    '以后我们老两口老了没人管怎么办 能申请特困吗',
    '我要在家照顾瘫痪的老伴出不去 没法打工',
    '我们厂上周有个工人从脚手架上掉下来 已经送医院了 想问工伤保险怎么报',
    '家暴的事已经过去了 在打离婚官司 想问问法律援助',
    '我的电脑一直在冒火花 是不是要修了',
    '这个月水电费交不起了 能不能缓一缓',
    '昨天晚上试了新买的锅 挺好用',
    '孩子放学一个人在家写作业 我下班就回去',
    // An illness survived, a lawsuit of years, a hospital stay counted in months, numb hands, trade going badly.
    '我妈得过一回脑梗 保住了命 现在生活不能自理 想申请护理补贴',
    '和开发商的官司打了三年 房子还没拿到 想问问有没有法律援助',
    '孩子在医院住了一个多月 花了八万 想申请医疗救助',
    '我手脚麻木好几年了 医生说是颈椎病 能报销吗',
    '生意越来越差 想问问创业贷款的政策',
    '这个表我特别不会填 能帮我看看吗',
    // Denied, reported and resolved, hypothetical, hyperbole, news, a policy question, treated, a carer's duty.
    '我从来没想过轻生 只是想问问低保',
    '我同学说他想跳楼 后来老师找他谈了 现在好多了',
    '假如有人在河边坐着不走 该不该报警',
    '热死了 这天气还让不让人活了',
    '累死了 今天搬了一天砖',
    '新闻说有个老人走失了 后来找到了',
    '我们村有没有帮助独居老人的政策',
    '去年冬天我爸走丢过一次 后来在邻村找到了 想问问防走失手环在哪领',
    '孩子发烧了 已经吃了退烧药 明天带他去打疫苗还能打吗',
    '我爸透析一周三次 医保能报多少',
    '我想申请临时救助 家里老人卧床多年 我要照顾他出不去工作',
    // The new signals' calm look-alikes: work on the tracks, a gas tap forgotten, a tonic wine, a car repaired,
    // things given away when moving, a door locked by mistake, a fall seen to, a planned power cut.
    '我是铁路养护工 每天在铁轨边上站着检修 想问问工伤保险',
    '我家住27层 孩子喜欢坐在飘窗边上看风景 需要装防护网吗',
    '我妈煤气打开了忘了关 还好我闻到了 已经关上了',
    '婆婆把药泡在酒里喝了几十年 说是治风湿',
    '家里的狗送回老家给我爸养了 我们搬到城里住了',
    '我把旧衣服都送人了 家里太挤',
    '房子退了 下个月搬到新租的地方',
    '爸爸出院了 谢谢你们 我走了',
    '以后我不在了 孩子谁管 想问问有没有孤儿保障 我身体好着呢就是想提前了解',
    '门反锁了 钥匙忘在里面 怎么找开锁的',
    '我奶奶摔了一跤 已经送医院看过了 没大碍',
    '邻居家水电都停了 他们去外地旅游了',
    '今天停水停电 小区检修 明天恢复',
    '老人摔倒了起不来怎么办 想学点急救知识',
    '冒火花的插座已经换了 电工说没事了',
    '在火车站睡了两晚 第三天买到票回家了 现在想申请一下路费补助',
    '想给村里独居老人装个一键呼叫 摔倒了能报警',
    '房东说下个月要收回房子 我们已经找好新房子了',
    '晚上就试试新的申请系统',
    '我特别想找份工作',
    '我特别担心孩子的学费',
  ])('「%s」 opens no urgent case', (text) => {
    expect(['none', 'distress']).toContain(assess(text).level);
  });

  it.each(['仓库被洪水冲走了一半的粮食 人都没事 想问有没有补贴'])('「%s」 is below critical', (text) => {
    expect(assess(text).level).not.toBe('critical');
  });
});

describe('round 6: low mood in plain words is a kind word, not a case', () => {
  it.each([
    '家里就我一个人 冷冷清清的 过节也没人来',
    '忙了一辈子 到头来心都凉了',
    '被亲戚在背后指指点点 我真是没脸见人',
    '我天天发愁 孩子的学费 老人的药',
    '这日子怎么就过成这样了',
  ])('「%s」 is distress', (text) => {
    expect(assess(text).level).toBe('distress');
  });
});
