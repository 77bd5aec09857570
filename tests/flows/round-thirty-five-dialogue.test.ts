// Round 35 of the dialogue (development sets AT and AU), every sentence written here, every person fictional.
// A bare 「在吗」 is answered with an open question and the bot says it waits to hear what the resident needs; a house
// fire told by a son far away, with everyone safe and housed by kin, and a Hunan 么子 question, is answered and offered.
import { describe, expect, it } from 'vitest';
import { readMessageParts } from '../../src/nlu/message-parts.js';
import { shippedReader } from './shipped-reader.js';

describe('round 35: a bare greeting', () => {
  it('is answered with an open question, and the bot waits to hear the need', async () => {
    const h = await shippedReader();
    await h.say('在吗');
    expect(h.text).toContain('请问有什么可以帮您');
    expect(h.publicState.expecting).toEqual(['need']);
    await h.say('想给我妈申请低保');
    expect(h.flow?.name).toBe('application');
    expect(h.publicState.expecting).not.toContain('need');
  });

  it('waits for nothing once the talk has moved on', async () => {
    const h = await shippedReader();
    await h.say('你好');
    await h.say('低保一个月能领多少钱');
    expect(h.publicState.expecting).not.toContain('need');
  });
});

describe('round 35: a fire told from afar, everyone safe', () => {
  it('「么子」 asks, as 什么 does', () => {
    expect(readMessageParts('想问下有么子补助可以申请').asksSomething).toBe(true);
  });

  it('is answered and offered, not left with 「有危险请打110」', async () => {
    const h = await shippedReader();
    await h.say(
      '我是替我娘问的 老屋上个礼拜起火了 烧得只剩个框架 人都好好的 现在住我舅舅家 我在外面打工 想问问能申请么子救助',
    );
    expect(h.publicState.expecting).toEqual(['offer_apply']);
    expect(h.publicState.urgency).toBe('none');
  });
});
