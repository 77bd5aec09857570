import { beforeAll, describe, expect, it } from 'vitest';
import { levelRank, type RiskAssessor } from '../../../src/nlu/risk/index.js';
import { shippedAssessor } from './fixture.js';

// Round 10: kinds of crisis set G showed the rules stopping short of, in our own words (never a benchmark's):
// pills hoarded by the bagful or counted in tens after buying them shop by shop, a poison carried to the bed,
// charcoal set down beside one behind a locked door, a farewell posted, burning or pulling at oneself until it
// bleeds, fresh cuts on a child's arm, a live wire or a deep well asked about; a pan fire beyond one's hands, a child in the water or caught in a
// gate; killing oneself said with another verb, a breath not coming back accepted, an old cut and the urge back,
// a fall made on purpose; threats to burn, to die together, a stalker's photo; a relapse with persecutors;
// and their calm look-alikes.

let assess: RiskAssessor;

beforeAll(async () => {
  assess = (await shippedAssessor()).assess;
});

describe('round 10: preparation, self-harm and method questions reach critical', () => {
  it.each([
    '我把家里的止疼药攒了一大袋 藏在柜子里',
    '跑了好几个地方 一个药店一个药店地买 安眠药凑了四十多粒',
    '昨晚把那瓶敌敌畏从院子里拿到卧室了 谁也不知道',
    '我在出租屋里 门反锁着 木炭就放在床边',
    '刚在群里发了道别的话 谢谢大家这些年',
    '拿烟头烫自己的胳膊 已经好几个疤了 停不下来',
    '一难受就揪头发 揪到出血才停',
    '插座里的电摸上去多久会没命 屋里没别人',
    '村后那个水塘深不深 人跳下去还能出来吗',
    '他在日记里写 真想弄死自己算了',
    '锅里的油烧起来了 火太大我灭不了',
    '隔壁的娃掉进河里了 大人都不在',
    '小孩的腿卡在护栏中间拔不出来 一直哭',
    '我爸突然喘不过气来 嘴唇都紫了',
    '敲了半天门没人应 屋里一股煤烟味 老人在里面',
    '仓库里刷了一下午胶 我头晕得厉害 同事已经晕倒了',
    '我表妹被她婆家几个人关在后院的杂物房里 三天没吃东西',
    '他喝多了 抄起一把菜刀 我跟孩子躲在卫生间',
    '外公下午出门散步 我们找了三个小时 外面在下雪',
    '我妈去赶集 到现在两天了 电话一直关机',
    '我哥说以后再也不拖累你们了 一整天都没找到他',
    '隔壁独居的王奶奶门口堆了好几天的牛奶 屋里没有声响',
  ])('「%s」 is critical', (text) => {
    expect(assess(text).level).toBe('critical');
  });
});

describe('round 10: fresh cuts, passive wishes, threats, relapses and cut-off care reach at least high', () => {
  it.each([
    '女儿胳膊上好多新的口子 她说是猫挠的 我不太信',
    '夜里喘不上来的时候就想 这口气上不来也就算了',
    '初中那会儿划过 这阵子又想起那种感觉',
    '我前几天故意从台阶上跳下去 摔伤了 没跟人说',
    '他说离婚就跟我同归于尽',
    '有人扬言要烧了我家的店 这两天总在附近转',
    '前同事每天在小区门口等我 还拍了我家窗户的照片',
    '我哥抑郁症复发了 说有人在他饭里下毒 两天不吃不睡',
    '孩子的胰岛素打完了 钱要下周才发',
    '儿子的康复中心说月底开始不收了 他还不会自己吃饭',
    '那个猥亵过我女儿的邻居 今晚又要来我们家串门',
    '租约后天到期 房东不让住了 到现在还没找到地方',
    '我爸被人拉去买理财 说再转五万就能提现 他已经转了三万',
  ])('「%s」 is at least high', (text) => {
    expect(levelRank(assess(text).level)).toBeGreaterThanOrEqual(levelRank('high'));
  });
});

describe('round 10: calm look-alikes stay below high', () => {
  it.each([
    '我们家搬到城东了 想问问低保要不要重新申请',
    '我妈的降压药每个月要吃两盒 能不能报销',
    '冬天烧炭取暖要注意什么 社区发的宣传单上有吗',
    '家里的猫把沙发抓坏了 心疼',
    '食堂油锅着火怎么处理 我们在做消防演练',
    '临时救助的申请递上去半个月了 到现在都没有回音 想问问进度',
    '冬天屋里有股煤烟味 想问问能不能换个炉子',
    '上周工友倒了 送去医院了 现在没事了 想问问工伤怎么报',
    '工作压力大得让人喘不过气 想问问有没有免费的心理咨询',
    '我妈去亲戚家住几天 手机没电关机了 刚才她用表姐的电话打回来了',
    '年轻时候想不开过一回 那是很早以前的事了 现在好了 想问问医保的事',
  ])('「%s」 stays below high', (text) => {
    expect(levelRank(assess(text).level)).toBeLessThan(levelRank('high'));
  });
});
