// Round 46: the kinds of misreading that set BN's misses showed (development data now, in-sample), one describe for
// each kind; every sentence is written here, every person fictional.
import { describe, expect, it } from 'vitest';
import { phoneTailCorrected } from '../../src/flows/application/fill.js';
import { proxyAgreementInConsent } from '../../src/flows/application/proxy-agreement.js';
import { appliedBefore } from '../../src/nlu/applied-before.js';
import { extractHouseholdSize } from '../../src/nlu/entities/household-size.js';
import { readMessageParts } from '../../src/nlu/message-parts.js';
import { shippedAssessor } from '../nlu/risk/fixture.js';
import type { FlowHarness } from './harness.js';
import { readField } from './read-field.js';
import { shippedReader } from './shipped-reader.js';

/** A legal-aid application brought to its review. */
async function atReview(): Promise<FlowHarness> {
  const h = await shippedReader();
  await h.say('我想申请法律援助');
  await h.say('同意 郑志强 320281198807150019 13900001234');
  await h.say('江阴市青阳镇悟空村 三口人 没有收入');
  await h.say('工地老板欠了我半年的工钱不给 人也找不到了');
  expect(h.publicState.expecting).toContain('confirm');
  return h;
}

describe('round 46: a stop said with the verb of handing in cancels at the review', () => {
  it.each([
    '等下 我跟我爸商量了 他说不用了 那这个先不提交了 麻烦你了',
    '算了算了 这个暂时不提交了',
    '我老婆说她去问问村里 那个就先不递交了',
  ])('「%s」 cancels', async (text) => {
    const h = await atReview();
    await h.say(text);
    expect(h.flow).toBeNull();
    expect(h.actions.some((a) => a.type === 'erase_personal_data')).toBe(true);
  });

  it('a question about not handing it in yet cancels nothing', async () => {
    const h = await atReview();
    await h.say('能不能先不提交了吗 我明天再看看');
    expect(h.flow?.name).toBe('application');
  });
});

describe('round 46: a phone corrected by its last digits counted with 个', () => {
  it.each([
    ['电话错了 最后四个是1243 不是1234 眼神不好', '13900001243'],
    ['手机号码后两个打错了 应该是43', '13900001243'],
    ['号码最后三个数是二四三', '13900001243'],
  ])('「%s」 corrects the phone', (text, phone) => {
    expect(phoneTailCorrected('13900001234', text)).toBe(phone);
  });

  it.each(['电话是对的', '最后四个是1243', '电话最后四个是12'])('「%s」 corrects nothing', (text) => {
    expect(phoneTailCorrected('13900001234', text)).toBeUndefined();
  });

  it('mid-form, the correction fixes the phone and the question asked is asked again, not answered', async () => {
    const h = await shippedReader();
    await h.say('俺家屋顶漏雨墙也裂了 想申请住房救助');
    await h.say('同意 俺自己 赵文山 370983195003030317 15300001674');
    expect(h.publicState.expecting).toContain('field:household_size');
    await h.say('电话错了 最后四个是1647 不是1674 俺眼花了');
    expect(h.flow?.state.fields).toMatchObject({ phone: '15300001647' });
    expect(h.flow?.state.fields).not.toHaveProperty('household_size');
    expect(h.flow?.state.fields).not.toHaveProperty('monthly_income');
    expect(h.publicState.expecting).toContain('field:household_size');
  });
});

describe('round 46: 仨 before a unit of time or money is no household', () => {
  it.each(['老板欠俺们仨月工钱', '俺们仨礼拜没开工了', '咱们仨万块的账还没还'])(
    '「%s」 counts nobody',
    (text) => {
      expect(extractHouseholdSize(text)).toEqual([]);
    },
  );

  it.each(['就俺们仨 我跟闺女和外孙', '我们仨住一块'])('「%s」 is still three', (text) => {
    expect(extractHouseholdSize(text).map((e) => e.value)).toEqual([3]);
  });
});

describe('round 46: a writer who names themselves the guardian agrees for the ward', () => {
  it.each(['同意 我是他妈妈 监护人', '同意 俺是她姥姥 也是监护人', '可以 我是孩子爸爸，法定监护人'])(
    '「%s」 agrees for the person applied for',
    (text) => {
      expect(proxyAgreementInConsent(text)).toBe(true);
    },
  );

  it('a guardian said not to agree does not', () => {
    expect(proxyAgreementInConsent('同意 我是他舅舅 他监护人还不知道')).toBe(false);
  });
});

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

describe('round 46: a slip taken back far from any kind of help named corrects no kind', () => {
  it.each([
    '我想帮我妈申请低保我妈叫王秀英不对是秀丽的丽王秀丽她腿脚不好去年办了残疾证家里就靠我爸种地',
    '给俺爹报个低保 俺爹叫李建国 哦不对 是建设的建 李建设 他是尿毒症 俺娘还有残疾证',
    '你好 想给我奶奶申请特困供养 她八十八了 名字是周桂香 说错了 是周桂芳 她有个残疾证 一个人住',
  ])('「%s」 keeps the kind asked for', async (text) => {
    const h = await shippedReader();
    await h.say(text);
    expect(h.flow?.state.assistanceType).not.toBe('disability');
  });

  it('a kind named right after the slip is still the one meant', async () => {
    const h = await shippedReader();
    await h.say('想申请低保 哦不对 是临时救助 老公上个月出车祸走了');
    expect(h.flow?.state.assistanceType).toBe('temporary');
  });
});

describe('round 46: what one still manages said with 得动 / 得来, beside the help needed, is partly able', () => {
  it.each([
    '饭还烧得动 洗澡要隔壁阿姨帮忙',
    '路还走得动 洗澡得闺女回来帮着',
    '衣裳自己穿得来 做饭要邻居帮忙',
  ])('「%s」 → 部分自理', async (answer) => {
    expect(await readField('extreme_poverty', 'self_care', answer)).toEqual({ ok: true, value: '部分自理' });
  });

  it('nothing managed is still no partly', async () => {
    expect(await readField('extreme_poverty', 'self_care', '走也走不动 吃饭都得人喂')).not.toEqual({
      ok: true,
      value: '部分自理',
    });
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

describe('round 46: a helper who found a household and wants to 报一下 reports it', () => {
  it.each([
    '走访发现一户情况 想报一下 看看能不能帮老人申请点什么',
    '我们网格有个独居老人 我想报一下 他好几天没出门了',
    '入户的时候发现有一家挺困难的 要报下 能帮就帮帮他们',
  ])('「%s」 reports someone else', (text) => {
    expect(readMessageParts(text).reportsOther).toBe(true);
  });

  it.each(['我想报一下 我自己家的情况', '我想报一下名 当志愿者', '想给我妈报一下低保'])(
    '「%s」 reports nobody',
    (text) => {
      expect(readMessageParts(text).reportsOther).toBe(false);
    },
  );

  it("the report is taken, not an application in the helper's name", async () => {
    const h = await shippedReader();
    await h.say('走访发现一户情况 想报一下 看看能不能帮老人申请点什么');
    expect(h.flow?.name).toBe('report');
  });
});
