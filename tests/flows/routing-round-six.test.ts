// Routing and calm-versus-urgent, round six: someone already caring for the person is not "left without
// care"; a report's neglect waits for the reporter's word on how urgent it is; a hardship placed weeks ago,
// a cramped home, or an illness the application already told is the reason to apply; certificates held and
// applications made by others on one's behalf are read for what they are. Played with the shipped risk detector.
import { describe, expect, it } from 'vitest';
import { readMessageParts } from '../../src/nlu/message-parts.js';
import { fakeIdNumber } from '../helpers/id-numbers.js';
import { answerReport } from './answer-report.js';
import { riskHarness } from './form-answer-risk.js';

const flagged = (h: Awaited<ReturnType<typeof riskHarness>>) =>
  h.allActions.some((a) => a.type === 'flag_urgent' || (a.type === 'handoff' && a.priority !== 'normal'));

describe('someone already with the child or the old person', () => {
  it.each([
    '外孙女爸妈离婚后都不管她了 我和老伴带着她 想给她申请教育救助',
    '儿子儿媳在外地好多年没回来 孙子一直跟着奶奶过 想申请点补助',
  ])('「%s」 is an application, not a 110 emergency', async (opening) => {
    const h = await riskHarness();
    await h.say(opening);
    expect(h.text).not.toMatch(/110|120/);
    expect(flagged(h)).toBe(false);
  });

  it('a parent whose own household has had nothing to eat for days is urgent, but not a child left alone', async () => {
    const h = await riskHarness();
    await h.say('我们家里两天没米下锅了 三个孩子饿得直哭 我身上一分钱也没有');
    expect(h.state.urgency).toBe('high');
    expect(h.text).not.toContain('110');
  });
});

describe('neglect in a report about someone else', () => {
  it('is queued as pressing, and the reporter saying it can wait files it as not urgent', async () => {
    const h = await riskHarness();
    await h.say('我们小区有个老爷子好像没人管 天天一个人在楼下坐着 想跟你们反映一下');
    expect(h.publicState.expecting).toEqual(['report_subject']);
    expect(h.state.urgency).toBe('none');
    expect(h.text).not.toContain('110');
    // The opening told what happens, so the situation may not be asked again: each answer goes to its question.
    await answerReport(h, {
      report_subject: '姓田的老爷子 八十来岁',
      report_location: '江阴市青阳镇里山村5组',
      report_situation: '老伴走了 儿女在外地 饭有一顿没一顿',
      report_urgency: '眼下人还好 不是马上出事那种',
      report_contact: '匿名',
    });
    const effect = h.allActions.find((a) => a.type === 'register_case');
    expect(effect?.type === 'register_case' && effect.plan.urgency).toBe('none');
    expect(h.state.urgency).toBe('none');
  });

  it.each(['邻居先给他送了吃的 这几天能处理就行', '暂时没有断顿 近期上门看看'])(
    'a pressing need the reporter says can wait a few days (「%s」) is filed as not urgent',
    async (howUrgent) => {
      const h = await riskHarness();
      await h.say({ buttonId: 'report_other', text: '我要报告困难群众' });
      for (const answer of ['独居的郑大爷', '江阴市月城镇双泾村3组', '老人腿脚不便 欠了电费 家里停水停电两天了', howUrgent, '匿名'])
        await h.say(answer);
      const effect = h.allActions.find((a) => a.type === 'register_case');
      expect(effect?.type === 'register_case' && effect.plan.urgency).toBe('none');
    },
  );

  it('reads the name of someone introduced by who they are in the household (「户主…」)', async () => {
    const h = await riskHarness();
    await h.say({ buttonId: 'report_other', text: '我要报告困难群众' });
    for (const answer of ['户主韩德胜，五十出头', '江阴市祝塘镇文林村2组', '腿断了干不了活 家里没收入', '不急', '匿名'])
      await h.say(answer);
    const effect = h.allActions.find((a) => a.type === 'register_case');
    expect(effect?.type === 'register_case' && effect.plan.fields.applicant_name).toBe('韩德胜');
  });

  it('with a sign of danger (days without anyone coming back) stays critical', async () => {
    const h = await riskHarness();
    await h.say('楼下那家两个小孩没人管 大人好几天没回来了');
    expect(h.state.urgency).toBe('critical');
  });
});

describe('calm hardship while applying', () => {
  it.each([
    '我男人前年病死了 现在我一个人带两个孩子 想申请低保',
    '一家五口挤在两间平房里 孩子大了没地方住 想申请住房救助',
    '我妈眼睛看不见了好几年 有残疾证 想给她申请残疾人补贴',
  ])('「%s」 is not flagged urgent', async (opening) => {
    const h = await riskHarness();
    await h.say(opening);
    expect(flagged(h)).toBe(false);
    expect(h.text).not.toMatch(/110|120|加急/);
  });

  it('an answer describing the long-standing illness the opening told is not a 120 emergency', async () => {
    const h = await riskHarness();
    await h.say('我爸脑梗以后一直躺着 我想帮他申请低保');
    await h.say('同意 他也同意 就是他说话不利索 让我替他办');
    expect(h.text).not.toContain('120');
    expect(flagged(h)).toBe(false);
  });

  it('the same words told as happening now still get 120', async () => {
    const h = await riskHarness();
    await h.say('我爸脑梗以后一直躺着 我想帮他申请低保');
    await h.say('他刚才突然说话不利索 嘴也歪了');
    expect(h.text).toContain('120');
  });
});

describe('what was done before, read for what it is', () => {
  it('a certificate already obtained is not an application to check', () => {
    const parts = readMessageParts('我的残疾证去年已经办好了 想申请两项补贴');
    expect(parts.existingApplication).toBe(false);
    expect(parts.wantsToApply).toBe(true);
  });

  it('someone who applied on the writer’s behalf makes it an application to check', () => {
    expect(readMessageParts('村干部帮我报了个低保 现在怎么样了').existingApplication).toBe(true);
  });

  it('a writer who is with their own child at a station tells their own situation, not someone else’s', () => {
    expect(readMessageParts('我领着女儿在火车站 钱被偷了 回不了家').aboutSomeoneElse).toBe(false);
    expect(readMessageParts('火车站门口有个小孩一直在哭 没大人管').aboutSomeoneElse).toBe(true);
  });

  it('being told or agreed to apply (「村里讲好给我申请五保」, in Wu dialect too) is the wish to apply', () => {
    expect(readMessageParts('村里讲好给我申请五保 我不晓得咋弄').wantsToApply).toBe(true);
    expect(readMessageParts('干部叫我先来申请个低保').wantsToApply).toBe(true);
  });

  it('applying 代 someone (on their behalf) is the wish to apply, not a report', () => {
    expect(readMessageParts('我是村会计 代组里一位孤寡老人申请特困供养').wantsToApply).toBe(true);
  });

  it('having no home of one’s own and asking about housing help is one’s own hardship', () => {
    expect(readMessageParts('我没有房子 一直借住在朋友家 想问问住房救助').wantsToApply).toBe(true);
  });
});

describe('a status check asked in English', () => {
  it('starts the status check, asking for the receipt number', async () => {
    const h = await riskHarness();
    await h.say('Hello, I submitted an application for medical assistance last month. What is the status?');
    expect(h.publicState.expecting).toEqual(['status_receipt']);
    expect(h.text).toContain('receipt number');
  });
});

describe('a question about office hours in the middle of the form', () => {
  it('is answered with the hours, and the question asked is asked again without reading a number from it', async () => {
    const h = await riskHarness();
    await h.say('我想申请低保');
    await h.say('同意');
    await h.say('本人');
    await h.say('你们星期六上班不');
    expect(h.text).toContain('办公时间');
    expect(h.publicState.expecting).toContain('field:applicant_name');
    expect((h.flow?.state as { fields: Record<string, unknown> }).fields.household_size).toBeUndefined();
  });
});

describe('words read with what the conversation already told', () => {
  it('an answer about a patient whose treatment the opening told is not a 120 emergency', async () => {
    const h = await riskHarness();
    await h.say('我妈心衰住院两个多月了 自己付了三万多 想问问能不能申请医疗救助');
    for (const answer of ['同意', '给我妈申请', '她现在说不了话 我是她女儿 我同意']) {
      await h.say(answer);
      expect(h.text).not.toContain('120');
    }
    expect(flagged(h)).toBe(false);
  });

  it('a proxy’s answer about the patient while applying for medical help is not a 120 emergency', async () => {
    const h = await riskHarness();
    await h.say('我想给我爸申请医疗救助');
    await h.say('同意 他现在说话不利索 我替他同意');
    expect(h.text).not.toContain('120');
    expect(flagged(h)).toBe(false);
  });

  it('a death told with the family it left behind is no question about a way to die', async () => {
    const h = await riskHarness();
    await h.say('俺们村有户人家男的去年干活摔死了剩下老婆和两个娃 俺替她们反映一下 能申请点啥');
    expect(h.state.urgency).toBe('none');
    expect(h.text).not.toMatch(/110|12356/);
  });
});

describe('a field the resident cannot give', () => {
  it('is left for staff once skipping was offered and the resident still says 不清楚', async () => {
    const h = await riskHarness();
    await h.say('我想申请低保');
    let addressAsked = 0;
    for (let turn = 0; turn < 14 && !h.publicState.expecting.includes('confirm'); turn += 1) {
      const expecting = h.publicState.expecting;
      if (expecting.includes('field:address')) addressAsked += 1;
      if (expecting.includes('consent')) await h.say('同意');
      else if (expecting.includes('field:applicant_relation')) await h.say('本人');
      else if (expecting.includes('field:applicant_name'))
        await h.say(`赵春兰 ${fakeIdNumber('19700312', 221)} 13912345678`);
      else await h.say('不清楚');
    }
    expect(h.publicState.expecting).toContain('confirm');
    expect(addressAsked).toBeLessThanOrEqual(5);
  });
});
