// Round 41 of the dialogue (development sets BF and BG), every sentence written here, every person fictional.
// A wish to apply beside the materials or a rule asked is answered first; 「不是要申请什么」 wants no form; a clause
// closed by 呢 that asks nothing is an answer; 申 alone applies for the programme it names, and a programme named
// beats who it is for; Min 阮阿母 / 阮翁 / 这马 / 按怎 / 咧, Cantonese 我伯爷 and Hakka 几久 read as Mandarin; 有申请 after
// a time is an application made; 对象 is the spouse; 我自己和娃娃 applies for oneself; a death at the hospital is the
// earner's death; someone in the writer's yard or a neighbour's husband is someone else; 后生 before a name in a
// report; 不算特急 and Min 毋是真急 can wait; 「听说政府有免费培训」 complains of no one.
import { describe, expect, it } from 'vitest';
import { readMessageParts } from '../../src/nlu/message-parts.js';
import { complainsAboutService } from '../../src/nlu/service-complaint.js';
import { normalizeDialect } from '../../src/text/dialect.js';
import { createTextReader } from '../../src/text/text-reader.js';
import { fakeIdNumber } from '../helpers/id-numbers.js';
import { riskHarness } from './form-answer-risk.js';
import { readField } from './read-field.js';
import { reportPlan } from './report-plan.js';
import { applicationOf, shippedHarness } from './shipped-harness.js';
import { shippedNlu } from './shipped-nlu.js';

const read = createTextReader([]);
const field = (type: string, name: string, text: string): Promise<unknown> =>
  readField(type, name, read(text));

describe('round 41: a question asked beside the wish to apply is answered first', () => {
  it.each([
    '我想帮我爸办个低保 要准备哪些材料 别让我白跑',
    '五保跟低保能不能一起领 我两个都想申请',
    '我想问我跟老伴能不能办低保 还是说闺女在城里上班就不行了',
  ])('「%s」 is answered, and the answer offers to apply', async (text) => {
    const h = await shippedHarness();
    await h.say(text);
    expect(h.flow).toBeNull();
    expect(h.publicState.expecting).toEqual(['offer_apply']);
  });

  it('the wish alone still starts the form', async () => {
    const h = await shippedHarness();
    await h.say('我想帮我爸办个低保');
    expect(applicationOf(h)?.assistanceType).toBe('minimum_living');
  });
});

describe('round 41: what the message parts read', () => {
  it('「不是要申请什么」 is no wish to apply', () => {
    const parts = readMessageParts('老伴瘫了八年 都是我一个人弄 不是要申请什么 就是想找个人说说');
    expect(parts.wantsToApply).toBe(false);
    expect(readMessageParts('老伴瘫了八年 都是我一个人弄 想申请点补助').wantsToApply).toBe(true);
  });

  it('有申请 after a time is an application made (Min)', () => {
    expect(readMessageParts('阮上个礼拜有申请低保 这马是按怎').existingApplication).toBe(true);
  });

  it('对象 is the writer’s own spouse; a neighbour’s husband and someone in the yard are someone else', () => {
    expect(readMessageParts('俺对象前几天在工地摔下来了 家里没钱了 想申请救助').aboutSomeoneElse).toBe(false);
    expect(
      readMessageParts('俺邻居家男人前些天出车祸没了 家里就剩娘俩 能不能有人去看看').aboutSomeoneElse,
    ).toBe(true);
    expect(readMessageParts('我们院子有个老爷子 八十多了 儿女都不在身边 饭也做不动了').aboutSomeoneElse).toBe(
      true,
    );
  });

  it('「听说政府有免费培训」 tells what is offered, no complaint about the service', () => {
    expect(complainsAboutService('失业大半年了 想学个手艺 听说政府有免费培训？')).toBe(false);
    expect(complainsAboutService('你们窗口的人态度太差了')).toBe(true);
  });
});

describe('round 41: dialect', () => {
  it.each([
    ['阮阿母一个人住', '我妈一个人住'],
    ['阮翁擱咧拍人', '我老公又在打人'],
    ['这马按怎', '现在怎么样'],
    ['我伯爷七十几岁', '我伯父七十几岁'],
    ['要几久正批得落来', '要多久才批下来'],
  ])('「%s」 reads 「%s」', (text, mandarin) => {
    expect(normalizeDialect(text)).toBe(mandarin);
  });
});

describe('round 41: answers to the form', () => {
  it.each([
    ['minimum_living', 'applicant_relation', '我自己和娃娃', '本人申请'],
    ['temporary', 'hardship_cause', '他骑摩托让车撞了 到医院就不行了', '家里主要劳力去世'],
  ])('%s %s: 「%s」 is %s', async (type, name, text, choice) => {
    expect(await field(type, name, text)).toEqual({ ok: true, value: choice });
  });

  it('a grade closed by 呢 answers the special members', async () => {
    const h = await riskHarness(await shippedNlu());
    await h.say('我要申请低保');
    await h.say('同意 我自己');
    await h.say(`我叫柯玉芬 ${fakeIdNumber('19640312', 242)} 13500001234`);
    await h.say('江阴市璜土镇石庄村 我和外孙两个人 一个月四百');
    await h.say('女儿女婿都不在了 我带着外孙');
    await h.say('外孙念五年级呢');
    expect(applicationOf(h)?.fields.special_members).toBe('有在读学生');
  });
});

describe('round 41: the kind of help', () => {
  it('申 alone applies for the programme named, not for who the writer is', async () => {
    const h = await shippedHarness();
    await h.say('想问下单亲妈妈能不能申低保 一个人带俩孩子');
    await h.say('好的 帮我申请');
    expect(applicationOf(h)?.assistanceType).toBe('minimum_living');
  });
});

describe('round 41: a report about someone else', () => {
  it('后生 before the name: the name is read', async () => {
    const plan = await reportPlan([
      '村里的后生葛小军 二十来岁',
      '江阴市祝塘镇文林村',
      '他爸妈前年都走了 一个人在家 有点智力残疾',
      '不算特急 就是没人管',
      '匿名',
    ]);
    expect(plan?.fields.applicant_name).toBe('葛小军');
    expect(plan?.urgency).toBe('none');
  });

  it('毋是真急 (Min: not really urgent) can wait', async () => {
    const plan = await reportPlan([
      '一个阿婆 八十外岁',
      '江阴市澄江街道菜市场',
      '逐工捡纸皮 一个人住',
      '毋是真急 只是看着可怜',
      '匿名',
    ]);
    expect(plan?.urgency).toBe('none');
  });
});

describe('round 41: how urgent an application is', () => {
  it.each([
    '前几天下大雨后山塌了 房子埋了一半 屋里东西都没得了 一家人挤在村小学的教室里 想申请救助',
    '上个星期我男人从脚手架上掉下来 腰摔坏了 住院押金交了八千 我一个人照顾不过来 临时救助能申请不',
  ])(
    'a loss of the last weeks that leaves the household unable to manage is pressing: 「%s」',
    async (text) => {
      const h = await riskHarness(await shippedNlu());
      await h.say(text);
      expect(h.publicState.urgency).toBe('high');
    },
  );

  it('「有时候还没得活路」 (no work some days, south-western) is no despair', async () => {
    const h = await riskHarness(await shippedNlu());
    await h.say('我要申请低保');
    await h.say('同意 我自己');
    await h.say(`我叫龙正林 ${fakeIdNumber('19910215', 313)} 18700004321`);
    await h.say('黔西县城关镇 三个人 我在砖厂做 一个月两千 有时候还莫得活路');
    expect(h.publicState.urgency).toBe('none');
  });
});
