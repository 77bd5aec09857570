// Round 45: misreadings of the dialogue found on set BL (development data since this round; in-sample), every sentence
// written here, every person fictional. A certificate applied for is no application waiting at the window; a member of
// the household next door named by kin, with a way out asked for them, is a report; the writer's own team is no
// complaint about the service; 申请 after whom it is for is never a name; a programme's money counted as income changes
// no kind of help; and four ways an income or a household answer was read short.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { withoutCertificateApplied } from '../../src/nlu/certificate-applied.js';
import { extractPersonNames } from '../../src/nlu/entities/person-name.js';
import { readMessageParts } from '../../src/nlu/message-parts.js';
import { alreadyHas } from '../../src/nlu/programme-held.js';
import { complainsAboutService } from '../../src/nlu/service-complaint.js';
import { withinBound, runs } from '../helpers/fuzz.js';
import { anyResidentText } from '../helpers/hostile-text.js';
import { readField } from './read-field.js';
import { shippedReader } from './shipped-reader.js';

const fieldsOf = (state: Record<string, unknown> | undefined): Record<string, unknown> =>
  (state as { fields: Record<string, unknown> }).fields;

describe('round 45: a certificate applied for is no application waiting at the window', () => {
  const OPENING =
    '你好 我去年在工地摔断了右腿 走路要拄拐 想问问残联那边有没有补助 残疾证我上礼拜才去申请的 还没下来';

  it('the opening starts the application for disability help, not a status check', async () => {
    const h = await shippedReader();
    await h.say(OPENING);
    expect(h.flow?.name).toBe('application');
    expect(h.publicState.expecting).not.toContain('status_receipt');
  });

  it('the clause of the certificate is set aside; help applied for stays', () => {
    expect(readMessageParts(OPENING).existingApplication).toBe(false);
    expect(withoutCertificateApplied('残疾证我上礼拜才去申请的').trim()).toBe('');
    expect(withoutCertificateApplied('上个月去办了残疾证').trim()).toBe('');
    expect(withoutCertificateApplied('残疾人补贴我上个月申请的')).toBe('残疾人补贴我上个月申请的');
    expect(readMessageParts('残疾人补贴我上个月申请的 到现在一点消息都没有').existingApplication).toBe(true);
  });

  it('the reader takes any text and returns a string of the same length in time', () => {
    fc.assert(
      fc.property(anyResidentText(), (text) => {
        const out = withinBound(100, () => withoutCertificateApplied(text), 'withoutCertificateApplied');
        expect(typeof out).toBe('string');
      }),
      runs(200),
    );
  });
});

describe("round 45: a member of the household next door, named by kin, is someone else's story", () => {
  it('「俺隔壁家男人…没了 … 能不能给他们想想办法」 starts a report', async () => {
    const h = await shippedReader();
    await h.say('俺隔壁家男人前些天在工地上摔下来没了 撇下媳妇和两个娃 家里就指着他 能不能给他们想想办法');
    expect(h.flow?.name).toBe('report');
  });

  it("the writer's own husband stays the writer's story", () => {
    expect(readMessageParts('俺家男人前些天在工地上摔下来没了 撇下俺和两个娃').aboutSomeoneElse).toBe(false);
  });
});

describe("round 45: the writer's own team is no complaint about the service", () => {
  it('「我们是社区志愿者队伍的 … 有没有这个政策」 is a question, answered', async () => {
    expect(complainsAboutService('我们是社区志愿者队伍的 帮着发现困难户 上报的人有没有奖励')).toBe(false);
    const h = await shippedReader();
    await h.say('我们是社区志愿者队伍的 平时帮着发现困难户 听说有的地方给信息员发补贴 咱们这有没有这个政策');
    expect(h.state.topic).not.toBe('complaint');
  });

  it('a grievance about who serves stays one', () => {
    expect(complainsAboutService('社区工作人员态度太差了 推来推去')).toBe(true);
    expect(complainsAboutService('我是村里的网格员 你们窗口的人态度太差了')).toBe(true);
  });
});

describe('round 45: 申请 after whom it is for is the verb, never a name', () => {
  it('「能给俺闺女申请不」 names nobody', () => {
    expect(extractPersonNames('听说有教育救助，能给俺闺女申请不')).toEqual([]);
    expect(extractPersonNames('我叫申小红').map((e) => e.value)).toEqual(['申小红']);
  });
});

describe("round 45: a programme's money counted as income changes no kind of help", () => {
  it('「低保金加上…一个月得有一千三」 is the household already drawing it', () => {
    expect(alreadyHas('不对 刚才说少了 低保金加上俺男人打零工 一个月得有一千三', '低保')).toBe(true);
    expect(alreadyHas('每月领低保金三百', '低保')).toBe(true);
    expect(alreadyHas('我想申请低保金', '低保')).toBe(false);
    expect(alreadyHas('低保金一个月多少', '低保')).toBe(false);
  });

  it('the correction of the income keeps the education application', async () => {
    const h = await shippedReader();
    await h.say('俺儿子考上镇里初中了 住校一学期得两千多 俺家是低保户 听说有教育救助 能给俺儿子申请不');
    await h.say('同意 儿子也知道 他也同意 孟小军 370831201309150211 18300001234');
    await h.say('泗水县圣水峪镇东仲都村 三口人 一个月一千左右');
    await h.say('不对不对 刚才说少了 低保金加上俺男人打零工 一个月得有一千三');
    expect((h.flow?.state as { assistanceType: string }).assistanceType).toBe('education');
    expect(fieldsOf(h.flow?.state).monthly_income).toBe(1300);
  });

  it('the reader takes any text and returns a boolean in time', () => {
    fc.assert(
      fc.property(anyResidentText(), (text) => {
        expect(typeof withinBound(100, () => alreadyHas(text, '低保'), 'alreadyHas')).toBe('boolean');
      }),
      runs(200),
    );
  });
});

describe('round 45: incomes and counts read short', () => {
  it('a source named like a kind of help (残疾补贴) counts in a grouped answer', async () => {
    const h = await shippedReader();
    await h.say('我想申请低保 老伴去年没了 闺女有智力残疾 一直在家');
    await h.say('同意 吕桂兰 320281196205051233 13500001111');
    await h.say('江阴市青阳镇里旺村 俺跟闺女两口人 俺养老金一百六 闺女残疾补贴八十 就这些');
    expect(fieldsOf(h.flow?.state).monthly_income).toBe(240);
  });

  it("the writer's own varying work, averaged, adds to another's pension", async () => {
    expect(
      await readField(
        'minimum_living',
        'monthly_income',
        '爷爷养老金一个月200 我打零工多的时候一千 少的时候没有 平均下来五百吧',
      ),
    ).toEqual({ ok: true, value: 700 });
  });

  it('the cash at hand now leaves the usual pay standing, and is asked no more', async () => {
    expect(
      await readField('minimum_living', 'monthly_income', '平时在厂里一个月三千多 工资还欠着 现在身上没钱'),
    ).toEqual({ ok: true, value: 3000 });
    expect(await readField('minimum_living', 'monthly_income', '现在没收入 平时一个月跑六七千')).toEqual({
      ok: true,
      value: 0,
    });
  });

  it('a count opening the list of members that starts with the writer is the count', async () => {
    expect(await readField('minimum_living', 'household_size', '四个我老婆两个孩子 现在没收入')).toEqual({
      ok: true,
      value: 4,
    });
    const h = await shippedReader();
    await h.say('你好 我想申请低保');
    await h.say('同意 周建华 320281197003120418 13900002222');
    await h.say('江阴市璜土镇 租的房子 四个我老婆两个孩子 我一个月三千');
    expect(fieldsOf(h.flow?.state).household_size).toBe(4);
  });
});
