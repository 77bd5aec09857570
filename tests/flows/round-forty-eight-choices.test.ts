// Round 48 (form-answer set FE and conversation set BP, in-sample): choice answers in words the forms did not list.
// Every sentence is written here.
import { describe, expect, it } from 'vitest';
import { readField } from './read-field.js';

const reads = async (type: string, field: string, answer: string) =>
  ((await readField(type, field, answer)) as { value?: unknown }).value;

describe('round 48: what caused the sudden hardship', () => {
  it.each([
    ['他在砖厂让倒下来的墙砸死了', '家里主要劳力去世'],
    ['孩子爸开三轮从坡上翻下来没了', '家里主要劳力去世'],
    ['搬货把腰闪了 在床上躺了一个月', '生病或受伤'],
    ['腰间盘突出犯了 下不了地', '生病或受伤'],
    ['厂里说不要人了 把我们都辞了', '失业断了收入'],
    ['老板上个月把他辞了 一分钱没补', '失业断了收入'],
  ])('「%s」 is %s', async (answer, choice) => {
    expect(await reads('temporary', 'hardship_cause', answer)).toBe(choice);
  });

  it('a fall that put him in hospital is still the accident', async () => {
    expect(await reads('temporary', 'hardship_cause', '从架子上摔下来住院了')).toBe('意外事故');
  });
});

describe('round 48: a disability card being renewed', () => {
  it.each(['证到期了 现在在换证', '残疾证过期了 正在换新的'])('「%s」 is being issued', async (answer) => {
    expect(await reads('disability', 'disability_certificate', answer)).toBe('正在办理');
  });

  it('a card held is held', async () => {
    expect(await reads('disability', 'disability_certificate', '有残疾证 二级的')).toBe('有残疾证');
  });
});

describe('round 48: a supporter without the means, said with a filler', () => {
  it.each(['有个闺女 可她没那个能力管我', '儿子是有 没啥能力'])('「%s」 cannot support', async (answer) => {
    expect(await reads('extreme_poverty', 'supporters', answer)).toBe('有但没有能力赡养');
  });

  it('a child named with nothing more can', async () => {
    expect(await reads('extreme_poverty', 'supporters', '有个儿子 在县城上班')).toBe('有');
  });
});

describe('round 48: able and only slow', () => {
  it.each(['能 就是慢点', '自己能弄 就是慢一点'])('「%s」 is able', async (answer) => {
    expect(await reads('extreme_poverty', 'self_care', answer)).toBe('能自理');
  });
});

describe('round 48: a limb told as 残了', () => {
  it('is a disabled member', async () => {
    expect(await reads('minimum_living', 'special_members', '我男人手残了 闺女上初中')).toBe(
      '有残疾人、有在读学生',
    );
  });
});

describe('round 48: whom it is for, dictated without a pause', () => {
  it.each([
    ['我给我自己申请我今年八十了老伴也病着', '本人申请'],
    ['俺自己俺男人前年就走了', '本人申请'],
  ])('「%s」 is %s', async (answer, choice) => {
    expect(await reads('temporary', 'applicant_relation', answer)).toBe(choice);
  });

  it('a relative named first, then the writer’s own reason, is still for the relative', async () => {
    expect(await reads('temporary', 'applicant_relation', '帮我爸申请我自己上班走不开')).toBe('亲属代为申请');
  });
});

describe('round 48: a child who sends money every month supports', () => {
  it.each(['儿子在外地打工 每月给俺打点钱', '闺女远嫁了 每个月给我寄点钱回来'])(
    '「%s」 is 有',
    async (answer) => {
      expect(await reads('extreme_poverty', 'supporters', answer)).toBe('有');
    },
  );

  it('one who sent money before and is in prison now cannot', async () => {
    expect(await reads('extreme_poverty', 'supporters', '儿子以前每月给我寄点钱 现在判了刑')).toBe(
      '有但没有能力赡养',
    );
  });

  it('nephews said to be no supporters are none', async () => {
    expect(await reads('extreme_poverty', 'supporters', '他没成家 就俩侄子 侄子不算赡养人吧')).toBe(
      '没有赡养扶养人',
    );
  });
});

describe('round 48: a rough count of ten-thousands in what the patient still pays', () => {
  it.each([
    ['做了两次手术 一共花了三十多万 医保报了一半', 150000],
    ['前后花了十来万 报销了四万', 60000],
    ['总共花了二十几万 报了一半 还差十万自己掏', 100000],
  ])('「%s」 is %i', async (answer, amount) => {
    expect(await reads('medical', 'medical_costs', answer)).toBe(amount);
  });

  it('a count of treatments after the figure stays a count', async () => {
    expect(await reads('medical', 'medical_costs', '自己掏了八万了 后面还要化疗三次')).toBe(80000);
  });
});
