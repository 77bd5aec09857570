import { beforeAll, describe, expect, it } from 'vitest';
import { type RiskAssessor } from '../../../src/nlu/risk/index.js';
import { shippedAssessor } from './fixture.js';

// Round 7: kinds of crisis set E showed the rules stopping short of, written in our own words (never a
// benchmark's): a method asked about as what spares the family or looks like a fall, the highest bridge;
// a date written down; goodbyes said and contact refused; keys left for others to clear the flat; things
// divided; a noose tied without the word rope; pills gathered at several pharmacies; means carried to a
// water's edge; a note posted; a shut garage with fumes; a veiled "just asking"; violence heard, threatened
// with petrol or with one's life; a cut-off treatment with symptoms now; hunger that reached the body; a
// fall one cannot get up from; a blue baby; cold under a bridge; smoke with people inside; a worker held.

let assess: RiskAssessor;

beforeAll(async () => {
  assess = (await shippedAssessor()).assess;
});

describe('round 7: composed crises reach critical', () => {
  it.each([
    '哪个办法走了不会连累孩子 最好让人以为是自己滑倒的',
    '你们知道城东哪栋楼最高吗 我想上去看看',
    '日子我已经写好了 就在下周三 谁也别劝',
    '清明那天就是我的最后一天',
    '我跟几个表姐都告别过了 以后不用再联系我了',
    '钥匙放在门口地垫下面了 你们过两天来帮我收拾一下屋子吧',
    '家里的东西都分完了 我没什么舍不得的了',
    '拜托你们最后一件事 我儿子以后就送到福利院去吧 我今晚就走',
    '我在车库的横梁上绑好了 孩子的事就交给你们了',
    '安眠药是分了好几家药店凑的 今晚就够了',
    '我走到了小时候常去的那条江边 兜里揣着一瓶药',
    '表哥昨晚在群里发了遗言 现在手机不接',
    '我弟把自己锁在车里 车窗缝里冒烟 他前几天说活着没意思',
    '我妈说不想活了 拎着剪刀进了卫生间',
    '我是说如果 如果有人想走得不痛苦 吃什么药最快 随便问问',
    '楼上一直在打孩子 孩子哭得嗓子都哑了',
    '他提着一桶汽油在门口 说不离婚就烧',
    '他喊着要我的命 我反锁了卧室门 他在踹门',
    '我爸拎着砍刀在院子里追我妈',
    '我妈的透析断了四天 今天开始喘不上气 腿肿得厉害',
    '孩子癫痫药停了两天 刚才又抽了',
    '两天没吃东西了 现在头晕得站不稳',
    '我奶奶从椅子上摔下来 爬不起来 在地上躺了一夜',
    '孩子嘴唇发紫 叫也不应',
    '天桥下躺着一个大爷 今天零下八度 冻得直哆嗦',
    '隔壁楼冒浓烟 里面还有人出不来',
    '我被人骗到外地一个厂里 他们不让我们出去 手机也被收了',
  ])('「%s」 is critical', (text) => {
    expect(assess(text).level).toBe('critical');
  });
});

describe("round 7: the new signals' calm look-alikes stay calm", () => {
  it.each([
    '我们带了一板退烧药 来到了湖边露营 风景很好',
    '跟老同事们都告别了 下周就去深圳上班',
    '东西都分完了 搬家公司明天来拉',
    '上周摔了一跤 在地上躺了一会儿 现在好了',
    '今天太忙一天没吃饭 现在饿得发抖 哈哈',
    '我腿脚不好 站不起来 家里米快吃完了 想申请低保',
    '隔壁装修 一直在砸墙 吵死了',
    '以前常去的那个河边现在修成公园了',
    '朋友结婚 最后拜托你们一件事 帮我选个红包金额',
    '孩子的日子我已经定好了 下周三办满月酒',
    '电视剧里那个男的拎着斧头追人 吓死我了',
    '你们以后不用再联系我了 我已经找到工作了 谢谢',
    '我想问问高楼下面水深的地方能不能游泳',
    '如果朋友说想自杀 该怎么开导他 随便问问',
  ])('「%s」 opens no urgent case', (text) => {
    expect(['none', 'distress']).toContain(assess(text).level);
  });
});

// Urgent within 48 hours: a passive wish (better dead than alive, not coming off the table, let him go), a
// stomach pumped, burden talk of someone else, a deadline to move out, food to the day after tomorrow, a
// supply cut with a child in the cold, a threat with a time or a target, a frail person alone and unwell,
// a psychiatric crisis with no bed, a borrowed bed for two nights; and the calm side of each.
describe('round 7: urgent hardship and passive wishes reach at least high', () => {
  it.each([
    '要是我哪天出意外没了 保险能赔一笔 比我活着有用',
    '这回开刀要是下不来台 也算解脱了',
    '我表妹前天被送到医院洗胃 现在回家了 不肯说话',
    '我嫂子生完孩子后老说 孩子没有她会更好',
    '我外公在医院老念叨 别给他治了 让他早点走',
    '房东让我们五天内搬走 我老伴刚摔了腿 还没找到房子',
    '家里的面只够吃到后天了 孩子还小',
    '燃气被停了 家里零下的天 我带着三岁的娃',
    '那个人说明天要带刀来找我 我现在一个人带着孩子',
    '他发消息说知道我儿子在哪上学 让我小心点',
    '我妈一个人在老家 这两天说头晕 走不动路 我赶不回去',
    '我爸精神分裂又犯了 这几天不睡觉 拿东西砸墙 医院说没床位',
    '亲戚说最多再住两晚 我们一家四口',
  ])('「%s」 is at least high', (text) => {
    expect(['high', 'critical']).toContain(assess(text).level);
  });

  it('a threat names 110 and is high, not critical', () => {
    const verdict = assess('他打电话说明天要来找我算账 让我等着');
    expect(verdict.level).toBe('high');
    expect(verdict.category).toBe('violence_threat');
  });
});

describe('round 7: planned outages, past threats and treated illness stay calm', () => {
  it.each([
    '小区通知明天上午停水两小时 家里有老人 需要提前接水吗',
    '我奶奶一个人住 身体挺好的 想问问高龄补贴',
    '暖气费交了 屋里挺暖和 想问问取暖补贴明年怎么申请',
    '他以前威胁过我 现在已经判了 在监狱里 想问问司法救助',
    '上个月精神病犯过一次 住院治好了 现在按时吃药',
  ])('「%s」 opens no urgent case', (text) => {
    expect(['none', 'distress']).toContain(assess(text).level);
  });
});

// False alarms set E showed, by kind (our own sentences): hyperbole about homework and work, a school or a
// volunteer asking which department, a danger named as a topic of policy, a standard asked about, a storm
// that hurt no one, a loss said to be small, an attempt many years behind, 刚够 as "barely".
describe('round 7: hyperbole, policy questions and calm hardship open no urgent case', () => {
  it.each([
    '工作量大到爆炸 我人先炸了',
    '救救我吧 这道物理题到底怎么做',
    '我们是幼儿园 发现有孩子身上有伤 应该报给哪个部门',
    '冬天老人冻伤的事情 你们有没有专门的救助政策',
    '我们志愿者把一个冻伤的流浪汉送到医院了 医药费找谁报',
    '家里三口人 我妈常年吃降压药 收入够不够低保条件',
    '昨晚大风把棚子吹倒了 还好没砸到人 算不算受灾',
    '前几天冰雹砸坏了一点庄稼 损失不大 想问问有没有补贴',
    '十几年前吃过一次药 这么多年都好好的 想问问体检补助',
    '我一个月工资刚够房租 想问问有没有住房补贴',
  ])('「%s」 opens no urgent case', (text) => {
    expect(['none', 'distress']).toContain(assess(text).level);
  });
});
