import type { Clock } from '../engine/types.js';
import type { EngineLogger } from '../engine/logger.js';
import type { ConsoleHub } from './console-hub.js';
import type { HandoffRepository } from '../store/handoff-repository.js';
import { toHandoffView } from './handoff-types.js';

/** The service levels the monitor enforces, in seconds. */
export interface SlaLimits {
  /** A critical handoff nobody claimed for this long is overdue and alerts every console. */
  criticalUnclaimedSeconds: number;
  /** A claimed handoff with no operator message for this long is flagged stale. */
  claimedSilentSeconds: number;
}

/** What the SLA monitor is built from. */
export interface SlaMonitorDeps {
  repository: HandoffRepository;
  hub: ConsoleHub;
  clock: Clock;
  logger: EngineLogger;
  limits: SlaLimits;
}

/** Watches the queue: `checkSla(now)` is what the timer calls and what tests call with a fake clock. */
export function createSlaMonitor(deps: SlaMonitorDeps) {
  const { repository, hub, clock, logger, limits } = deps;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;

  async function checkSla(now: Date): Promise<void> {
    const overdue = await repository.markOverdue(
      new Date(now.getTime() - limits.criticalUnclaimedSeconds * 1000),
    );
    for (const record of overdue) {
      hub.publish({ type: 'handoff', handoff: toHandoffView(record) });
      hub.publish({ type: 'alert', handoffId: record.id, kind: 'critical_unclaimed' });
      logger.warn(
        { conversationId: record.conversationId, channel: record.channel, handoffId: record.id },
        'critical handoff unclaimed past its SLA: every console was alerted',
      );
    }
    const stale = await repository.markStale(new Date(now.getTime() - limits.claimedSilentSeconds * 1000));
    for (const record of stale) {
      hub.publish({ type: 'handoff', handoff: toHandoffView(record) });
      logger.warn(
        { conversationId: record.conversationId, channel: record.channel, handoffId: record.id },
        'claimed handoff silent past its SLA',
      );
    }
  }

  return {
    checkSla,

    /** Checks every `intervalMs` on the injected clock; the timer never keeps the process alive. */
    start(intervalMs: number): void {
      if (timer) return;
      timer = setInterval(() => {
        // One check at a time: a slow database must not pile checks on top of each other.
        if (running) return;
        running = checkSla(clock.now())
          .catch((error: unknown) =>
            logger.error(
              { err: error instanceof Error ? { name: error.name, message: error.message } : error },
              'SLA check failed',
            ),
          )
          .finally(() => {
            running = undefined;
          });
      }, intervalMs);
      timer.unref();
    },

    /** Stops the timer and waits for a check in flight, before the database closes. */
    async stop(): Promise<void> {
      if (timer) clearInterval(timer);
      timer = undefined;
      await running;
    },
  };
}

/** The SLA monitor's API. */
export type SlaMonitor = ReturnType<typeof createSlaMonitor>;
