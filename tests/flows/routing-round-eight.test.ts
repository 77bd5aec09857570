// Routing, round eight: an application already made is read from its two parts (a verb said as done, and the
// wait since), whatever words sit between; a look-up of an application's result is a status check; beside
// one, a question whether another kind of help may be had too is kept for later; a grievance against
// someone else told with a question about help is no complaint about the service. Own sentences.
import { describe, expect, it } from 'vitest';
import { appliedBefore } from '../../src/nlu/applied-before.js';
import { readMessageParts } from '../../src/nlu/message-parts.js';
import { complainsAboutService } from '../../src/nlu/service-complaint.js';
import { riskHarness } from './form-answer-risk.js';

describe('an application already made', () => {
  it.each([
    '递了医疗救助的材料三个星期了 一直没人联系我',
    '俺报的残疾人补贴 都一个多月了还没动静',
    '帮我查查我那个低保申请的进度',
    '交上去的临时救助表 二十来天了 电话都没有一个',
  ])('「%s」 is one', (text) => {
    expect(appliedBefore(text)).toBe(true);
    expect(readMessageParts(text).existingApplication).toBe(true);
  });

  it.each([
    '交了房租 等了半个月工资还没发下来',
    '我想申请低保 老伴住院半个月了',
    '残疾证办了两个月了 想问问两项补贴怎么申请',
    '要是申请了半年还没批 该找谁',
  ])('「%s」 is not one', (text) => {
    expect(readMessageParts(text).existingApplication).toBe(false);
  });

  it('a status question starts the status check', async () => {
    const h = await riskHarness();
    await h.say('报的住房救助快一个月了 咋还没信儿');
    expect(h.state.flow?.name).toBe('status_check');
  });

  it('beside one, whether another kind may be had too is kept for later', () => {
    const parts = readMessageParts('上个月报了临时救助 想问问办到哪了，还有俺家这样是不是也能办个低保');
    expect(parts.existingApplication).toBe(true);
    expect(parts.laterWish).toContain('低保');
  });
});

describe('a grievance against someone else', () => {
  it.each(['老板拖了半年工资不给 我一个人带孩子 有没有地方能帮我', '前夫不给抚养费 你们这能不能帮忙'])(
    '「%s」 is not about the service',
    (text) => {
      expect(complainsAboutService(text)).toBe(false);
    },
  );

  it.each(['窗口的人说话太难听了', '交了材料 社区说不归他们管 推来推去'])('「%s」 is', (text) => {
    expect(complainsAboutService(text)).toBe(true);
  });

  it('told with a question about help, is answered and offered, not filed as a complaint', async () => {
    const h = await riskHarness();
    await h.say('老板拖了我四个月工资 找他好几回都不给 我想打官司又没钱请律师 有没有免费帮忙的');
    expect(h.state.topic).not.toBe('complaint');
  });
});
