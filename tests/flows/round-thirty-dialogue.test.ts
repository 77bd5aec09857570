// Round 30 of the dialogue (development sets AJ and AK), every sentence written here, every person fictional.
// Amounts in w; a decimal point is no end of a clause; the income of before set apart from the income of now;
// a question about wages owed is declined, not taken for an address; the applicant says they stop; a certificate
// being assessed; names that are kin words; a correction of the costs at the review; the help wanted and the help
// asked about besides; a sudden hardship that asks to apply starts the form; a phone one cannot use is no call for
// a person; a report names the living.
import { describe, expect, it } from 'vitest';
import { idCheckCharacter } from '../../src/identity/id-number.js';
import { addressSpan } from '../../src/forms/address-span.js';
import { hardshipFromMessage } from '../../src/forms/infer.js';
import { awaitsResult } from '../../src/nlu/awaits-result.js';
import { extractPersonNames } from '../../src/nlu/entities/person-name.js';
import { likelyTypes } from '../../src/flows/application/likely-types.js';
import { withPinyinUnits } from '../../src/text/text-reader.js';
import { readField as read } from './read-field.js';
import { shippedReader } from './shipped-reader.js';

/** A fictional ID number with a valid check digit. */
function id(first17: string): string {
  return first17 + idCheckCharacter(first17);
}

describe('round 30: amounts as residents type them', () => {
  it.each([
    ['今年自付大概2.3w', 23000],
    ['自付5.6W', 56000],
    ['baoxiao wan zifu 2.5 wan', 25000],
  ])('「%s」 is %i yuan', async (answer, value) => {
    expect(await read('medical', 'medical_costs', answer)).toEqual({ ok: true, value });
  });

  it('a decimal point does not cut the hardship told', () => {
    const told = hardshipFromMessage('女儿白血病住院三个月 医保报完自己还要出6.5w 想申请医疗救助', []);
    expect(told).toContain('6.5w');
  });

  it('the income of before is set apart from the income of now, without a space between', async () => {
    expect(await read('temporary', 'monthly_income', '现在没有收入了以前一个月四千多现在一分没有')).toEqual({
      ok: true,
      value: 0,
    });
  });
});

describe('round 30: a question asked in the middle of the form', () => {
  it('「几十号人」 is no address', () => {
    expect(addressSpan('我们一个工地几十号人都没拿到钱')).toBeUndefined();
  });

  it('a question about wages owed is declined as asked and the same fields are asked again', async () => {
    const h = await shippedReader();
    await h.say('我在这边鞋厂干了三年 上个月老板跑了 工资没发 能申请临时救助吗');
    await h.say(`同意 我叫欧阳志明 ${id('32028119920715441')} 13800007421`);
    await h.say('顺便问一句 拖欠的工资能找谁要啊 我们厂几十号人都没拿到');
    expect(h.text).toContain('12333');
    expect(h.publicState.expecting).toContain('field:address');
  });
});

describe('round 30: stopping, in so many words', () => {
  it('「算了 我先不申请了」 with reasons after it cancels the application', async () => {
    const h = await shippedReader();
    await h.say('我是开网约车的 最近单子很少 想申请就业救助');
    await h.say(`同意 我叫邵文斌 ${id('32028119950108331')} 13900004418`);
    await h.say('嗯 算了 我先不申请了 听说公司下个月有补贴 到时候再说吧');
    expect(h.flow).toBeNull();
    expect(h.text).toContain('取消');
  });
});

describe('round 30: a disability certificate being assessed', () => {
  it.each(['上周刚做了评定 还在等结果', '残联评过了说是肢体三级 证还要过段时间才能拿'])(
    '「%s」 is being issued',
    async (answer) => {
      expect(await read('disability', 'disability_certificate', answer)).toEqual({
        ok: true,
        value: '正在办理',
      });
    },
  );
});

describe('round 30: kin words that look like names', () => {
  it.each(['我们社区有位独居的吴阿婆 想帮她申请', '帮孙囡申请 伊爷娘在外头打工'])(
    '「%s」 names nobody',
    (text) => {
      expect(extractPersonNames(text)).toEqual([]);
    },
  );
});

describe('round 30: the costs corrected at the review', () => {
  it('「所以自己实际出的是…」 replaces the costs', async () => {
    const h = await shippedReader();
    await h.say('想给我妈申请医疗救助');
    await h.say('同意 给我妈申请');
    await h.say(`我妈同意 卞秀琴 ${id('32028119590218442')} 13700008815`);
    await h.say('江阴市云亭街道花山村 两口 我爸养老金一千八');
    await h.say('乳腺癌 在江阴市人民医院化疗 医保报完自己付了五万');
    await h.say('等下 大病保险又返了八千 所以自己实际出的是四万二');
    expect(h.text).toContain('42000');
  });
});

describe('round 30: the help wanted and the help asked about besides', () => {
  it('the kind to apply for is the one wanted, not the one asked about with 另外', async () => {
    const h = await shippedReader();
    await h.say(
      '我妈去年查出尿毒症 每周透析三次 医保报完还要自己掏不少 我想帮她申请医疗救助 另外她能不能同时办低保啊',
    );
    expect((h.flow?.state as { assistanceType?: string }).assistanceType).toBe('medical');
  });

  it('what help there is, asked after a story of a fire, is answered about temporary help', async () => {
    const h = await shippedReader();
    await h.say('帮我爸问一下 上个月他家灶屋着火 烧了两间房 现在我爸妈住在我这 这种能申请什么补助吗');
    expect(h.text).toContain('临时救助');
  });
});

describe('round 30: a sudden hardship that asks to apply', () => {
  it('starts the form for it in the same turn', async () => {
    const h = await shippedReader();
    await h.say(
      '前天夜里下大雪把我家偏房压塌了 我爸腿砸伤了在卫生院 一家人挤在村部 被子粮食都埋了 这个能申请救助不',
    );
    expect(h.state.urgency).toBe('high');
    expect(h.flow?.name).toBe('application');
    expect((h.flow?.state as { assistanceType?: string }).assistanceType).toBe('disaster');
  });
});

describe('round 30: words about the phone and the wait', () => {
  it('「不能 打电话」 says why they type, it asks for no person', async () => {
    const h = await shippedReader();
    await h.say('我 聋人 不能 打电话。助听器 坏了 想 申请 残联 帮助。行吗');
    expect(h.state.topic).not.toBe('request_human');
  });

  it('nobody having called since the application is a wait for an answer', () => {
    expect(awaitsResult('我上个月申请了医疗救助 到现在没人给我打过电话')).toBe(true);
  });

  it('a complaint filed with it is said to be noted', async () => {
    const h = await shippedReader();
    await h.say('我二十天前申请了低保 到现在没人给我打过一个电话 你们这办事效率也太差了 我要投诉');
    expect(h.flow?.name).toBe('status_check');
    expect(h.text).toContain('记下来了');
  });
});

describe('round 30: a report names the living', () => {
  it('the one who died is not the person the report is about', async () => {
    const h = await shippedReader();
    await h.say('我要反映个情况 我们村老焦上礼拜出车祸没了 他老婆身体不好 两个孩子还在上学 家里快揭不开锅了');
    await h.say('焦家 男的叫焦德顺已经走了 他老婆叫韦春梅');
    expect((h.flow?.state as { name?: string }).name).toBe('韦春梅');
  });
});

describe('round 30: late in the round (AJ, AK)', () => {
  it('a figure then wan in pinyin is ten thousand', () => {
    expect(withPinyinUnits('zifu 3.5 wan')).toBe('zifu 3.5万');
    expect(withPinyinUnits('wan shang hao')).toBe('wan shang hao');
  });

  it('a kitchen that caught fire points to temporary help', () => {
    expect(likelyTypes('他家灶屋起火 烧掉了半间房')).toEqual(['temporary']);
  });

  it('幺嬢 is a relative: who applies is asked', async () => {
    const h = await shippedReader();
    await h.say('想问下五保咋个申请 我幺嬢一个人在老家 没人照看');
    await h.say('好的 帮我申请');
    expect(h.publicState.expecting).toContain('field:applicant_relation');
  });
});

describe('round 30: 反映个事 about the neighbours', () => {
  it("opens a report about the household next door, not an application of one's own", async () => {
    const h = await shippedReader();
    await h.say(
      '我想反映个事 我们隔壁老柏上周在厂里出事走了 他媳妇没工作 孩子还小 家里这几天连买米的钱都没有了',
    );
    expect(h.flow?.name).toBe('report');
  });
});

describe('round 30: whether a committee may apply for others', () => {
  it('is answered, not taken for an application or a report', async () => {
    const h = await shippedReader();
    await h.say('问一下 组里好几个老人腿脚不方便 村委会能不能代他们申请救助？要他们本人签字吗');
    expect(h.flow).toBeNull();
    expect(h.state.topic).toBe('ask_policy');
  });
});
