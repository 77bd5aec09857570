import type { Clock } from '../engine/types.js';
import type { EngineLogger } from '../engine/logger.js';
import { runRetention, type RetentionOutcome } from './retention.js';
import type { SqlDatabase } from './sql.js';

/** The scheduled retention job: app.ts runs its timer, tests call `runOnce()` on a fake clock. */
export interface RetentionJob {
  runOnce(): Promise<RetentionOutcome>;
  start(intervalMs: number): void;
  stop(): Promise<void>;
}

/** Anonymises closed cases older than `days` days, every `intervalMs`, on whichever instance takes the lock. */
export function createRetentionJob(deps: {
  db: SqlDatabase;
  clock: Clock;
  logger: EngineLogger;
  days: number;
}): RetentionJob {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> | undefined;

  async function runOnce(): Promise<RetentionOutcome> {
    const outcome = await runRetention(deps.db, deps.clock.now(), deps.days);
    // Receipt numbers only: no personal data reaches a log line.
    if (outcome.ran && outcome.anonymised.length > 0)
      deps.logger.info(
        { anonymised: outcome.anonymised.length, retentionDays: deps.days },
        'personal data of closed cases past the retention period was anonymised',
      );
    return outcome;
  }

  return {
    runOnce,
    start(intervalMs) {
      if (timer) return;
      timer = setInterval(() => {
        if (running) return;
        running = runOnce()
          .catch((error: unknown) =>
            deps.logger.error(
              { err: error instanceof Error ? { name: error.name, message: error.message } : error },
              'the retention pass failed; it runs again at the next interval',
            ),
          )
          .finally(() => {
            running = undefined;
          });
      }, intervalMs);
      timer.unref();
    },
    async stop() {
      if (timer) clearInterval(timer);
      timer = undefined;
      await running;
    },
  };
}
