import type { FastifyInstance } from 'fastify';
import type { Clock } from '../../../src/engine/types.js';
import {
  startFakeTelegramServer,
  type FakeTelegramServer,
  type FakeUpdateOptions,
  type SentTelegramMessage,
} from '../../helpers/fake-telegram-server.js';
import { startTestApp, type TestApp } from '../../helpers/test-app.js';

/** The whole app with Telegram on, long polling against a fake Bot API. */
export interface TelegramTestApp extends TestApp {
  fake: FakeTelegramServer;
}

/** The TELEGRAM_ variables that point the app at the fake (long polling unless `extra` says otherwise). */
export function telegramEnv(
  fake: FakeTelegramServer,
  extra: Record<string, string> = {},
): Record<string, string> {
  return { TELEGRAM_BOT_TOKEN: fake.token, TELEGRAM_API_ROOT: fake.apiRoot, ...extra };
}

/** Starts a fake Bot API and the real app on a fresh data dir, polling it. */
export async function startTelegramApp(
  env: Record<string, string> = {},
  clock?: Clock,
): Promise<TelegramTestApp> {
  const fake = await startFakeTelegramServer();
  const t = await startTestApp({ ...telegramEnv(fake), ...env }, clock);
  return {
    ...t,
    fake,
    async close() {
      await t.close();
      await fake.close();
    },
  };
}

/** Polls `check` until it is true, or fails after `timeoutMs` with `what`. */
export async function waitFor(
  check: () => boolean | Promise<boolean>,
  what: string,
  timeoutMs = 15_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** Outbox entries for a Telegram chat, by status. */
export async function outboxOf(
  app: FastifyInstance,
  chatId: number,
): Promise<{ status: string; last_error: string | null; attempts: number }[]> {
  const { rows } = await app.services.db.query<{
    status: string;
    last_error: string | null;
    attempts: number;
  }>(
    `SELECT status, last_error, attempts FROM outbox WHERE channel = 'telegram' AND user_id = $1 ORDER BY id`,
    [String(chatId)],
  );
  return rows;
}

/** A resident in a Telegram chat: sends updates through the fake and reads what the bot sent back. */
export class TelegramResident {
  private seen = 0;

  constructor(
    readonly t: TelegramTestApp,
    readonly chatId: number,
    private readonly options: FakeUpdateOptions = {},
  ) {}

  /** Types a message and resolves with the bot's messages once the turn is done and its outbox delivered. */
  async say(text: string): Promise<SentTelegramMessage[]> {
    return this.settle(this.t.fake.sendText(this.chatId, text, this.options).update_id);
  }

  /** Sends other content (voice, location, photo …). */
  async send(content: Record<string, unknown>): Promise<SentTelegramMessage[]> {
    return this.settle(this.t.fake.sendContent(this.chatId, content, this.options).update_id);
  }

  /** Taps the button with this callback_data under the bot's latest message that has it. */
  async tap(callbackData: string): Promise<SentTelegramMessage[]> {
    return this.settle(this.t.fake.tap(this.chatId, callbackData).update_id);
  }

  /** The callback_data of the button labelled `label` in the bot's latest keyboard that has one. */
  dataOf(label: string): string {
    for (const message of [...this.t.fake.sent(this.chatId)].reverse()) {
      const button = message.keyboard?.flat().find((b) => b.text === label);
      if (button?.callback_data) return button.callback_data;
    }
    throw new Error(`no button labelled ${label} in chat ${this.chatId}:\n${this.transcript()}`);
  }

  /** The texts the bot sent in the last exchange, joined. */
  lastText = '';

  /** Everything the bot sent to this chat, for failure messages. */
  transcript(): string {
    return this.t.fake
      .sent(this.chatId)
      .map(
        (m) =>
          `< ${m.text}${
            m.keyboard
              ? ` [${m.keyboard
                  .flat()
                  .map((b) => b.text)
                  .join(' | ')}]`
              : ''
          }`,
      )
      .join('\n');
  }

  /** Waits until the update is confirmed and this chat's outbox is empty, then returns the new messages. */
  async settle(updateId: number): Promise<SentTelegramMessage[]> {
    await waitFor(() => this.t.fake.confirmedBelow() > updateId, `update ${updateId} to be handled`);
    await this.drained();
    const all = this.t.fake.sent(this.chatId);
    const fresh = all.slice(this.seen);
    this.seen = all.length;
    this.lastText = fresh.map((m) => m.text).join('\n');
    return fresh;
  }

  /** Waits until nothing for this chat is waiting in the outbox. */
  async drained(): Promise<void> {
    await waitFor(async () => {
      const rows = await outboxOf(this.t.app, this.chatId);
      return rows.every((r) => r.status === 'delivered' || r.status === 'failed');
    }, `the outbox of chat ${this.chatId} to drain`);
  }

  /** Messages that arrived since the last exchange (an operator's reply), once there are `count` of them. */
  async receive(count = 1): Promise<SentTelegramMessage[]> {
    await waitFor(
      () => this.t.fake.sent(this.chatId).length >= this.seen + count,
      `${count} message(s) in chat ${this.chatId}`,
    );
    const all = this.t.fake.sent(this.chatId);
    const fresh = all.slice(this.seen);
    this.seen = all.length;
    this.lastText = fresh.map((m) => m.text).join('\n');
    return fresh;
  }
}
