import { describe, expect, it } from 'vitest';
import { FlowHarness } from './harness.js';

describe('messages that are not words (fake NLU, no store)', () => {
  it('a voice message without recognised words is answered with a request to type, and a form waits', async () => {
    const h = await FlowHarness.create();
    await h.say('我想申请低保');
    const before = h.publicState.expecting;
    await h.say({ kind: 'voice', text: '' });
    expect(h.text).toContain('语音');
    expect(h.text).toContain('文字');
    expect(h.replies.at(-1)?.buttons?.map((b) => b.id)).toEqual(['contact_me', 'urgent']);
    expect(h.publicState.expecting).toEqual(before);
  });

  it('a voice message with recognised words is read like text', async () => {
    const h = await FlowHarness.create();
    await h.say({ kind: 'voice', text: '我想申请低保' });
    expect(h.state.flow?.name).toBe('application');
  });

  it('while an operator holds the conversation an unheard voice message gets no bot reply', async () => {
    const h = await FlowHarness.create();
    h.queue = { open: true, heldBy: '值班员小王' };
    await h.say({ kind: 'voice', text: '' });
    expect(h.replies).toEqual([]);
  });

  it('a start event (Telegram /start) gets the welcome with the main menu', async () => {
    const h = await FlowHarness.create();
    await h.say({ kind: 'event', event: 'start', text: '/start' });
    expect(h.text).toContain('社会救助服务助手');
    expect(h.text).not.toContain('关注');
    expect(h.replies[0]?.buttons?.map((b) => b.id)).toContain('apply');
  });
});
