// Round 49: a village or residents' committee asking calmly what help there is for one of its people is answered, and
// the form is offered for the committee to apply on their behalf; it is not a report of someone found in need. Grid
// workers still report, and a danger still goes to the green channel. Every sentence is written here.
import { describe, expect, it } from 'vitest';
import { speaksAsCommittee } from '../../src/flows/report/committee-asks.js';
import { shippedReader } from './shipped-reader.js';

describe('who speaks as the committee', () => {
  it.each([
    '我是东湖村的村主任 想问个事',
    '大桥镇新民村村委会 咨询一下',
    '俺是村支书',
    '您好，社区主任这边想问问',
  ])('「%s」 is the committee', (text) => expect(speaksAsCommittee(text)).toBe(true));

  it.each(['我是网格员 楼下有个老人', '我们村有个老人没人管', '我是志愿者'])('「%s」 is not', (text) =>
    expect(speaksAsCommittee(text)).toBe(false),
  );
});

describe('a committee asking what help there is for a villager', () => {
  it('is answered and offered the form, not asked who needs help', async () => {
    const h = await shippedReader();
    await h.say(
      '你好 我是石桥村的村主任 村里有个老汉去年摔断了腿 现在下不了地 想问问他这种情况能申请点啥救助',
    );
    expect(h.flow?.name).not.toBe('report');
    expect(h.publicState.expecting).not.toContain('report_subject');
  });

  it('is still a report, urgent, when someone is in danger now', async () => {
    const h = await shippedReader();
    await h.say('我是石桥村的村主任 村里一个老人两天没吃饭了 人躺在床上叫不应 怎么办');
    expect(h.flow?.name).toBe('report');
  });
});
