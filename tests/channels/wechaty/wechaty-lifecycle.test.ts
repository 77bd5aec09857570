import { describe, expect, it } from 'vitest';
import { MockResident, startWechatyApp, until } from './wechaty-harness.js';

const timers = () => process.getActiveResourcesInfo().filter((r) => r === 'Timeout').length;

describe('Wechaty channel lifecycle', () => {
  it('keeps replies while the account is logged out, delivers them after the next login, and stops clean', async () => {
    const baseline = timers();
    const t = await startWechatyApp();
    try {
      expect(t.puppet.isLoggedIn).toBe(true);
      const resident = new MockResident(t, '孙奶奶');
      await resident.say('你好');
      const answered = resident.received().length;

      const address = { channel: 'wechaty', userId: resident.contact.id };
      const { conversationId } = await t.app.services.channelKit.transcript.open(address, 0);

      await t.puppet.logout('test');
      // An operator writes while the account is logged out: the message waits in the outbox, retried.
      await t.app.services.router.push(conversationId, address, 'operator', {
        kind: 'operator',
        text: '孙奶奶您好，我是街道的小李。',
      });
      await until(async () => {
        const { rows } = await t.app.services.db.query<{ n: number }>(
          "SELECT count(*)::int AS n FROM outbox WHERE channel = 'wechaty' AND status = 'pending' AND last_error LIKE '%logged out%'",
        );
        return (rows[0]?.n ?? 0) > 0;
      }, 'a send refused while logged out');
      expect(resident.received()).toHaveLength(answered);

      t.mocker.login(t.bot);
      await until(
        () => resident.received().some((m) => m.includes('我是街道的小李')),
        'the kept message after the login',
      );
    } finally {
      await t.close();
    }
    // bot.stop() stopped the puppet, which logs the account out.
    expect(t.puppet.isLoggedIn).toBe(false);
    // bot.stop() leaves nothing running: no timer of Wechaty, the puppet or the router survives the close.
    await until(() => timers() <= baseline, `timers back to ${baseline} (now ${timers()})`, 5_000);
  }, 180_000);
});
