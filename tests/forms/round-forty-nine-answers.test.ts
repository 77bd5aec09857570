// Round 49 of the form answers (development sets FF and BQ): the kinds of misreading their answers showed, each
// with sentences written here (every person fictional).
import { beforeAll, describe, expect, it } from 'vitest';
import type { FormRegistry } from '../../src/forms/form-registry.js';
import { readFormAnswer, shippedForms } from '../helpers/form-answer-reader.js';

let forms: FormRegistry;
beforeAll(async () => {
  forms = await shippedForms();
});

function read(type: string, name: string, answer: string): unknown {
  return readFormAnswer(forms, type, name, answer);
}

describe('round 49: a character of the name spelt with 那个 between the word and the character', () => {
  it.each([
    ['潘玉兰三点水那个潘', '潘玉兰'],
    ['孟子轩轩昂那个轩', '孟子轩'],
    ['他叫汪海涛三点水那个涛', '汪海涛'],
    ['邱志远志向远大那个志远', '邱志远'],
    ['申请人是谭秋菊 秋天的那个秋', '谭秋菊'],
  ])('「%s」 is %s', (text, name) => {
    expect(read('minimum_living', 'applicant_name', text)).toBe(name);
  });
});

describe('round 49: a word acknowledging the bot before the name is no name', () => {
  it.each([
    ['同意 明白了 邵建军 320281198512036615 13900004412', '邵建军'],
    ['收到 韦丽娟', '韦丽娟'],
    ['晓得了 祁国庆', '祁国庆'],
    ['好的 没问题 柏文静', '柏文静'],
  ])('「%s」 is %s', (text, name) => {
    expect(read('minimum_living', 'applicant_name', text)).toBe(name);
  });
});

describe('round 49: the 一 of 一共 is no amount of medical costs', () => {
  it.each([
    ['胃癌 县医院每周一化疗 报完自己出的一共31500元', 31_500],
    ['医保报销以后个人负担部分一共九千二', 9200],
    ['一共自费两万四 单子都在', 24_000],
  ])('「%s」 is %d', (text, value) => {
    expect(read('medical', 'medical_costs', text)).toBe(value);
  });
});

describe('round 49: a total said after the sources it adds up', () => {
  it.each([
    // A source added in a clause of its own, with no amount, then the total of all.
    ['她爸低保金900，加上她奶奶的高龄补贴，一共1100左右', 1100],
    // A figure about the sum of those before it, after a word of reckoning.
    ['老公跑货车平均四千 加我做钟点工两千 差不多六千', 6000],
    ['儿子寄一千五 闺女寄一千 大概两千五', 2500],
    // A source's own total in its clause stays that source's, beside the others.
    ['我工资两千 再就是爷爷奶奶的养老金俩人加起来四百', 2400],
  ])('「%s」 is %d', (text, value) => {
    expect(read('minimum_living', 'monthly_income', text)).toBe(value);
  });
});

describe('round 49: a question of A-not-A names the choice it asks about', () => {
  it.each([
    ['我公公脑出血躺床上了 这样算不算重病 另外我儿子是聋哑', '有残疾人、有重病病人'],
    ['她耳朵听不见 是不是残疾我也不懂', '有残疾人'],
    ['老伴做过两次化疗 这种属不属于重病', '有重病病人'],
  ])('「%s」 is %s', (text, choices) => {
    expect(read('minimum_living', 'special_members', text)).toBe(choices);
  });

  it('a plain 不算 still denies', () => {
    expect(read('minimum_living', 'special_members', '家里不算重病 都没有')).toBe('都没有');
  });
});

describe('round 49: an old one with no child to keep them, said in more ways', () => {
  it.each([
    ['村里五保户老汪 无子女 七十九了', '有老人无人赡养'],
    ['隔壁婶子八十五 三个儿子都不在了', '有老人无人赡养'],
    ['屋里有个老太太 俩闺女都不管她', '有老人无人赡养'],
    ['我老头子心脏搭了个桥 常年要吃药 其他没有', '有重病病人'],
  ])('「%s」 is %s', (text, choices) => {
    expect(read('minimum_living', 'special_members', text)).toBe(choices);
  });
});

describe('round 49: self-care helped by the wall, a hand or a neighbour; Wu 不来事', () => {
  it.each([
    ['能自理…其实也不太行了 走路要扶墙 菜是邻居帮着买', '部分自理'],
    ['阿爹屋里向走走还可以 出了门就不来事了', '部分自理'],
    ['现在早上起来都得人搀一把', '部分自理'],
    ['自己能做饭 能洗衣服', '能自理'],
  ])('「%s」 is %s', (text, choice) => {
    expect(read('extreme_poverty', 'self_care', text)).toBe(choice);
  });
});

describe('round 49: a child able and unwilling is still a supporter', () => {
  it.each([
    ['闺女在无锡开出租 一个月挣一万多 就是不管我', '有'],
    ['三个儿子 都成家了 过得都不错 就是不来往', '有'],
    ['有个儿子一万多的工资 但是他自己也有病', '有但没有能力赡养'],
  ])('「%s」 is %s', (text, choice) => {
    expect(read('extreme_poverty', 'supporters', text)).toBe(choice);
  });
});

describe('round 49: the assessment booked is a certificate being applied for', () => {
  it.each([
    ['还没 街道说要先到医院评残 已经预约了下周五', '正在办理'],
    ['残联让先做鉴定 约好了月底去', '正在办理'],
    ['还没有 约了下个月二号去三院做评定', '正在办理'],
    // Only planned, with nothing booked, is none yet.
    ['要先去评残 我们还没去', '没有'],
  ])('「%s」 is %s', (text, choice) => {
    expect(read('disability', 'disability_certificate', text)).toBe(choice);
  });
});

describe('round 49: rides that the rain stops are gig work; a job waited for is work sought', () => {
  it.each([
    ['我男人开三轮拉客 下雨就没生意', '零工收入不稳定'],
    ['老公跑摩的 一天几十块钱', '零工收入不稳定'],
    ['刚从厂里下来 正等街道推荐岗位', '失业在找工作'],
    ['退休了 在家带孙子', '其他'],
  ])('「%s」 is %s', (text, choice) => {
    expect(read('employment', 'employment_status', text)).toBe(choice);
  });
});
