// Routing, round seven: a story the classifier takes for an emergency while no danger is heard is answered
// or applied for, not left at 「有危险请打110」; a plea for one's own household is not a report about others;
// asking the office itself for help is not asking whether someone else may apply. Own sentences.
import { describe, expect, it } from 'vitest';
import { readMessageParts } from '../../src/nlu/message-parts.js';
import { answerReport } from './answer-report.js';
import { riskHarness } from './form-answer-risk.js';

describe('who the story is about', () => {
  it.each([
    '闺女在县医院住院三个月了 押金都是找亲戚凑的 我俩都没法上班 求求帮帮我们吧',
    '房子让大水冲了 现在一家五口挤在村委会的仓库里 帮帮我们',
  ])('「%s」 is the writer’s own household', (text) => {
    const parts = readMessageParts(text);
    expect(parts.aboutSomeoneElse).toBe(false);
    expect(parts.ownHardship).toBe(true);
  });

  it.each([
    '我们村有一家五口人 房子塌了 住在村委会 你们能去看看吗',
    '邻居家的老人一个人在医院没人管 求求你们帮帮他',
  ])('「%s」 still speaks of someone else', (text) => {
    expect(readMessageParts(text).aboutSomeoneElse).toBe(true);
  });
});

describe('asking the office for help', () => {
  it.each(['地里的庄稼全淹了 能找政府帮帮忙不', '家里塌了半边 可以请你们帮一下吗'])(
    '「%s」 is not a question of permission',
    (text) => {
      expect(readMessageParts(text).asksPermission).toBe(false);
    },
  );

  it('「能不能叫村里帮我去办」 still is', () => {
    expect(readMessageParts('我腿脚不方便 能不能叫村里帮我去办').asksPermission).toBe(true);
  });
});

describe('a calm story with a question', () => {
  it('about work is applied for, without the emergency line', async () => {
    const h = await riskHarness();
    await h.say(
      '我在饭店洗碗 活有一天没一天的 一个月挣不了几个钱 想问问有没有介绍工作的 五十岁了厂子都不要我',
    );
    expect(h.text).not.toMatch(/110|120/);
    expect(h.state.flow?.name).toBe('application');
  });
});

describe('a report the reporter says can wait', () => {
  it.each(['不是特别紧急 不过天冷了最好早点', '也不是说马上就怎么样 就是一直这样不是办法'])(
    '「%s」 files the report as not urgent',
    async (howUrgent) => {
      const h = await riskHarness();
      await h.say('我想反映一下我同事家的情况 他老婆去年走了 他一个人带两个孩子 工资很低');
      expect(h.publicState.expecting).toEqual(['report_subject']);
      await answerReport(h, {
        report_subject: '同事老郑 四十多岁',
        report_location: '江阴市周庄镇山泉村',
        report_situation: '一个人带两个上学的孩子 工资两千多',
        report_urgency: howUrgent,
        report_contact: '匿名',
      });
      const effect = h.allActions.find((a) => a.type === 'register_case');
      expect(effect?.type === 'register_case' && effect.plan.urgency).toBe('none');
    },
  );
});

describe('a number left to call', () => {
  it.each(['有事打我的就行', '她耳朵不好 你们打我的'])('「%s」 is no report of violence', async (text) => {
    const h = await riskHarness();
    await h.say(text);
    expect(h.state.urgency).toBe('none');
    expect(h.text).not.toContain('110');
  });

  it('「是他打我的」 still is', async () => {
    const h = await riskHarness();
    await h.say('脸上的伤是他打我的 他还在家里砸东西');
    expect(h.state.urgency).not.toBe('none');
  });
});

describe('a kind of help named in few words', () => {
  it.each(['五保户 咋弄', '特困供养怎么搞', '计划生育那个扶助 我们家能不能领'])(
    '「%s」 is answered and offered, not out of scope',
    async (text) => {
      const h = await riskHarness();
      await h.say(text);
      expect(h.publicState.understood).not.toBe(false);
      expect(['ask_policy', 'apply']).toContain(h.state.topic);
    },
  );

  it('a leaking house with a request to repair it is an application', async () => {
    const h = await riskHarness();
    await h.say('我家房顶下雨就漏 后墙也裂了 能不能给修一下');
    expect(h.state.flow?.name).toBe('application');
  });
});

describe('who applies', () => {
  it('a household sheltered at the village committee asking for help applies for itself', async () => {
    const { inferApplicantRelation } = await import('../../src/forms/infer.js');
    expect(inferApplicantRelation('家里遭了水灾 一家三口暂时住在居委会 你们能帮帮忙吗')).not.toBe(
      '村（居）委会代为申请',
    );
    expect(inferApplicantRelation('我是居委会的 想替辖区一个老人申请临时救助')).toBe('村（居）委会代为申请');
  });
});

describe('a farm loss told some days ago', () => {
  it('with 「你们管不管」 is an application, not the emergency track', async () => {
    const h = await riskHarness();
    await h.say('上个礼拜那场冰雹把俺家的果树全毁了 今年的收成全没了 你们管不管');
    expect(h.state.flow?.name).toBe('application');
    expect(h.text).not.toMatch(/110|119|120/);
  });
});
