import type { Clock } from '../engine/types.js';
import type { EngineLogger } from '../engine/logger.js';
import type { ConsoleHub } from './console-hub.js';
import type { HandoffRepository } from '../store/handoff-repository.js';
import { toHandoffView } from './handoff-types.js';
import { startClusterJob, type ClusterJob } from '../runtime/cluster-job.js';

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
  /** Asks the cluster whether this instance runs this period's check; without it every tick checks. */
  claimRun?: () => Promise<boolean>;
}

/** Watches the queue: `checkSla(now)` is what the timer calls and what tests call with a fake clock. */
export function createSlaMonitor(deps: SlaMonitorDeps) {
  const { repository, hub, clock, logger, limits } = deps;
  let job: ClusterJob | undefined;

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

    /** Checks every `intervalMs` on the injected clock, on one instance of the cluster per period. */
    start(intervalMs: number): void {
      if (job) return;
      job = startClusterJob({
        name: 'sla_check',
        intervalMs,
        claim: deps.claimRun ?? (() => Promise.resolve(true)),
        run: () => checkSla(clock.now()),
        logger,
      });
    },

    /** Stops the timer and waits for a check in flight, before the database closes. */
    async stop(): Promise<void> {
      const current = job;
      job = undefined;
      await current?.stop();
    },
  };
}

/** The SLA monitor's API. */
export type SlaMonitor = ReturnType<typeof createSlaMonitor>;
