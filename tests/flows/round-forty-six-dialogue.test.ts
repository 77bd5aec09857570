// Round 46: the kinds of misreading that set BN's misses showed (development data now, in-sample), one describe for
// each kind; every sentence is written here, every person fictional.
import { describe, expect, it } from 'vitest';
import { appliedBefore } from '../../src/nlu/applied-before.js';
import { readMessageParts } from '../../src/nlu/message-parts.js';
import { shippedAssessor } from '../nlu/risk/fixture.js';
import { shippedReader } from './shipped-reader.js';

describe('round 46: ordinary applications are not raised to a crisis', () => {
  /** The shipped detector's level for a message. */
  async function level(text: string): Promise<string> {
    return (await shippedAssessor()).assess(text).level;
  }

  it.each([
    '俺家老屋快不行了 墙都裂缝了 下雨就漏',
    '房子快不行了 一刮风就掉土 想申请危房改造',
    '那间土房子眼看快不行了 没钱修',
    '家里的小卖部生意快不行了 想问问低保',
  ])('「%s」 is calm: a thing giving out', async (text) => {
    expect(await level(text)).toBe('none');
  });

  it.each([
    '我们老两口七十多了 女儿嫁到外省去后来就不回来了 想申请低保',
    '俺男人前些年出去打工 就再也不回来了 俺一个人带俩娃',
    '他们几个出去务工几年都不回来了 家里就剩我',
  ])('「%s」 is no suicide plan: someone else left', async (text) => {
    expect(await level(text)).not.toBe('critical');
  });

  it.each([
    '她中风以后说话说不清楚 不过人是明白的 同意申请',
    '我爸说话说不清楚 脑梗后遗症 想申请护理补贴',
    '俺娘说话说不清 但是点头了',
  ])('「%s」 is no exposure: slurred speech as a trait', async (text) => {
    expect(await level(text)).not.toBe('critical');
  });

  it.each([
    '我妈快不行了 快来人',
    '老爷子躺在床上快不行了 叫也不应',
    '我这回走了就不回来了 药都准备好了',
    '桥底下有个老人 冻得说话都说不清了',
  ])('「%s」 is still critical', async (text) => {
    expect(await level(text)).toBe('critical');
  });
});

describe('round 46: an application registered for someone, asked whether it was passed on, is a status check', () => {
  it.each([
    '网格员查一下 前天给王大爷登记的低保 转到街道没有',
    '上个月帮我妈登记的医疗救助 有没有报到区里去',
    '我是村里的 上礼拜替老李登记了临时救助 现在交上去没',
  ])('「%s」 tells an application made', (text) => {
    expect(appliedBefore(text)).toBe(true);
  });

  it.each([
    '想帮吴阿姨登记个临时救助',
    '上周去社区登记了 想问下低保要啥材料',
    '我想申请低保 是不是要交到街道',
  ])('「%s」 tells none', (text) => {
    expect(appliedBefore(text)).toBe(false);
  });

  it('a status check starts', async () => {
    const h = await shippedReader();
    await h.say('社区网格员 查一下 上周帮刘阿姨登记的临时救助 有没有转到民政那边');
    expect(h.flow?.name).toBe('status_check');
  });
});

describe('round 46: someone seen where the writer is, and the household next door in dialect, are someone else', () => {
  it.each([
    '我在人民路公交站台这里 有个老奶奶坐了一下午 问她啥都不知道',
    '俺刚路过村东头那座桥 有个男的躺在桥底下 喊也不应',
    '紧急 我在滨江公园 有位老大爷迷路了 说不清家在哪',
  ])('「%s」 tells of someone else', (text) => {
    expect(readMessageParts(text).aboutSomeoneElse).toBe(true);
  });

  it.each(['我在医院 有个老人没人管', '我在家 有个孩子发烧了', '我在车站 有个孩子跟着我'])(
    "「%s」 may be the writer's own: not someone seen",
    (text) => {
      expect(readMessageParts(text).aboutSomeoneElse).toBe(false);
    },
  );

  it.each(['我们隔壁人家个儿子被关在柴房里', '俺对门人家的老人好几天没出门了'])(
    '「%s」 is the household next door',
    (text) => {
      expect(readMessageParts(text).aboutSomeoneElse).toBe(true);
    },
  );

  it('the report is taken', async () => {
    const h = await shippedReader();
    await h.say('我在五星桥下面 有个老大爷穿得很少坐在地上 问他家在哪说不清楚 天这么冷');
    expect(h.flow?.name).toBe('report');
  });
});
