// Round 35 of the dialogue (development sets AT and AU), every sentence written here, every person fictional.
// A bare 「在吗」 is answered with an open question and the bot says it waits to hear what the resident needs.
import { describe, expect, it } from 'vitest';
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
