// Round 16 of the dialogue (development set R): a figure taken back and corrected in the same answer (3口 哦不对
// 是4口); a kin word and a verb that are whom the help is for, not a name (给孙子弄); a name introduced by the verb
// that writes it (申请人写…); daily chores done oneself as self-care, and a chore that cannot be done as its
// opposite; dialect yes words to the consent question. Played with the shipped classifier and crisis reader; every
// sentence is written here.
import { describe, expect, it } from 'vitest';
import { loadForms } from '../../src/forms/load-forms.js';
import { readAnswer } from '../../src/forms/read-answer.js';
import { appliedBefore } from '../../src/nlu/applied-before.js';
import { extractEntities } from '../../src/nlu/entities/index.js';
import { extractMonthlyIncome } from '../../src/nlu/entities/monthly-income.js';
import { readMessageParts } from '../../src/nlu/message-parts.js';
import { fakeIdNumber } from '../helpers/id-numbers.js';
import { played } from './form-answer-risk.js';
import { applicationOf as application } from './shipped-harness.js';

/** A 低保 application for oneself, its identity question answered with `identity`. */
function identified(identity: string) {
  return played('我想申请低保', '同意', '本人申请', identity);
}

describe('round 16: answers that correct or introduce themselves', () => {
  it('a household count taken back in the same answer is the one meant', async () => {
    const h = await identified(`柴文平 ${fakeIdNumber('19790304', 12)} 13700002580`);
    await h.say('东坡镇桃园村 2口 哦不对 是3口 我妈的户口也在我这 我一个月挣1900');
    expect(application(h)?.fields.household_size).toBe(3);
    expect(application(h)?.fields.monthly_income).toBe(1900);
  });

  it('「给孙子弄」 is whom the help is for, and names nobody', () => {
    expect(extractEntities('给孙子弄').some((e) => e.type === 'person_name')).toBe(false);
    expect(extractEntities('帮外孙女办一下').some((e) => e.type === 'person_name')).toBe(false);
    expect(extractEntities('给孙小明申请').find((e) => e.type === 'person_name')?.value).toBe('孙小明');
  });

  it('a name written after 申请人写 is the name alone', async () => {
    const h = await played('我是社区的 帮辖区一位老人申请临时救助', '同意 老人也同意');
    if (h.publicState.expecting.includes('field:applicant_relation')) await h.say('村委会帮他申请');
    await h.say(`申请人写冶福禄，是老爷子 ${fakeIdNumber('19490712', 33)} 我的电话15800003366`);
    expect(application(h)?.fields.applicant_name).toBe('冶福禄');
  });

  it('「能成」 answers the consent question', async () => {
    const h = await played('我想申请低保', '能成');
    expect(h.publicState.expecting).not.toContain('consent');
  });

  it('chores done oneself are self-care, and a chore that cannot be done is not', async () => {
    const forms = await loadForms('forms', { warn: () => undefined });
    const field = forms.forType('extreme_poverty')?.fields.find((f) => f.name === 'self_care');
    if (!field) throw new Error('extreme_poverty has no self_care field');
    const read = (text: string) => {
      const reading = readAnswer(field, text, extractEntities(text));
      return reading.ok ? reading.value : undefined;
    };
    expect(read('饭自己煮 衣服自己洗 就是膝盖疼')).toBe('能自理');
    expect(read('自己做不了饭')).not.toBe('能自理');
    expect(read('自己来不了')).not.toBe('能自理');
  });
});

describe('round 16: an application already made, told as the time since or a question whether it went up', () => {
  it.each([
    '申请临时救助快两个礼拜了 打了几次电话都说在审 到底谁在管',
    '我家那个低保的材料报上去没有 怎么一直没有人来入户',
  ])('「%s」 is an application to look up', (text) => {
    expect(appliedBefore(text)).toBe(true);
  });

  it('in dialect too (没得 for 没有)', () => {
    expect(readMessageParts('俺家那个危房改造报上去没得 咋一直没得人来看').existingApplication).toBe(true);
  });

  it.each(['想申请低保 都两个月了 一直没弄明白要啥材料', '交了房租 手里没钱了 三天了没吃肉'])(
    '「%s」 is no application made',
    (text) => {
      expect(appliedBefore(text)).toBe(false);
    },
  );
});

describe('round 16: a neighbour named by the family name and kinship (李家爷)', () => {
  it('「隔壁的张家奶…」 is about someone else; 「我家爷爷」 is not', () => {
    expect(readMessageParts('我们隔壁的张家奶三天没出门了 喊她也不应 她一个人住').aboutSomeoneElse).toBe(
      true,
    );
    expect(readMessageParts('我家爷爷病了 想申请医疗救助').aboutSomeoneElse).toBe(false);
  });
});

describe('round 16: a form answer the classifier takes for a complaint', () => {
  it('a wait told in answer to the certificate question fills it, and files no complaint', async () => {
    const h = await played(
      '我闺女从小腿脚有残疾 想申请残疾人补贴',
      '同意',
      '给我闺女 我是她爸',
      '她也同意',
      `宋晓燕 ${fakeIdNumber('19990421', 8)} 15100002468`,
      '临江镇柳树村 三口人 我打零工 一个月两千',
    );
    expect(h.publicState.expecting).toContain('field:disability_certificate');
    await h.say('上礼拜去市里做了鉴定 说证要等一个月才能拿到');
    expect(h.text).not.toContain('抱歉给您添了麻烦');
    expect(application(h)?.fields.disability_certificate).toBe('正在办理');
  });
});

describe('round 16: which help there is, asked with a story', () => {
  it('「跑摩的的能申请啥」 starts an application that asks which kind, rather than abstaining', async () => {
    const h = await played('跑摩的的能申请啥不 生意一天比一天差 一天挣个几十块 我妈还常年吃药');
    expect(h.text).not.toContain('没有讲到');
    expect(h.flow?.name).toBe('application');
  });

  it('「听村里人说…」 is hearsay, not a complaint about the village', async () => {
    const h = await played('想学个开叉车的手艺 听村里人说人社局有免费培训 是真的不 家里条件不太好');
    expect(h.text).not.toContain('添了麻烦');
  });
});

describe('round 16: short answers to a group question', () => {
  it('a bare 没 closing the answer is no income, after the count', async () => {
    const h = await identified(`郎秀珍 ${fakeIdNumber('19610815', 20)} 13900003579`);
    await h.say('青石镇 下坝村 2 没');
    expect(application(h)?.fields.household_size).toBe(2);
    expect(application(h)?.fields.monthly_income).toBe(0);
  });
});

describe('round 16: the household counted', () => {
  const household = (text: string) => extractEntities(text).find((e) => e.type === 'household_size')?.value;

  it('a count standing alone after the address is the household, whatever bond is named after it', () => {
    expect(household('青石镇下坝村 4个 婆婆 我们两口子 一个娃')).toBe(4);
  });

  it('a mother and child named by their bond, with the father away, are not all of the household', () => {
    expect(household('她男人在外地跑货车 这几天娘俩住我这')).toBeUndefined();
    expect(household('男人走了好几年了 就我们娘俩')).toBe(2);
  });
});

describe('round 16: pay at a job of the past', () => {
  it('the pay told after the place one used to work is of the past, and what comes in now is the income', () => {
    const income = extractMonthlyIncome('以前我俩在东莞鞋厂 一个月加起来六千 现在她在家带娃 就我一个人四千');
    expect(income.at(-1)?.value).toBe(4000);
  });
});
