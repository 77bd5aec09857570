import { isAbort, sleep, withDeadline } from './abort.js';
import type { BotApi } from './bot-api.js';
import { botApiRefusal } from './delivery-errors.js';
import type { TelegramLogger } from './logger.js';
import { UpdateDeferred } from './update-deferred.js';

/** How the long-polling loop runs; the defaults suit production. */
export interface PollingOptions {
  /** Seconds Telegram holds a getUpdates call open when there is nothing to deliver. */
  timeoutSeconds?: number;
  /** First and longest wait after a failed getUpdates, doubled in between. */
  backoffMs?: { base: number; max: number };
  /** Tries for one update whose handling failed (the database away) before it is skipped with an error. */
  maxHandleAttempts?: number;
  /** Longest wait for the loop to finish its update in flight when stopping. */
  stopGraceMs?: number;
  /** Runs before the first getUpdates (getMe, deleteWebhook), retried like it until it succeeds or stop(). */
  prepare?: (signal: AbortSignal) => Promise<void>;
}

/** The long-polling loop. */
export interface Polling {
  start(): void;
  /** Stops asking for updates, lets the update in flight finish (bounded) and confirms what was handled. */
  stop(): Promise<void>;
}

/**
 * Long polling with getUpdates, written here rather than taken from telegraf's launch() for three reasons:
 * updates are handled one at a time in order (telegraf runs a batch concurrently, which could answer a
 * resident's second message before the first); an update is confirmed (the offset moved past it) only
 * once its turn is committed, so a crash or a stop redelivers it and the engine answers it once; and every
 * wait is cancelled by stop(), so closing the app leaves no timer or request behind.
 */
export function createPolling(
  api: BotApi,
  handle: (update: unknown) => Promise<void>,
  logger: TelegramLogger,
  options: PollingOptions = {},
): Polling {
  const timeoutSeconds = options.timeoutSeconds ?? 25;
  const backoff = options.backoffMs ?? { base: 1_000, max: 60_000 };
  const maxAttempts = options.maxHandleAttempts ?? 3;
  const controller = new AbortController();
  const signal = controller.signal;
  let offset = 0;
  let confirmed = 0;
  let loop: Promise<void> | undefined;

  const wait = (failures: number) =>
    sleep(Math.min(backoff.max, backoff.base * 2 ** Math.max(0, failures - 1)), signal);

  /** Handles one update; false when it must stay unconfirmed (stopping). */
  async function handleOne(update: unknown, updateId: number): Promise<boolean> {
    for (let attempt = 1; ; attempt++) {
      try {
        await handle(update);
        return true;
      } catch (error) {
        if (error instanceof UpdateDeferred || signal.aborted) return false;
        const err = error instanceof Error ? { name: error.name, message: error.message } : {};
        if (attempt >= maxAttempts) {
          logger.error(
            { updateId, attempts: attempt, err },
            'Telegram: an update could not be handled and is skipped; the resident got no answer to it',
          );
          return true;
        }
        logger.warn({ updateId, attempt, err }, 'Telegram: an update could not be handled; trying again');
        await wait(attempt);
      }
    }
  }

  /** After a failed call: false when retrying cannot help (the token is refused), else true after a wait. */
  async function recover(error: unknown, failures: number, call: string): Promise<boolean> {
    const refusal = botApiRefusal(error);
    if (refusal && (refusal.code === 401 || refusal.code === 404)) {
      logger.error(
        { call, code: refusal.code },
        'Telegram refused the bot token: check TELEGRAM_BOT_TOKEN (and TELEGRAM_API_ROOT); long polling stopped',
      );
      return false;
    }
    logger.warn(
      {
        call,
        code: refusal?.code ?? (isAbort(error) ? 'timeout' : 'network'),
        failures,
        ...(refusal?.code === 409
          ? { hint: 'another instance is polling with this token, or a webhook is set' }
          : {}),
      },
      'Telegram: a Bot API call failed; trying again',
    );
    await (refusal?.retryAfterSeconds !== undefined
      ? sleep(refusal.retryAfterSeconds * 1000, signal)
      : wait(failures));
    return true;
  }

  async function run(): Promise<void> {
    for (let failures = 1; options.prepare && !signal.aborted; failures++) {
      try {
        await options.prepare(signal);
        break;
      } catch (error) {
        if (signal.aborted || !(await recover(error, failures, 'prepare'))) return;
      }
    }
    let failures = 0;
    while (!signal.aborted) {
      let updates: unknown[];
      try {
        const asked = offset;
        updates = await withDeadline((timeoutSeconds + 15) * 1000, signal, (s) =>
          api.getUpdates({ offset: asked, timeout: timeoutSeconds }, s),
        );
        confirmed = asked;
        failures = 0;
      } catch (error) {
        failures += 1;
        if (signal.aborted || !(await recover(error, failures, 'getUpdates'))) return;
        continue;
      }
      for (const update of updates) {
        if (signal.aborted) break;
        const updateId = Number((update as { update_id?: unknown } | null)?.update_id);
        if (!Number.isSafeInteger(updateId) || updateId < offset) continue;
        if (!(await handleOne(update, updateId))) break;
        offset = updateId + 1;
      }
    }
  }

  return {
    start() {
      if (loop) return;
      loop = run().catch((error: unknown) => {
        logger.error(
          { err: error instanceof Error ? { name: error.name, message: error.message } : {} },
          'Telegram: long polling stopped on an unexpected error',
        );
      });
    },
    async stop() {
      controller.abort();
      if (!loop) return;
      const grace = new AbortController();
      await Promise.race([loop, sleep(options.stopGraceMs ?? 5_000, grace.signal)]);
      grace.abort();
      // Confirm what was handled since the last call, so that a restart does not fetch it again.
      if (offset > confirmed) {
        await withDeadline(2_000, undefined, (s) =>
          api.getUpdates({ offset, timeout: 0, limit: 1 }, s),
        ).catch(() => undefined);
      }
    },
  };
}
