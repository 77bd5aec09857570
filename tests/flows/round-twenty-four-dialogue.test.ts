// Round 24 of the dialogue (development sets W and X), every sentence written here. Urgency follows the domain's
// rule the writers now label by: an accident or illness of last week that leaves the household with nothing is
// sudden hardship (high) while it applies, one the household copes with is not; a long story of one's own is not
// made someone else's by 「一个月两千多」; a cadre asking how a kind of help is applied for (「五保咋个办」) is asked
// how to apply for that person, not filed as a report; a complaint needs someone who serves (「我在镇上上班」 names
// no one); the time waited on a named kind of help is a status check; whether another may apply is answered before
// the form; 「搞得定」 and 「得有人跟着」 answer the self-care question; cold in the body keeps a report critical.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadForms } from '../../src/forms/load-forms.js';
import type { FormRegistry } from '../../src/forms/form-registry.js';
import { readAnswer } from '../../src/forms/read-answer.js';
import { extractEntities } from '../../src/nlu/entities/index.js';
import { readMessageParts } from '../../src/nlu/message-parts.js';
import { complainsAboutService } from '../../src/nlu/service-complaint.js';
import { asReported } from '../../src/engine/reported-neglect.js';
import type { TurnRisk } from '../../src/engine/risk.js';
import { shippedReader } from './shipped-reader.js';

describe('round 24: sudden hardship of the last weeks while applying', () => {
  it('is high when the household has nothing left', async () => {
    const h = await shippedReader();
    await h.say('我男人上礼拜在工地摔断了腿 现在县医院住着 老板跑了 家里一分钱都没了 想申请临时救助');
    expect(h.state.urgency).toBe('high');
    expect(h.flow?.name).toBe('application');
  });

  it('is the reason for the application when the household copes', async () => {
    const h = await shippedReader();
    await h.say('上礼拜发大水 俺家两间偏房泡塌了 现在住俺兄弟家 这个受灾能申请救助不');
    expect(h.state.urgency).toBe('none');
  });
});

describe('round 24: whose story it is, and what is asked', () => {
  it('「一个月两千多」 is a length of time, not someone else', () => {
    const parts = readMessageParts(
      '我丈夫今年三月走了 我现在在超市找了个收银的活 一个月两千多 两个孩子上学 想申请临时救助',
    );
    expect(parts.aboutSomeoneElse).toBe(false);
    expect(parts.ownHardship).toBe(true);
  });

  it('a cadre asking how a kind of help is applied for a villager is not filed as a report', async () => {
    const h = await shippedReader();
    await h.say('我是村里的文书 帮我们组一个老阿婆问一下五保咋个办 她老伴早走了 一个人过');
    expect(h.state.topic).not.toBe('report_other');
  });

  it('a story told by someone who works in town is no complaint about the service', () => {
    expect(complainsAboutService('离婚两年了 孩子跟我 我在镇上超市上班 一个月两千 不够花')).toBe(false);
    expect(complainsAboutService('镇上的干部态度太差了')).toBe(true);
  });

  it('someone of the writer’s grid or building is someone else', () => {
    expect(readMessageParts('报告一个情况 我们网格有个独居老太 家里断顿了').aboutSomeoneElse).toBe(true);
    expect(readMessageParts('楼里有对老两口 都八十多了 没人照顾').aboutSomeoneElse).toBe(true);
  });

  it('the time waited on a named kind of help is a status check', () => {
    expect(readMessageParts('都一个多月了 临时救助到底有没有人管').existingApplication).toBe(true);
  });

  it('whether another may apply is answered before any form starts', async () => {
    const h = await shippedReader();
    await h.say('我在外地上班 想给老家的奶奶申请点补助 能不能让村里帮着办 要不要我本人回去');
    expect(h.flow).toBeNull();
    expect(h.state.topic).toBe('ask_policy');
  });
});

describe('round 24: other answers read in residents’ words', () => {
  let forms: FormRegistry;
  beforeAll(async () => {
    forms = await loadForms('forms', { warn: () => undefined });
  });
  const read = (type: string, name: string, text: string) => {
    const field = forms.forType(type).fields.find((f) => f.name === name)!;
    const reading = readAnswer(field, text, extractEntities(text));
    return reading.ok ? reading.value : undefined;
  };

  it.each([
    ['extreme_poverty', 'self_care', '家里的事她自己都搞得定 就是挑水劈柴干不动了', '能自理'],
    ['extreme_poverty', 'self_care', '饭能自己热一热 出门看病得有人跟着', '部分自理'],
    ['employment', 'employment_status', '在工地帮人拌灰 有活就干 没活歇着', '零工收入不稳定'],
    ['temporary', 'hardship_cause', '他骑摩托摔到沟里 人当场就没了', '家里主要劳力去世'],
    ['temporary', 'hardship_cause', '灶台边的柴火起火 房子着了', '火灾或自然灾害'],
  ])('%s %s: 「%s」 is %s', (type, name, text, choice) => {
    expect(read(type, name, text)).toBe(choice);
  });

  it('an old woman no one can keep is one with no one to support her', () => {
    expect(
      String(read('minimum_living', 'special_members', '老伴走了 没有别的子女 实际上没人能养她')),
    ).toContain('有老人无人赡养');
  });
});

describe('round 24: a report of someone out in the cold', () => {
  const exposure: TurnRisk = {
    level: 'critical',
    category: 'exposure',
    reasons: ['寒冷天气在户外'],
  };

  it('stays critical when the cold is already in the body', () => {
    expect(asReported(exposure, '公交站坐着个老奶奶 穿得薄 手冰凉 问她家在哪也说不上来').level).toBe(
      'critical',
    );
    expect(asReported(exposure, '公交站坐着个老奶奶 穿得薄 问她家在哪也说不上来').level).toBe('high');
  });
});
