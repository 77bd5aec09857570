// Round 48: the form for other help. The writers' view of the forms lists it as 其他救助 (type general), and a resident
// who asked for it by that name, or answered 「其他」 to the question of which kind, was told 「这句我没太看明白」 until
// they gave up. Every sentence is written here.
import { describe, expect, it } from 'vitest';
import { shippedReader } from './shipped-reader.js';

describe('round 48: help asked for as "another kind" is an application whose kind the window decides', () => {
  it.each(['想申请其他救助', '我要申请其它的救助', '能不能帮我办个别的补助 家里实在困难'])(
    '「%s」 goes straight to the privacy notice, the kind left to the window',
    async (text) => {
      const h = await shippedReader();
      await h.say(text);
      expect(h.flow?.name).toBe('application');
      expect(h.flow?.state.assistanceType).toBe('unknown');
      expect(h.publicState.expecting).toContain('consent');
    },
  );

  it.each(['其他救助', '其它救助', '其他', '别的', '都不是', '以上都不是'])(
    '「%s」 to the question of which kind is understood, not asked again',
    async (answer) => {
      const h = await shippedReader();
      await h.say('我想申请救助');
      expect(h.publicState.expecting).toContain('type');
      await h.say(answer);
      expect(h.text).not.toContain('没太看明白');
      expect(h.publicState.expecting).toContain('consent');
      expect(h.flow?.state.assistanceType).toBe('unknown');
    },
  );

  it('a kind of help named beside "other" is the kind asked for', async () => {
    const h = await shippedReader();
    await h.say('我想申请低保 别的救助就不用了');
    expect(h.flow?.state.assistanceType).toBe('minimum_living');
  });
});
