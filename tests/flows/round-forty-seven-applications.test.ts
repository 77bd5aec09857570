// Round 47: the kinds of misreading in applications that set BO's misses showed (development data now, in-sample),
// one describe for each kind; every sentence is written here, every person fictional.
import { describe, expect, it } from 'vitest';
import { extractMonthlyIncome } from '../../src/nlu/entities/monthly-income.js';
import { readMessageParts } from '../../src/nlu/message-parts.js';
import { fakeIdNumber } from '../helpers/id-numbers.js';
import { readField } from './read-field.js';
import { shippedReader } from './shipped-reader.js';

describe('round 47: a character told by its radical is spelt, not part of the name', () => {
  it.each([
    ['我叫许鑫言午许金字旁的鑫', '许鑫'],
    ['戴娟娟 女字旁的娟', '戴娟娟'],
    ['申请人何林 人可何 木字旁的林', '何林'],
    ['黄海涛草头黄 三点水的海 三点水的涛', '黄海涛'],
    ['叫蓝芳草字头的蓝 草字头的芳', '蓝芳'],
  ])('「%s」 names %s', async (answer, name) => {
    expect(await readField('minimum_living', 'applicant_name', answer)).toEqual({ ok: true, value: name });
  });

  it('spelt with the ID number and the phone after it, the name is read alone', async () => {
    const h = await shippedReader();
    await h.say('我想申请低保');
    await h.say('同意 本人申请');
    const id = fakeIdNumber('19790415', 12);
    await h.say(`我叫范涛草头范三点水的涛 ${id} 13900005533`);
    expect(h.flow?.state.fields).toMatchObject({ applicant_name: '范涛', id_number: id });
  });
});

describe('round 47: applying for someone described at length is applying', () => {
  it.each([
    '我是村里的文书 想替我们组一位九十二岁的五保老人申请特困供养',
    '我是社区主任 帮我们小区一户两个老人都有病的家庭申请低保',
    '想代我们村东头一个八十多岁的孤老头申请五保',
  ])('「%s」 wants to apply', (text) => {
    expect(readMessageParts(text).wantsToApply).toBe(true);
  });

  it('the application starts, not a report', async () => {
    const h = await shippedReader();
    await h.say('您好，我是新桥镇的村会计，想替我们村一位88岁的孤寡老人申请特困供养，老人一辈子没结婚');
    expect(h.flow?.name).toBe('application');
  });
});

describe('round 47: the average a resident closes the income answer on is the income', () => {
  it.each([
    ['开网约车 旺季六千多 淡季两千出头 平均下来一个月四千', 4000],
    ['俺两口子打零工 有时一千有时三千 平均算两千吧', 2000],
    ['厂里计件的 多的时候四千五 少的时候两千八 平均每个月三千五', 3500],
    ['低保金六百 闺女偶尔给个三五百 平均一千吧', 1000],
  ])('「%s」 is %i a month', (text, amount) => {
    expect(extractMonthlyIncome(text).map((e) => e.value)).toEqual([amount]);
  });

  it.each([
    ['我一个月两千 老伴养老金八百', 2800],
    ['我在食堂一个月两千一 他爸偶尔打点零工 也就几百 算三百吧', 2400],
    ['工资三千 算上补贴', 3000],
    ['老伴退休金一个月900 我摆摊好的时候两千 差的时候几百 平均一千吧', 1900],
  ])('with no average said, 「%s」 is still %i', (text, amount) => {
    expect(extractMonthlyIncome(text).map((e) => e.value)).toEqual([amount]);
  });
});
