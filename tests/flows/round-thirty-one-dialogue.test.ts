// Round 31 of the dialogue (development sets AL and AM), every sentence written here, every person fictional.
// Amounts with thousands separators; a figure denied after the one that stands; dialect words read as Mandarin
// (Cantonese 加埋, Hakka 𠊎 and 名喊, Wu 勿); 酒楼 is no address; which office of two is a question, not an
// application; the committee as where the help was heard of; 内人 is kin; what one pays oneself in northern words;
// the kind of help wanted after thinking again, and a 低保户 asking for something else; a shopkeeper who reports a
// stranded stranger; a question asked of no one in particular is answered, not passed to a person.
import { describe, expect, it } from 'vitest';
import { idCheckCharacter } from '../../src/identity/id-number.js';
import { addressSpan } from '../../src/forms/address-span.js';
import { withThousands } from '../../src/forms/read-answer.js';
import { inferApplicantRelation } from '../../src/forms/infer.js';
import { costAfterRefund } from '../../src/forms/net-cost.js';
import { extractMonthlyIncome } from '../../src/nlu/entities/monthly-income.js';
import { readMessageParts } from '../../src/nlu/message-parts.js';
import { alreadyHas } from '../../src/nlu/programme-held.js';
import { createTextReader } from '../../src/text/text-reader.js';
import { readField as read } from './read-field.js';
import { shippedReader } from './shipped-reader.js';

/** A fictional ID number with a valid check digit. */
function id(first17: string): string {
  return first17 + idCheckCharacter(first17);
}

const income = (text: string): number | undefined =>
  extractMonthlyIncome(withThousands(text))[0]?.value as number | undefined;

describe('round 31: amounts as receipts print them and as residents take them back', () => {
  it('a comma between thousands joins the figure', async () => {
    expect(withThousands('自付一共是12,480元')).toBe('自付一共是12480元');
    expect(await read('medical', 'medical_costs', '报完以后自己出了27,350元 发票都在')).toEqual({
      ok: true,
      value: 27350,
    });
  });

  it('a comma that cuts a clause is no separator', () => {
    expect(withThousands('两个人,300一个月')).toBe('两个人,300一个月');
    expect(withThousands('12,34')).toBe('12,34');
  });

  it('a figure denied right after the one that stands is no second income', () => {
    expect(income('哦说错了 到手就2300 没有2600')).toBe(2300);
  });

  it('a bound said alone stays', () => {
    expect(income('一个月没有一千')).toBe(1000);
  });
});

describe('round 31: dialect words in the answers', () => {
  const reader = createTextReader([]);

  it('reads Cantonese, Hakka and Wu words as Mandarin', () => {
    expect(reader('两公婆加埋一个月三千蚊')).toContain('加起来');
    expect(reader('𠊎名喊温秀梅')).toBe('我名叫温秀梅');
    expect(reader('儿子勿管我')).toBe('儿子不管我');
  });

  it('a total said in Cantonese is the household income', () => {
    expect(income(reader('老公喺工地三千五 我打散工 加埋一个月大概五千蚊'))).toBe(5000);
  });

  it('a restaurant is no address', () => {
    expect(addressSpan('东莞市长安镇沙头社区 老婆在酒楼洗碗两千八')).toBe('东莞市长安镇沙头社区');
  });
});

describe('round 31: who applies, and for what', () => {
  it('the committee named as where the help was heard of is no committee applying', () => {
    expect(inferApplicantRelation('听村里妇女主任说有个两癌救助 我今年刚做的手术 帮我报上去吧')).toBe(
      '本人申请',
    );
  });

  it('内人 is a relative: who applies is asked', () => {
    expect(inferApplicantRelation('内人上个月住院做了手术 想问问医疗救助怎么申请')).toBeUndefined();
  });

  it('what one pays oneself, in northern words', () => {
    expect(costAfterRefund('手术一共六万 合作医疗报一半多 俺们自个得掏两万五')).toBe(25000);
  });

  it('which of two offices is a question about the process', () => {
    const parts = readMessageParts('我婆婆是重度残疾 想办护理补贴 是去残联还是去民政办？');
    expect(parts.processQuestion).toBe(true);
    expect(parts.wantsToApply).toBe(false);
  });

  it('a household named by its programme is in it, after 还是 too', () => {
    expect(alreadyHas('家里还是低保户 听说有就业救助', '低保')).toBe(true);
  });

  it('the kind wanted after thinking again', async () => {
    const h = await shippedReader();
    await h.say('厂里裁员了 本来想申请低保的 后来想想我还年轻 还是想学门技术 听说有免费的技能培训');
    expect((h.flow?.state as { assistanceType?: string }).assistanceType).toBe('employment');
  });

  it('a cadre who asks to get 低保 done for a household applies for it', async () => {
    const h = await shippedReader();
    await h.say('俺是屯里的妇女主任 寻思帮俺们屯一户整个低保 老两口都八十多了');
    expect(h.flow?.name).toBe('application');
  });
});

describe('round 31: others, and questions', () => {
  it('a shopkeeper who tells of a stranded stranger reports him', async () => {
    const h = await shippedReader();
    await h.say('我在火车站门口开小卖部 有个外地大哥在候车室睡了三个晚上了 钱被偷了 回不去 你们能管吗');
    expect(h.flow?.name).toBe('report');
  });

  it('a question about free training with no word for a person is answered', async () => {
    const h = await shippedReader();
    await h.say('我十九岁 没读完初中 想学个电焊 听人说政府有免废培训 有没有这回事');
    expect(h.state.topic).not.toBe('request_human');
    expect(h.text).toContain('就业');
  });

  it('a report that asks for someone within days is urgent', async () => {
    const h = await shippedReader();
    await h.say('报告个情况 我们组有户人家男的前些天出车祸没了 剩下老的小的');
    await h.say('他家媳妇 姓韩');
    await h.say('石桥村三组');
    await h.say('挺急的 最好这几天就能来人');
    expect(h.flow?.name).toBe('report');
    expect((h.flow?.state as { urgency?: string }).urgency).toBe('high');
  });

  it('the application form reads a Hakka name', async () => {
    const h = await shippedReader();
    await h.say('𠊎想申请临时救助 上个月屋下着火 烧掉一半 现在住阿哥屋下');
    await h.say('同意 𠊎自己');
    await h.say(`𠊎名喊温秀梅 ${id('44148119850312246')} 13600004271`);
    expect(h.publicState.expecting).toContain('field:address');
  });
});
