// Round 13 of the dialogue (development set O): volunteers who tell of someone they met are reporting them, and
// are not asked again what they already told; a correction of the phone's last digits at a later question; 「不清楚」
// to who the applicant is; a kind of help taken back (「低保 哦不对 临时救助」); a grade after the school named
// with a space between. Played with the shipped classifier and knowledge base; every sentence is written here.
import { describe, expect, it } from 'vitest';
import { phoneTailCorrected } from '../../src/flows/application/fill.js';
import { likelyTypes } from '../../src/flows/application/likely-types.js';
import { inferApplicantRelation } from '../../src/forms/infer.js';
import { readMessageParts } from '../../src/nlu/message-parts.js';
import { extractEntities } from '../../src/nlu/entities/index.js';
import { fixSlips } from '../../src/text/typing-slips.js';
import { fakeIdNumber } from '../helpers/id-numbers.js';
import { riskHarness } from './form-answer-risk.js';
import { shippedNlu } from './shipped-nlu.js';
import { applicationOf as application, shippedHarness as harness } from './shipped-harness.js';

describe('volunteers telling of someone they met', () => {
  it('「我是…志愿者」 is who the writer is, not an offer to volunteer', () => {
    const parts = readMessageParts('我是街道的志愿者 上门的时候看到一个老太太 一个人住 屋里冷得很');
    expect(parts.offersHelp).toBe(false);
    expect(parts.aboutSomeoneElse).toBe(true);
    expect(readMessageParts('我想当志愿者 周末陪陪敬老院的老人').offersHelp).toBe(true);
  });

  it('what the person said about applying is theirs, and the writer is reporting them', async () => {
    const h = await harness();
    await h.say('我是镇上的志愿者 走访时碰到一个瞎眼的老汉 一个人住 灶台都塌了 问他有没有低保 他说不晓得咋申请');
    expect(h.flow?.name).toBe('report');
  });

  it('a volunteer asking to report a pupil’s family is reporting them', async () => {
    const h = await harness();
    await h.say('我是社区志愿者 我们托管班有个五年级的男娃 他爸坐牢了 他妈走了 跟着奶奶过 冬天还穿单鞋 想问问能不能帮他家报一下');
    expect(h.flow?.name).toBe('report');
  });

  it('the situation told in the opening is not asked again', async () => {
    const h = await harness();
    await h.say('我是村里的信息员 我们村有个老光棍 腿断了半个月没人管 屋里就剩一袋面了 想给上面反映一下');
    expect(h.flow?.name).toBe('report');
    await h.say('叫邸长顺 六十多岁');
    await h.say('东岭村三组');
    expect(h.publicState.expecting).toEqual(['report_urgency']);
  });

  it('a rare surname is a name too', () => {
    expect(extractEntities('邸长顺 六十多岁').find((e) => e.type === 'person_name')?.value).toBe('邸长顺');
  });
});

describe('corrections and 「不清楚」 in the form', () => {
  it('「电话号码错了 最后是…不是…」 replaces the phone’s last digits', () => {
    expect(phoneTailCorrected('13900004521', '电话号码错了 最后是4512 不是4521')).toBe('13900004512');
    expect(phoneTailCorrected('13900004521', '手机后面两位是12')).toBe('13900004512');
    expect(phoneTailCorrected('13900004521', '电话后来换了')).toBeUndefined();
  });

  it('the correction at the address question changes the phone and fills no address', async () => {
    const h = await harness();
    await h.say('我要申请低保');
    await h.say('同意');
    if (h.publicState.expecting.includes('field:applicant_relation')) await h.say('本人申请');
    await h.say(`庹金花 ${fakeIdNumber('19700312', 42)} 13900004521`);
    expect(h.publicState.expecting).toContain('field:address');
    await h.say('电话号码错了 最后是4512 不是4521');
    expect(application(h)?.fields.phone).toBe('13900004512');
    expect(application(h)?.fields.address).toBeUndefined();
  });

  it('「不清楚」 to the name is told why it is needed and offered the skip, not 「没看清姓名」', async () => {
    const h = await harness();
    await h.say('我要申请低保');
    await h.say('同意');
    if (h.publicState.expecting.includes('field:applicant_relation')) await h.say('本人申请');
    const replies = await h.say('不清楚');
    const said = replies.map((r) => r.text).join('');
    expect(said).not.toContain('没看清');
    expect(said).toContain('转人工');
  });

  it('a kind of help taken back gives way to the one named after', async () => {
    const h = await harness();
    await h.say('我想申请低保 哦不对 村干部说让我申请临时就助 男人上个月出车祸走了');
    expect(application(h)?.assistanceType).toBe('temporary');
  });

  it('typing slips in a row: 申情一个地保', () => {
    expect(fixSlips('想给我爸妈申情一个地保')).toBe('想给我爸妈申请一个低保');
  });

  it('帮我阿公问一下 is asking for a grandfather', () => {
    expect(inferApplicantRelation('我帮我阿公问一下 他中风住院了 有没有医疗救助')).toBe('亲属代为申请');
  });
});

describe('choices read in residents’ words', () => {
  it('a grade after the school, with a space between, belongs to that school', async () => {
    const h = await harness();
    await h.say('我要申请教育救助');
    await h.say('同意');
    if (h.publicState.expecting.includes('field:applicant_relation')) await h.say('本人申请');
    await h.say(`庹小军 ${fakeIdNumber('20080715', 13)} 13900007788`);
    await h.say('江阴市青阳镇 四口人 每月两千');
    for (let i = 0; i < 3 && !h.publicState.expecting.includes('field:student_stage'); i++) await h.say('不清楚');
    expect(h.publicState.expecting).toContain('field:student_stage');
    await h.say('在县里读技校 二年级了');
    expect(application(h)?.fields.student_stage).toBe('高中或中职');
  });

  it('an answer that asks nothing is not answered as a policy question', async () => {
    const h = await harness();
    await h.say('我想申请五保');
    await h.say('同意');
    if (h.publicState.expecting.includes('field:applicant_relation')) await h.say('本人申请');
    await h.say(`逯满仓 ${fakeIdNumber('19480203', 17)} 13900001357`);
    for (let i = 0; i < 4 && !h.publicState.expecting.includes('field:self_care'); i++) {
      const asked = h.publicState.expecting;
      if (asked.includes('field:address')) await h.say('江阴市璜土镇石庄村 一个人 每月一百五');
      else if (asked.includes('field:monthly_income')) await h.say('一百五');
      else await h.say('不清楚');
    }
    expect(h.publicState.expecting).toContain('field:self_care');
    await h.say('饭自个儿做 水自个儿挑 还能行');
    expect(application(h)?.fields.self_care).toBe('能自理');
  });
});

describe('more of round 13', () => {
  it('「名字写错了 X是我 申请人写我爸 Y」 names the father, and fills nothing else', async () => {
    const h = await harness();
    await h.say('我想帮我爸申请临时救助 他家房子烧了');
    await h.say('同意 我爸也同意');
    if (h.publicState.expecting.includes('field:applicant_relation')) await h.say('帮我爸申请');
    await h.say(`逯小兵 ${fakeIdNumber('19560304', 27)} 13900002468`);
    expect(h.publicState.expecting).toContain('field:monthly_income');
    await h.say('等下 名字写错了 逯小兵是我 申请人写我爸 逯长贵 身份证是我爸的没错');
    expect(application(h)?.fields.applicant_name).toBe('逯长贵');
    expect(application(h)?.fields.address).toBeUndefined();
  });

  it('a clause ending in 县 is no address', () => {
    expect(extractEntities('我一个人在家带孩子种两亩田听说县里有免费培训').some((e) => e.type === 'address')).toBe(false);
    expect(extractEntities('住在围场满族蒙古族自治县').find((e) => e.type === 'address')?.value).toBe('围场满族蒙古族自治县');
  });

  it('「我一个人在家带孩子」 counts no household of one', () => {
    expect(extractEntities('我一个人在家带孩子').some((e) => e.type === 'household_size')).toBe(false);
    expect(extractEntities('我一个人在家').find((e) => e.type === 'household_size')?.value).toBe(1);
  });

  it('「屋头没有什么收入」 asks nothing, so the ask to apply is all that is asked', () => {
    const parts = readMessageParts('孙女在读职高 住宿费要好几千 屋头没有什么收入 有没有啥子补助可以申请的');
    expect(parts.asksBesidesApplying).toBe(false);
    expect(parts.wantsToApply).toBe(true);
  });

  it('a volunteer asking for someone what to bring is answered, not taken for a report', async () => {
    const h = await harness();
    await h.say('我是志愿者 帮隔壁一个老大爷问问 他要申请五保的话要准备哪些材料');
    expect(h.flow?.name).not.toBe('report');
  });
});

describe('a count that opens the household answer', () => {
  it('beats the bonds listed after it', () => {
    const size = (text: string) => extractEntities(text).find((e) => e.type === 'household_size')?.value;
    expect(size('6个 我爸我妈 我们两口子 两个娃')).toBe(6);
    expect(size('四个人，我两口子、我娘、一个娃')).toBe(4);
    expect(size('三个月没发工资')).toBeUndefined();
  });
});

describe('the writer, two children and one more', () => {
  it('「俺和俩孩子 还有个老婆婆」 is four', () => {
    expect(extractEntities('撇下俺和俩娃 还有个老婆婆').find((e) => e.type === 'household_size')?.value).toBe(4);
    expect(extractEntities('俺和俩娃').find((e) => e.type === 'household_size')?.value).toBe(3);
  });
});

describe('round 13 on earlier sets too', () => {
  it('a hardship of one’s own told in two words is answered, not met with the emergency numbers', async () => {
    const h = await riskHarness(await shippedNlu());
    await h.say('屋顶漏雨');
    expect(h.text).not.toContain('110');
    expect(h.actions.some((a) => a.type === 'handoff')).toBe(false);
  });

  it('a child next door (尕娃娃) and a man under a bridge, told a clause after the place, are someone else', () => {
    expect(readMessageParts('隔壁家的尕娃娃才九岁 爹妈在外头 天天自己做饭').aboutSomeoneElse).toBe(true);
    expect(readMessageParts('县医院门口的桥底下 有个老汉睡了好几天了').aboutSomeoneElse).toBe(true);
    expect(readMessageParts('我带着孩子在汽车站 没地方去').aboutSomeoneElse).toBe(false);
  });

  it('a husband dismissed who cannot find work is the writer’s own hardship', () => {
    expect(readMessageParts('我男人厂里把他辞了 找不下工作 有没有啥帮扶').ownHardship).toBe(true);
  });

  it('the lawyer and the foreman of a wage claim typed by sound', () => {
    expect(fixSlips('包工投跑了 想起速他 请不起律是')).toBe('包工头跑了 想起诉他 请不起律师');
  });
});

describe('parents who lost their only child', () => {
  it('point to the help for such families, not a one-off grant for the accident', () => {
    expect(likelyTypes('我们老两口就一个儿子 大前年工地出事走了 现在剩我们俩')).toEqual(['family_planning']);
    expect(likelyTypes('老公上个月出车祸走了')).toEqual(['temporary']);
  });
});
