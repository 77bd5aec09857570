// The message read as its clauses (src/nlu/message-parts.ts): what it tells, asks and wants. Examples in
// several registers, and property tests over hostile text (bound: 50 ms a call on 2,000 characters).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readMessageParts } from '../../src/nlu/message-parts.js';
import { runs, withinBound } from '../helpers/fuzz.js';
import { anyResidentText, pumpedText } from '../helpers/hostile-text.js';

const BOUND_MS = 50;

describe('what a message wants', () => {
  it.each([
    '俺想办个低保',
    '你好，我家里情况比较困难，老公前年走了，我一个人带两个孩子，能不能申请点补助',
    '我女儿考上高中了 家里拿不出学费 请问有没有什么救助可以申请',
    '我是村委会的，替我们村一个孤寡老人申请特困供养',
    '我妈瘫痪好几年了 能帮她申请吗',
    '家里遭了水灾 房子塌了 低保怎么弄',
    '家里困难 孩子上学有没有补助',
  ])('「%s」 asks to apply', (text) => {
    expect(readMessageParts(text).wantsToApply).toBe(true);
  });

  it.each([
    '低保要什么条件',
    '我想问一下怎么申请低保',
    '老人生病住院花了不少钱 临时救助一般能给多少',
    '我之前申请的低保怎么样了',
  ])('「%s」 does not ask to apply', (text) => {
    expect(readMessageParts(text).wantsToApply).toBe(false);
  });

  it('hears a plea about one’s own hardship, which the application takes as asking for help', () => {
    const parts = readMessageParts('帮帮忙 家里实在过不下去了');
    expect([parts.plea, parts.hardship, parts.personal, parts.aboutSomeoneElse]).toEqual([
      true,
      true,
      true,
      false,
    ]);
  });

  it('tells an application already made', () => {
    expect(readMessageParts('我上个月交的申请批下来没有').existingApplication).toBe(true);
    expect(readMessageParts('材料交了一个多月了 一直没人理 到底给不给办').existingApplication).toBe(true);
    expect(readMessageParts('申请了好久了 能不能帮我查一下').existingApplication).toBe(true);
    expect(readMessageParts('我想申请低保 一般多久能批下来').existingApplication).toBe(false);
    expect(readMessageParts('我想申请低保').existingApplication).toBe(false);
  });

  it('keeps the questions asked besides applying, to answer them first', () => {
    expect(readMessageParts('我爸腿脚不好 不知道他能不能办 要准备些什么').questions).toEqual([
      '要准备些什么',
    ]);
    expect(readMessageParts('我想申请临时救助').questions).toEqual([]);
  });
});

describe('someone else seen in need', () => {
  it.each([
    '我们楼下有个老奶奶一个人住 这几天都没见她下楼',
    '隔壁老李家两口子都病倒了 孩子没人管',
    '有个老人倒在路边了 叫不醒',
    '我是社区网格员 我们这有一户老人 瘫在床上没人照顾',
  ])('「%s」 is about someone else', (text) => {
    expect(readMessageParts(text).aboutSomeoneElse).toBe(true);
  });

  it.each(['我爸今年七十八了一个人住在村里腿脚不好', '我一个人带孩子 日子过不下去了'])(
    '「%s」 is about the writer’s own household',
    (text) => {
      expect(readMessageParts(text).aboutSomeoneElse).toBe(false);
    },
  );
});

describe('reading the parts of hostile text', () => {
  it('reads any message at once, and every question it keeps is part of the message', () => {
    fc.assert(
      fc.property(anyResidentText(), (text) => {
        const parts = withinBound(BOUND_MS, () => readMessageParts(text));
        for (const question of parts.questions) expect(text).toContain(question);
        // Wanting to apply and asking about an application already made never hold together.
        expect(parts.wantsToApply && parts.existingApplication).toBe(false);
      }),
      runs(400),
    );
  });

  it('stays fast on long runs of the words it listens for', () => {
    fc.assert(
      fc.property(pumpedText(2000), (text) => {
        withinBound(BOUND_MS, () => readMessageParts(text));
      }),
      runs(100),
    );
  });
});
