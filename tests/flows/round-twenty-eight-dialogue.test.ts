// Round 28 of the dialogue (development sets AE, AF and AG), every sentence written here, every person fictional.
// A sudden loss while applying is sudden hardship when the money is needed now (急用), when the earner was lost
// within the last week or two, or when the family sleeps in the village office; a loss of property with the home
// standing, or one only the net heard, is the reason to apply. A helper who calls it a report files one, unless
// they name the help they apply for; a report that names the person in danger is not asked who. 「了结果」 is no
// suicide, 「再没回来过」 no one missing, 「能吃低保吗」 after 「救命」 a question about a benefit.
import { describe, expect, it } from 'vitest';
import { fillFields } from '../../src/flows/application/fill.js';
import { countListedMembers } from '../../src/forms/household-members.js';
import { extractEntities } from '../../src/nlu/entities/index.js';
import { extractMonthlyIncome } from '../../src/nlu/entities/monthly-income.js';
import { extractPersonNames, leadingName } from '../../src/nlu/entities/person-name.js';
import { loadForms } from '../../src/forms/load-forms.js';
import { readAnswer } from '../../src/forms/read-answer.js';
import { shippedAssessor } from '../nlu/risk/fixture.js';
import { shippedReader } from './shipped-reader.js';

describe('round 28: a sudden loss told while applying', () => {
  it.each([
    '你好 我想申请临时救助 急用 俺老公出车祸住院了',
    '我爸上周突然心梗走了 他是家里唯一挣钱的 办丧事还借了两万多 想帮我妈申请临时救助',
    '老板跑路了 厂子关门两个礼拜了 身上就剩两百多块 房租下个礼拜到期 想申请临时救助',
    '前天夜里村里吴建国家着火了 三间房全烧了 一家四口暂住在村委会活动室 想替他家申请临时救助',
  ])('「%s」 is sudden hardship', async (text) => {
    const h = await shippedReader();
    await h.say(text);
    expect(h.state.urgency).toBe('high');
  });

  it.each([
    '我老公上个月突发心梗走了 他是家里唯一挣钱的 两个孩子还小 想申请临时救助',
    '前天晚上一场大雪把俺家三个大棚全压塌了 房子没事 人都好好的 想问问受灾了有没有补助',
  ])('「%s」 is the reason to apply', async (text) => {
    const h = await shippedReader();
    await h.say(text);
    expect(h.state.urgency).toBe('none');
  });
});

describe('round 28: asking after an application in Wu speech', () => {
  it('「阿爸个残疾人补贴上趟来申请过了 到底啥辰光好办好」 asks where it stands', async () => {
    const h = await shippedReader();
    await h.say('阿爸个残疾人补贴上趟来申请过了 到底啥辰光好办好');
    expect(h.flow?.name).not.toBe('application');
  });
});

describe('round 28: a helper’s report', () => {
  it('called a report, it is filed as one even when the helper hopes it leads to help', async () => {
    const h = await shippedReader();
    await h.say(
      '我是社区网格员 巡查时发现一位独居老人 屋顶漏 冰箱里也没菜 我想上报一下 看看能不能帮她申请点救助',
    );
    expect(h.flow?.name).toBe('report');
  });

  it('naming the help applied for, it is an application', async () => {
    const h = await shippedReader();
    await h.say('网格员上报一下：有位独居老太太 老平房后墙裂了 想帮她申请住房救助 危房改造那种');
    expect(h.flow?.name).toBe('application');
  });

  it('a report of danger that names the person asks where, not who', async () => {
    const h = await shippedReader();
    await h.say(
      '紧急！我是社区网格员，我们网格的老人吕长根（79岁，老年痴呆）下午自己出门到现在没回来，外面在下雪，零下好几度，他只穿了件薄棉袄',
    );
    expect(h.flow?.name).toBe('report');
    expect((h.flow?.state as { name?: string; stage?: string }).name).toBe('吕长根');
    expect(h.publicState.expecting).toEqual(['report_location']);
  });
});

describe('round 28: names', () => {
  it.each([
    ['我们网格的老人吕长根（79岁）走丢了', '吕长根'],
    ['我们网格一位独居老人，过秀英，87岁', '过秀英'],
    ['江阴市璜土镇小湖村六组吴德清家就是我爸家', '吴德清'],
  ])('「%s」 names %s', (text, name) => {
    expect(extractPersonNames(text).map((e) => e.value)).toContain(name);
  });

  it.each(['过两天 我再来问', '过年回来再说', '我们村有个老人 蓝妈 房子塌了', '一个老人全靠他开货车养家'])(
    '「%s」 names nobody',
    (text) => {
      expect(extractPersonNames(text)).toEqual([]);
      expect(leadingName(text)).toBeUndefined();
    },
  );
});

describe('round 28: whether one manages alone', () => {
  it.each([
    ['我自己都弄得走 洗衣裳煮饭都是我自己', '能自理'],
    ['饭自家烧得来 衣裳也自家汰', '能自理'],
    ['躺床上起不来 吃饭都得人喂', '完全不能自理'],
  ])('「%s」 is %s', async (text, choice) => {
    const forms = await loadForms('forms', { warn: () => undefined });
    const field = forms.forType('extreme_poverty').fields.find((f) => f.name === 'self_care');
    expect(field).toBeDefined();
    expect(readAnswer(field!, text, [])).toEqual({ ok: true, value: choice });
  });
});

describe('round 28: words that only look alarming', () => {
  it.each([
    '考上大学了家里凑不齐学费 我以为考上了就完事了结果钱才是大boss 能申请教育救助吗',
    '孩子她爸在外头又成了家 她妈走了再没回来过 我年纪大了干不了活',
    '救命😭 离婚了孩子跟我 一个月两千八 房租一千二 像我这种能吃低保吗',
    '都半个多月了 孩子的教育救助咋还没消息 是不是没人管了 你们到底办没办',
  ])('「%s」 is no emergency', async (text) => {
    const { assess } = await shippedAssessor();
    expect(['none', 'distress']).toContain(assess(text).level);
  });

  it('the same words of danger still are', async () => {
    const { assess } = await shippedAssessor();
    expect(assess('我想了结自己').level).toBe('critical');
    expect(assess('俺家老爷子昨个晚上就没回 他糊涂了').level).toBe('critical');
  });
});

describe('round 28: the household income', () => {
  it.each([
    ['我在厂里上班三千五 他爸打点零工一个月一千左右 加起四千五', 4500],
    ['俩人养老金四百来块再加上卖点花生 一个月算起来也就五百', 500],
    ['去年一共挣了三万', 2500],
    ['种点地一年卖个四千八 再就是养老金俩人一个月加起来三百', 700],
  ])('「%s」 is %i a month', (text, value) => {
    expect(extractMonthlyIncome(text).at(-1)?.value).toBe(value);
  });

  it('「户口去年迁走了 两千八」 is no year’s income', () => {
    expect(extractMonthlyIncome('孩子他爸户口去年迁走了 两千八').every((e) => e.value !== 233)).toBe(true);
  });
});

describe('round 28: the household listed', () => {
  it('「2（我爸我妈） 我爸妈没工资」 is two people, not three', async () => {
    const forms = await loadForms('forms', { warn: () => undefined });
    const definition = forms.forType('medical');
    const asked = definition.fields.filter((f) =>
      ['address', 'household_size', 'monthly_income'].includes(f.name),
    );
    const answer = '曲阜市尼山镇北颜村 2（我爸我妈） 我爸妈没工资，两个人养老金加起来四百';
    const read = fillFields({}, definition, answer, extractEntities(answer), asked);
    expect(read.fields.household_size).toBe(2);
    expect(read.fields.monthly_income).toBe(400);
    expect(countListedMembers('我 我爸妈 还有我儿子')).toBe(4);
  });
});
