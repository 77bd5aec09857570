import { Telegram } from 'telegraf';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createPolling, type PollingOptions } from '../../../src/channels/telegram/polling.js';
import { UpdateDeferred } from '../../../src/channels/telegram/update-deferred.js';
import { telegrafBotApi } from '../../../src/channels/telegram/telegraf-api.js';
import { startFakeTelegramServer, type FakeTelegramServer } from '../../helpers/fake-telegram-server.js';
import { recordingLogger } from '../../helpers/recording-logger.js';
import { waitFor } from './telegram-harness.js';

const FAST: PollingOptions = { timeoutSeconds: 25, backoffMs: { base: 10, max: 50 }, stopGraceMs: 2_000 };
const timers = () => process.getActiveResourcesInfo().filter((kind) => kind === 'Timeout').length;
const idOf = (update: unknown) => (update as { update_id: number }).update_id;

describe('long polling through telegraf against the fake Bot API', () => {
  let fake: FakeTelegramServer;
  beforeEach(async () => {
    fake = await startFakeTelegramServer();
  });
  afterEach(async () => {
    await fake.close();
  });
  const api = () => telegrafBotApi(new Telegram(fake.token, { apiRoot: fake.apiRoot }));

  it('handles updates one at a time, in order, and confirms each only after it was handled', async () => {
    const log: string[] = [];
    const confirmedWhileHandling: number[] = [];
    const polling = createPolling(
      api(),
      async (update) => {
        log.push(`start ${idOf(update)}`);
        confirmedWhileHandling.push(fake.confirmedBelow());
        await new Promise((resolve) => setTimeout(resolve, 20));
        log.push(`end ${idOf(update)}`);
      },
      recordingLogger(),
      FAST,
    );
    const ids = ['一', '二', '三'].map((text) => fake.sendText(42, text).update_id);
    polling.start();
    await waitFor(() => fake.confirmedBelow() > ids[2]!, 'all three confirmed');
    expect(log).toEqual(ids.flatMap((id) => [`start ${id}`, `end ${id}`]));
    expect(confirmedWhileHandling.every((confirmed) => confirmed <= ids[0]!)).toBe(true);
    const later = fake.sendText(42, '四').update_id;
    await waitFor(() => log.includes(`end ${later}`), 'a message sent while the poll is open');
    await polling.stop();
  });

  it('stop() ends the open long poll at once and leaves no timer or request behind', async () => {
    const before = timers();
    const polling = createPolling(api(), () => Promise.resolve(), recordingLogger(), FAST);
    polling.start();
    await waitFor(() => fake.openPolls() === 1, 'the long poll to be open');
    const started = Date.now();
    await polling.stop();
    expect(Date.now() - started).toBeLessThan(1_500);
    await waitFor(() => fake.openPolls() === 0, 'the poll to be gone');
    expect(timers()).toBeLessThanOrEqual(before);
  });

  it('an update whose handling fails is tried again, then skipped with an error, and the loop goes on', async () => {
    const logger = recordingLogger();
    const tries: number[] = [];
    const polling = createPolling(
      api(),
      (update) => {
        tries.push(idOf(update));
        return tries.length <= 3 ? Promise.reject(new Error('database away')) : Promise.resolve();
      },
      logger,
      { ...FAST, maxHandleAttempts: 3 },
    );
    const first = fake.sendText(42, '一').update_id;
    const second = fake.sendText(42, '二').update_id;
    polling.start();
    await waitFor(() => fake.confirmedBelow() > second, 'both confirmed');
    await polling.stop();
    expect(tries).toEqual([first, first, first, second]);
    expect(logger.lines.filter((l) => l.level === 'warn')).toHaveLength(2);
    expect(logger.lines.find((l) => l.level === 'error')?.msg).toContain('skipped');
    expect(logger.text()).not.toContain('一');
  });

  it('an update deferred at shutdown is not confirmed, so Telegram delivers it again after the restart', async () => {
    const polling = createPolling(
      api(),
      () => Promise.reject(new UpdateDeferred('draining')),
      recordingLogger(),
      FAST,
    );
    const id = fake.sendText(42, '一').update_id;
    polling.start();
    await waitFor(() => fake.calls.filter((c) => c.method === 'getUpdates').length >= 1, 'a poll');
    await new Promise((resolve) => setTimeout(resolve, 100));
    await polling.stop();
    expect(fake.confirmedBelow()).toBeLessThanOrEqual(id);
  });

  it('waits as long as a 429 on getUpdates asks, and retries a failed getMe before polling', async () => {
    fake.failNext('getMe', { status: 500 });
    fake.failNext('getUpdates', { errorCode: 429, retryAfter: 1 });
    const handled: number[] = [];
    const client = api();
    const polling = createPolling(
      client,
      (u) => Promise.resolve(void handled.push(idOf(u))),
      recordingLogger(),
      {
        ...FAST,
        prepare: async (signal) => void (await client.getMe(signal)),
      },
    );
    const id = fake.sendText(42, '一').update_id;
    const started = Date.now();
    polling.start();
    await waitFor(() => handled.includes(id), 'the update after the 429');
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    expect(fake.calls.map((c) => c.method).slice(0, 3)).toEqual(['getMe', 'getMe', 'getUpdates']);
    await polling.stop();
  });

  it('stops for good when Telegram refuses the token, saying which variable to check', async () => {
    const logger = recordingLogger();
    const wrong = telegrafBotApi(
      new Telegram('999:wrongwrongwrongwrongwrongwrongwrong', { apiRoot: fake.apiRoot }),
    );
    const polling = createPolling(wrong, () => Promise.resolve(), logger, FAST);
    polling.start();
    await waitFor(() => logger.lines.some((l) => l.level === 'error'), 'the error');
    expect(logger.text()).toContain('TELEGRAM_BOT_TOKEN');
    expect(logger.text()).not.toContain('wrongwrong');
    const calls = fake.calls.length;
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(fake.calls.length).toBe(calls);
    await polling.stop();
  });
});
