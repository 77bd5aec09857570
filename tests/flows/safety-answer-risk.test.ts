// Answers to the safety follow-up (「您现在在哪里」, a phone to call back) read by the shipped risk detector: an
// address is a place, not a new crisis, so it never brings a second safety reply with another number (a
// suicide line for 「门没锁」, 119 for a street name); a new danger told in the answer is still heard. Every
// sentence is written here.
import { describe, expect, it } from 'vitest';
import { riskHarness } from './form-answer-risk.js';
import { shippedNlu } from './shipped-nlu.js';

const FELL = '我爸刚才在院子里摔了一跤 起不来了 头上流血 家里就他一个 我在外地回不去';

async function afterUrgentOpening(opening: string) {
  const h = await riskHarness(await shippedNlu());
  await h.say(opening);
  expect(h.publicState.expecting).toEqual(['safety_location']);
  return h;
}

describe('answers to the safety follow-up', () => {
  it.each(['青阳镇南街村东头第三家 院门没锁', '璜土镇北街 隔壁李婶屋里', '月城镇双泾村五组 门口有棵大槐树'])(
    'a place (%s) is taken as the place, with no second safety reply',
    async (place) => {
      const h = await afterUrgentOpening(FELL);
      const replies = await h.say(place);
      const text = replies.map((r) => r.text).join('\n');
      expect(text).not.toContain('12356');
      expect(text).not.toContain('119');
      expect(text).not.toContain('绳子');
      expect(h.publicState.expecting).toEqual(['safety_phone']);
    },
  );

  it('a new danger told with the place is still heard and answered', async () => {
    const h = await afterUrgentOpening(FELL);
    const replies = await h.say('我在青阳镇大桥上面 我也不想活了 准备跳下去');
    expect(replies.map((r) => r.text).join('\n')).toContain('12356');
    expect(h.publicState.urgency).toBe('critical');
  });
});
