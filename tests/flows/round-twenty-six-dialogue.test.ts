// Round 26 of the dialogue (development sets AA and AB), every sentence written here. Gig work without orders and a
// death told as 没抢救过来 are hardship; a writer who speaks of her own husband and home, or says she is the child's
// grandmother, tells of her own household; a cadre who advised the writer is no report, a shopkeeper who sees a
// customer in need reports him. A household that cannot hold on after last month's loss is sudden. A name
// corrected with 叫 after a mistake, members listed then counted, a pension said per head, full-width digits, a
// job after the address and 没啥大病 are read as meant; the help named after 申请 wins over an earlier mention.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadForms } from '../../src/forms/load-forms.js';
import type { FormRegistry } from '../../src/forms/form-registry.js';
import { readAnswer } from '../../src/forms/read-answer.js';
import { inferApplicantRelation } from '../../src/forms/infer.js';
import { likelyTypes } from '../../src/flows/application/likely-types.js';
import { extractHouseholdSize } from '../../src/nlu/entities/household-size.js';
import { extractEntities } from '../../src/nlu/entities/index.js';
import { extractPersonNames } from '../../src/nlu/entities/person-name.js';
import { readMessageParts } from '../../src/nlu/message-parts.js';
import { complainsAboutService } from '../../src/nlu/service-complaint.js';
import { fakeIdNumber } from '../helpers/id-numbers.js';
import { shippedReader } from './shipped-reader.js';

let forms: FormRegistry;

beforeAll(async () => {
  forms = await loadForms('forms', { warn: () => undefined });
});

const reading = (type: string, name: string, text: string): unknown => {
  const field = forms.forType(type).fields.find((f) => f.name === name)!;
  const read = readAnswer(field, text, extractEntities(text));
  return read.ok ? read.value : undefined;
};

describe('round 26: whose story a message tells', () => {
  it.each([
    '我接外卖单的 有单就跑没单就歇着 一个月挣不了几个钱 有没有啥帮扶',
    '我老公前几天在厂里出事了 没抢救过来 家里还有俩娃 以后咋办',
  ])('「%s」 tells a hardship', (text) => {
    expect(readMessageParts(text).hardship).toBe(true);
  });

  it.each([
    '我想问问临时救助咋申请 我老公上礼拜干活把手压断了 在县医院住着 家里俩孩子 我一个人在饭店打工',
    '我是孩子外婆 外孙在镇上念小学 他爸妈都不管 学费都是我出 有没有上学的补助',
    '前天家里灶房着火了 人都没事 先住在我姐家 俺村主任说可以先在网上登记一下',
  ])('「%s」 is the writer’s own household, not someone reported', (text) => {
    expect(readMessageParts(text).aboutSomeoneElse).toBe(false);
  });

  it('a shopkeeper who sees a customer in need reports him', () => {
    const parts = readMessageParts('我在路口开早餐店的 有个老太太天天来买一个馒头 儿女都不在身边 看着怪可怜');
    expect(parts.aboutSomeoneElse).toBe(true);
  });

  it('「上回帮…报的…想查一下到哪个部门了」 asks about an application made', () => {
    expect(
      readMessageParts('我是村里的文书 上回帮一个老人报的五保 想查一下到哪个部门了').existingApplication,
    ).toBe(true);
    expect(readMessageParts('钱被人骗了 已经报了警 现在吃饭都成问题').existingApplication).toBe(false);
  });

  it('asking the office whether it would help is no complaint about it', () => {
    expect(complainsAboutService('孩子他爸说让我去问问政府能不能帮一点')).toBe(false);
    expect(complainsAboutService('工伤老板不认 这事你们管不管')).toBe(false);
    expect(complainsAboutService('你们窗口的人态度太差了')).toBe(true);
  });

  it('a cadre who advised the writer leaves the writer applying for themself', () => {
    expect(inferApplicantRelation('房子漏雨了 村支书说可以先在网上登个记')).toBe('本人申请');
  });
});

describe('round 26: sudden hardship while applying', () => {
  it('a loss of last month with nothing left now is high', async () => {
    const h = await shippedReader();
    await h.say('上个月我从脚手架上掉下来 腿摔断了 家里就我挣钱 现在一分钱进项都没有 能不能帮帮我们');
    expect(h.state.urgency).toBe('high');
  });

  it('a loss of last month with the rent due next week is high', async () => {
    const h = await shippedReader();
    await h.say('饭馆上个月关门了 老板跑了 工钱没给 房租下周就到期 身上就剩两百块 能申请救助吗');
    expect(h.state.urgency).toBe('high');
  });
});

describe('round 26: answers read as meant', () => {
  it('members listed and then counted', () => {
    expect(extractHouseholdSize('爷爷奶奶我们两口子加闺女五个人')[0]?.value).toBe(5);
    expect(extractHouseholdSize('家里就我爸一个人')).toEqual([]);
    expect(extractHouseholdSize('老李两口子都同意了')).toEqual([]);
  });

  it('a pension said per head after the couple', () => {
    expect(reading('medical', 'monthly_income', '就我们老两口 我俩都是农村养老金 一人二百一')).toBe(420);
  });

  it('full-width digits', () => {
    expect(reading('minimum_living', 'monthly_income', '退休金２４００')).toBe(2400);
  });

  it('a job said after the address is not part of it', () => {
    expect(reading('minimum_living', 'address', '江阴市华士镇龙砂社区 三口 超市理货 一个月两千')).toBe(
      '江阴市华士镇龙砂社区',
    );
  });

  it('a stranded person gives the station they are at', () => {
    expect(reading('vagrant', 'address', '现在在江阴火车站附近 晚上睡候车室')).toBe('江阴火车站');
  });

  it('「没啥大病」 names no one seriously ill; 自己还能弄 is self-care; a son in prison cannot support', () => {
    expect(reading('minimum_living', 'special_members', '没残疾 也没啥大病 就是没钱')).toBe('都没有');
    expect(reading('extreme_poverty', 'self_care', '洗衣做饭自己还能弄 就是走不远')).toBe('能自理');
    expect(reading('extreme_poverty', 'supporters', '有个儿子 还在里头 要关好几年')).toBe('有但没有能力赡养');
  });

  it('falls point to temporary help, and a fare home to help for the stranded', () => {
    expect(likelyTypes('我男人干活从楼顶摔下来 骨折了')).toContain('temporary');
    expect(likelyTypes('手机钱包都丢了 想回老家 路费都没有')).toContain('vagrant');
  });

  it('the help named after 申请 wins over an earlier mention', async () => {
    const h = await shippedReader();
    await h.say('我是厂里的工会会员 老婆查出来肺癌 工会的人说可以申请困难职工救助');
    expect(h.text).toContain('困难职工');
  });

  it('a name corrected with 叫 after a mistake', async () => {
    const h = await shippedReader();
    await h.say('想给我爸申请低保');
    await h.say('同意 我爸也同意');
    await h.say(`王建国 ${fakeIdNumber('19510715', 23)} 13900001234`);
    await h.say('名字打错了 语音识别的 我爸叫王建华');
    expect((h.flow?.state as { fields?: Record<string, unknown> }).fields?.applicant_name).toBe('王建华');
  });
});

describe('round 26: names', () => {
  it('rarer surnames after a cue (杭, 禹, 屠)', () => {
    expect(extractPersonNames('那个学生叫杭晓月 读初一')[0]?.value).toBe('杭晓月');
    expect(extractPersonNames('我叫禹志刚')[0]?.value).toBe('禹志刚');
    expect(extractPersonNames('在杭州打工')).toEqual([]);
  });

  it('a name corrected with how it is written keeps only the name', async () => {
    const h = await shippedReader();
    await h.say('想给我妈申请低保');
    await h.say('同意 我妈也同意');
    await h.say(`我妈叫好秀英 ${fakeIdNumber('19520304', 62)} 13900004321`);
    await h.say('名字打错了是郝秀英耳朵旁那个郝');
    expect((h.flow?.state as { fields?: Record<string, unknown> }).fields?.applicant_name).toBe('郝秀英');
  });
});

describe('round 26: the figure just given, corrected at the next question', () => {
  it('「刚才说错了 是一万二 不是两万一」 at the review corrects the costs just given', async () => {
    const h = await shippedReader();
    await h.say('想申请医疗救助 我自己申请');
    await h.say('同意');
    if (h.publicState.expecting.includes('field:applicant_relation')) await h.say('我自己');
    await h.say(`钱国平 ${fakeIdNumber('19680312', 41)} 13900006789`);
    await h.say('江阴市周庄镇三房巷村 三口人 一个月三千');
    while (h.publicState.expecting.some((e) => e === 'field:hardship' || e === 'field:special_members'))
      await h.say(h.publicState.expecting.includes('field:hardship') ? '看病花了很多钱' : '都没有');
    expect(h.publicState.expecting).toContain('field:medical_costs');
    await h.say('糖尿病并发症 在县医院住院 报完自己付了两万一');
    const fields = (): Record<string, unknown> | undefined =>
      (h.flow?.state as { fields?: Record<string, unknown> }).fields;
    expect(fields()?.medical_costs).toBe(21000);
    await h.say('不好意思刚才说错了 是一万二 不是两万一');
    expect(fields()?.medical_costs).toBe(12000);
  });
});
