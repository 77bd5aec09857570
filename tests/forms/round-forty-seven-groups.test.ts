// Round 47 of the form answers (development set FD), the group questions: a name taken back in the same answer, a
// household count set right (现在, 算, 实际), the old ones counted alone and a pension said per person. Sentences written
// here (every person and number fictional).
import { beforeAll, describe, expect, it } from 'vitest';
import { fillFields } from '../../src/flows/application/fill.js';
import type { FormRegistry } from '../../src/forms/form-registry.js';
import { extractEntities } from '../../src/nlu/entities/index.js';
import { createTextReader } from '../../src/text/text-reader.js';
import { shippedForms } from '../helpers/form-answer-reader.js';

let forms: FormRegistry;
beforeAll(async () => {
  forms = await shippedForms();
});

const spell = createTextReader([]);

/** What the answer to one group question fills, as the bot reads it (spelling mended first). */
function fillGroup(group: string, answer: string): Record<string, unknown> {
  const definition = forms.forType('minimum_living');
  const asked = definition.fields.filter((f) => f.group === group);
  const text = spell(answer);
  return fillFields({}, definition, text, extractEntities(text), asked).fields;
}

describe('round 47: a name taken back in the same answer gives way to the one after', () => {
  it.each([
    ['王小梅 不对 是王晓梅 拂晓的晓 身份证320281198803150027 手机13800001234', '王晓梅'],
    ['我叫陈国兵 打错了 陈国斌 文武斌 320281197511230017 电话13900002222', '陈国斌'],
    ['赵金花 哦说错了 赵金华 中华的华 320281196502020049 15000003333', '赵金华'],
  ])('「%s」 names %s', (text, name) => {
    expect(fillGroup('identity', text).applicant_name).toBe(name);
  });

  it('a slip in the ID number leaves the name as it was', () => {
    expect(fillGroup('identity', '孙桂兰 320281195603120021 身份证打错了 13600004444').applicant_name).toBe(
      '孙桂兰',
    );
  });
});

describe('round 47: the household count set right in the same answer', () => {
  it.each([
    ['西街社区 户口上六个 不对 儿子当兵户口迁走了 现在五个 一个月三千', 5],
    ['城北村 四口人 说错了 我妈今年走了还没销户 算三口 收入两千', 3],
    ['东门村 户口本上五口 但是大女儿嫁出去了还没迁 实际是四个 收入两千五', 4],
    ['南湖村 家里其实就三个人 收入一千八', 3],
  ])('「%s」 counts %i', (text, count) => {
    expect(fillGroup('household', text).household_size).toBe(count);
  });
});

describe('round 47: the old ones counted alone, and a pension said per person', () => {
  it.each([
    ['桥头村 就两个老的 靠低保 一个人一个月三百一', 2, 620],
    ['城南 三口人 我爸我妈养老金一个人一百五 我打工两千', 3, 2300],
    ['河西村 五口人 我男人一个月四千 爷爷奶奶养老金一个人两百', 5, 4400],
  ])('「%s」 counts %i and earns %i', (text, count, income) => {
    const fields = fillGroup('household', text);
    expect(fields.household_size).toBe(count);
    expect(fields.monthly_income).toBe(income);
  });

  it.each([
    ['老公一个人三千 养活全家四口', 4, 3000],
    ['五口人 老公一个人挣 三千', 5, 3000],
  ])('「%s」: one earner alone is no share per person', (text, count, income) => {
    const fields = fillGroup('household', text);
    expect(fields.household_size).toBe(count);
    expect(fields.monthly_income).toBe(income);
  });
});

describe('round 47: the one source of income named, then said to have stopped now', () => {
  it.each([
    '城东 三口 我男人开车一个月四千 现在车卖了 也断了',
    '四口人 老婆超市一个月两千 现在超市关门了 没了',
    '三口 原来一个月三千 现在厂里停了',
  ])('「%s」 earns nothing now', (text) => {
    expect(fillGroup('household', text).monthly_income).toBe(0);
  });

  it.each([
    ['三口 我一个月两千 老公一个月三千 现在他也没了', 5000],
    ['两口 一个月一千五 现在也还行', 1500],
    ['三口 平时一个月一千二 现在房子都烧没了', 1200],
  ])(
    '「%s」 still earns %i: of two sources which stopped is not said, 还行 stops nothing, a thing gone is no income stopped',
    (text, income) => {
      expect(fillGroup('household', text).monthly_income).toBe(income);
    },
  );
});
