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
