// Form answers, round eight: a question asked back that names family members fills no count; an amount given
// as a range with 到 is its middle; a change of mind at the review names its choice after 还是; choices told
// in the resident's own words (a grade, a medicine taken for years, children never born). Own sentences.
import { beforeAll, describe, expect, it } from 'vitest';
import { changeOfMind } from '../../src/flows/application/change-of-mind.js';
import { fillFields } from '../../src/flows/application/fill.js';
import type { FormRegistry } from '../../src/forms/form-registry.js';
import { loadForms } from '../../src/forms/load-forms.js';
import { extractEntities } from '../../src/nlu/entities/index.js';
import { rangeMiddle } from '../../src/text/amount-range.js';
import { fakeIdNumber } from '../helpers/id-numbers.js';
import { FlowHarness } from './harness.js';

let forms: FormRegistry;
beforeAll(async () => {
  forms = await loadForms('forms', { warn: () => undefined });
});

function answer(type: string, names: string[], text: string) {
  const definition = forms.forType(type);
  const asked = definition.fields.filter((f) => names.includes(f.name));
  return fillFields({}, definition, text, extractEntities(text), asked).fields;
}

describe('a question asked back mid-form', () => {
  it('fills no count from the family it names, and the same fields are asked again', async () => {
    const h = await FlowHarness.create();
    await h.say('我想申请低保');
    await h.say({ buttonId: 'consent_yes', text: '同意' });
    await h.say(`刘桂兰 ${fakeIdNumber('19620817', 233)}`);
    await h.say('13912340000 江阴市周庄镇华宏村');
    expect(h.publicState.expecting).toEqual(['field:household_size', 'field:monthly_income']);
    await h.say('等等 这个要我儿子儿媳也来签字吗');
    expect((h.flow?.state.fields as Record<string, unknown>).household_size).toBeUndefined();
    expect(h.publicState.expecting).toContain('field:household_size');
  });
});

describe('an amount given as a range', () => {
  it.each([
    [1000, '到一千四', 1200],
    [2500, '-3000', 2750],
    [800, ' 至 1000块', 900],
    [300, '到1500', 300],
    [2000, '，老伴一千', 2000],
  ])('%i then 「%s」 → %i', (low, after, expected) => {
    expect(rangeMiddle(low, after)).toBe(expected);
  });

  it('is read as its middle in an income answer', () => {
    expect(
      answer('minimum_living', ['household_size', 'monthly_income'], '两口人 摆摊一个月八百到一千')
        .monthly_income,
    ).toBe(900);
  });
});

describe('a change of mind at the review', () => {
  it('names the choice after 还是', () => {
    expect(changeOfMind('刚才说错了 想来想去还是学门手艺吧 找工作以后再说')).toBe('学门手艺吧');
    expect(changeOfMind('算了还是找个工作')).toBe('找个工作');
  });

  it('is not a question between two', () => {
    expect(changeOfMind('低保还是五保？')).toBeUndefined();
    expect(changeOfMind('是先培训好还是先找工作好呢')).toBeUndefined();
  });
});

describe('choices in the resident’s own words', () => {
  it.each([
    ['外孙女上三年级 她爸妈都不管我们', ['有在读学生', '有老人无人赡养']],
    ['老伴精神病好多年了 一直服药', ['有重病病人']],
  ])('「%s」 → %j', (text, expected) => {
    expect(String(answer('minimum_living', ['special_members'], text).special_members).split('、')).toEqual(
      expected,
    );
  });

  it('children never born: no one to support', () => {
    expect(answer('extreme_poverty', ['supporters'], '他一辈子没生过孩子 老伴也早没了').supporters).toBe(
      '没有赡养扶养人',
    );
  });
});

describe('what the person can do and what they need help with, in separate clauses', () => {
  it.each(['穿衣吃饭还能自己来 上厕所要人扶', '能拄着拐走几步 买菜烧饭靠女儿帮忙'])(
    '「%s」 is partly able',
    (text) => {
      expect(answer('extreme_poverty', ['self_care'], text).self_care).toBe('部分自理');
    },
  );

  it.each([
    ['自己能烧饭能下地 就是年纪大了', '能自理'],
    ['下不了床 吃喝都要人伺候', '完全不能自理'],
  ])('「%s」 stays %s', (text, expected) => {
    expect(answer('extreme_poverty', ['self_care'], text).self_care).toBe(expected);
  });

  it('nobody married is no one to support', () => {
    expect(answer('extreme_poverty', ['supporters'], '一直没成家 就一个人过').supporters).toBe(
      '没有赡养扶养人',
    );
  });
});

describe('a take-home figure told as a correction', () => {
  it('replaces the income given before while another field is asked', () => {
    const definition = forms.forType('minimum_living');
    const asked = definition.fields.filter((f) => f.name === 'special_members');
    const text = '哎呀刚才说多了 那是税前 实发两千三';
    const { fields } = fillFields({ monthly_income: 2600 }, definition, text, extractEntities(text), asked);
    expect(fields.monthly_income).toBe(2300);
  });
});

describe('a question asked as a verb and its negation', () => {
  it('is a clause asked back', async () => {
    const { readMessageParts } = await import('../../src/nlu/message-parts.js');
    expect(readMessageParts('对了 用不用把孩子的户口本也带上').askedBack).toHaveLength(1);
    expect(readMessageParts('三口人 一个月两千').askedBack).toHaveLength(0);
  });
});

describe('who applies, when a community worker writes', () => {
  it.each([
    '我是城东社区的社工 社区这边想替辖区一个独居老人申请临时救助',
    '您好 我们居委会这里想帮一位瘫痪的阿姨申请低保',
  ])('「%s」 is the committee applying', async (text) => {
    const { inferApplicantRelation } = await import('../../src/forms/infer.js');
    expect(inferApplicantRelation(text)).toBe('村（居）委会代为申请');
  });

  it('a social worker who only advised the writer is not', async () => {
    const { inferApplicantRelation } = await import('../../src/forms/infer.js');
    expect(inferApplicantRelation('社区的社工叫我自己上网申请低保')).not.toBe('村（居）委会代为申请');
  });
});
