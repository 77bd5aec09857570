// Round 32 of the dialogue (development sets AN and AO), every sentence written here, every person fictional.
// Wu words for a month and the numeral 廿; pinyin slips in a request for work; a courtesy is no name; a cadre who
// sends an application up, and a landlord who says it is not his to make; a tenant and a village household named by
// its surname are someone else; money paid is no application made; waiting said the other way round; the only
// child's death outranks the child named; the earner who 走的; a student applying herself; a greeting to a teacher;
// a refusal of a phone call in danger; an application kept for after the safety questions.
import { describe, expect, it } from 'vitest';
import { idCheckCharacter } from '../../src/identity/id-number.js';
import { withThousands } from '../../src/forms/read-answer.js';
import { inferApplicantRelation } from '../../src/forms/infer.js';
import { extractMonthlyIncome } from '../../src/nlu/entities/monthly-income.js';
import { awaitsResult } from '../../src/nlu/awaits-result.js';
import { readMessageParts } from '../../src/nlu/message-parts.js';
import { complainsAboutService } from '../../src/nlu/service-complaint.js';
import { fixSlips } from '../../src/text/typing-slips.js';
import { createTextReader } from '../../src/text/text-reader.js';
import { riskHarness } from './form-answer-risk.js';
import { readField as read } from './read-field.js';
import { shippedNlu } from './shipped-nlu.js';
import { shippedReader } from './shipped-reader.js';

/** A fictional ID number with a valid check digit. */
function id(first17: string): string {
  return first17 + idCheckCharacter(first17);
}

describe('round 32: words read before the form reads them', () => {
  const reader = createTextReader([]);

  it('reads Wu 个号头 as a month and 廿 as twenty', () => {
    const text = reader('老两口养老金一个号头加起来三百廿块');
    expect(text).toContain('一个月');
    expect(extractMonthlyIncome(withThousands(text))[0]?.value).toBe(320);
  });

  it('mends the pinyin slips of a request for work', () => {
    expect(fixSlips('我在县城跑外麦 有没有就叶救助 能介招个工做吗')).toBe(
      '我在县城跑外卖 有没有就业救助 能介绍个工作吗',
    );
  });
});

describe('round 32: who applies, and whether anyone does', () => {
  it('a cadre who sends a named kind of help up applies; one who names none reports', () => {
    expect(
      readMessageParts('我是村里的会计 替村里一户问一下低保 两委研究过了 想帮他们报上去 网上怎么弄')
        .wantsToApply,
    ).toBe(true);
    expect(
      readMessageParts('我是屯里的信息员 有户老两口一直没申请过什么救助 日子很难 想帮他们报上去')
        .wantsToApply,
    ).toBe(false);
  });

  it('a grid worker who reports disaster aid for a household applies for it', () => {
    expect(readMessageParts('我是网格员 前天冰雹把老孙家房顶砸了 想给他家报受灾救助').wantsToApply).toBe(
      true,
    );
  });

  it('a landlord who says the application is not his to make reports his tenants', () => {
    const parts = readMessageParts('我是房东 不是我自己要申请 我楼下租户一家子看病欠了债 政府能不能帮帮他们');
    expect(parts.wantsToApply).toBe(false);
    expect(parts.aboutSomeoneElse).toBe(true);
  });

  it('a couple told of, then where they live, are someone else; asking the community to help them is no complaint', () => {
    const text = '我是送快递的 有对老夫妻我常去送件 都快九十了住在老小区五楼没电梯 下不来楼 这种能找社区管管吗';
    expect(readMessageParts(text).aboutSomeoneElse).toBe(true);
    expect(complainsAboutService(text)).toBe(false);
  });

  it('a village household named by its surname is someone else; the village at large is not', () => {
    expect(readMessageParts('报告个情况 昨晚俺村孙家房子着火了 一家人在村委会').aboutSomeoneElse).toBe(true);
    expect(readMessageParts('俺村里家家户户都种梨 我家的今年冻了').aboutSomeoneElse).toBe(false);
  });

  it('money paid is no application made', () => {
    expect(readMessageParts('我妈前天中风住院 已经交了三万多了 医疗救助怎么申请').existingApplication).toBe(
      false,
    );
    expect(readMessageParts('半个月前交了低保的材料 怎么还没消息').existingApplication).toBe(true);
  });

  it('waiting said the other way round is waiting for a result', () => {
    expect(awaitsResult('都二十多天了 医疗救助一点消息没有')).toBe(true);
  });

  it('a student who asks to apply herself applies herself; a grandma taken to the doctor is no applicant', () => {
    expect(inferApplicantRelation('家里还要给奶奶看病 学费交不起 听说有助学的 我可以自己申请吗')).toBe(
      '本人申请',
    );
    expect(inferApplicantRelation('帮我奶奶看看能不能申请低保')).toBe('亲属代为申请');
  });

  it('a greeting to a teacher is no teacher writing', () => {
    expect(
      readMessageParts('老师您好，我女儿考上大学了，学费借的，听说有助学救助，我们能申请吗').aboutSomeoneElse,
    ).toBe(false);
  });
});

describe('round 32: the form reads what happened', () => {
  it('the earner who 走的 of a heart attack died', async () => {
    expect(await read('temporary', 'hardship_cause', '俺家当家的脑溢血走的')).toEqual({
      ok: true,
      value: '家里主要劳力去世',
    });
  });

  it('the only child dead, told after the child, leaves no supporter', async () => {
    const h = await shippedReader();
    await h.say('特困供养怎么申请 我七十九了 老伴走得早 就一个闺女前些年得病也没了 一个人住');
    await h.say('好的 帮我申请');
    await h.say('同意');
    expect((h.flow?.state as { fields?: Record<string, unknown> }).fields?.supporters).toBe('没有赡养扶养人');
  });

  it('a courtesy is no name', async () => {
    const h = await shippedReader();
    await h.say('唔该 我阿爸七十八 眼睛睇唔清 医生讲要做手术 屋企冇钱 可唔可以申请慈善救助');
    await h.say('得 同意 帮我阿爸申请');
    await h.say(`${id('44078319480611031')} 13400005721`);
    expect((h.flow?.state as { fields?: Record<string, unknown> }).fields?.applicant_name).not.toBe('谢谢');
  });
});

describe('round 32: a report that can wait', () => {
  it('「不是十万火急」 to how urgent it is leaves the report unhurried', async () => {
    const h = await shippedReader();
    await h.say('你好 我是村小的老师 想反映一个学生家里的情况');
    await h.say('我们班的学生 小周 十一岁');
    await h.say('石桥村二组 跟奶奶住');
    await h.say('爸妈在外地 很少寄钱 奶奶身体不好 孩子冬天还穿单衣');
    await h.say('不是十万火急 就是希望月底前有人去家里看看');
    expect(h.flow?.name).toBe('report');
    expect((h.flow?.state as { urgency?: string }).urgency).toBe('normal');
  });
});

describe('round 32: looking after oneself', () => {
  it.each([
    ['做饭洗衣服都自己来 就是地里的活干不动了', '能自理'],
    ['生活能自理 就是不能干重活了', '能自理'],
    ['能自己煮点面条 走路得拄拐', '部分自理'],
    ['吃饭还行 上厕所得有人扶着', '部分自理'],
  ])('「%s」 is %s', async (answer, choice) => {
    expect(await read('extreme_poverty', 'self_care', answer)).toEqual({ ok: true, value: choice });
  });
});

describe('round 32: danger and the application', () => {
  it('a phone call refused because it would be overheard ends the safety questions', async () => {
    const h = await riskHarness(await shippedNlu());
    await h.say('他喝多了在踹门 我躲在卫生间 刚才掐我脖子');
    await h.say('城东街道幸福小区3号楼201');
    expect(h.publicState.expecting).toEqual(['safety_phone']);
    const replies = await h.say('别打电话 他会听见');
    expect(replies.map((r) => r.text).join('\n')).toContain('不会再问');
    expect(h.publicState.expecting).not.toContain('safety_phone');
  });

  it('robbed and stranded at a station with no fare home is urgent, however it is told', async () => {
    const h = await riskHarness(await shippedNlu());
    await h.say('我在县火车站 钱包被人偷了 证件都在里面 没钱买票回家 我是外地的 怎么办啊');
    expect(h.publicState.urgency).toBe('high');
  });

  it('an application asked for beside a danger is taken up after the safety questions', async () => {
    const h = await riskHarness(await shippedNlu());
    await h.say('我爸刚才在院子里摔倒了 起不来 头上一直流血 我在外地 医疗救助怎么申请 能不能快点来人');
    expect(h.publicState.expecting).toEqual(['safety_location']);
    await h.say('不清楚');
    expect(h.publicState.expecting).toContain('consent');
  });
});
