import type { OutboundRouter } from '../delivery/outbound-router.js';
import type { Clock } from '../engine/types.js';
import type { EngineLogger } from '../engine/logger.js';
import type { ConsoleHub } from './console-hub.js';
import type { HandoffRepository } from '../store/handoff-repository.js';
import type { HandoffRecord, HandoffView } from './handoff-types.js';
import { startClusterJob, type ClusterJob } from '../runtime/cluster-job.js';

/** The service levels the monitor enforces, in seconds. */
export interface SlaLimits {
  /** A critical handoff nobody claimed for this long is overdue and alerts every console. */
  criticalUnclaimedSeconds: number;
  /** A claimed handoff with no operator message for this long is flagged stale. */
  claimedSilentSeconds: number;
  /** A resident whose critical request is still unclaimed is told again this often … */
  residentRemindSeconds: number;
  /** … at most this many times in all. */
  residentRemindMax: number;
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
  /** Pushes the warning to the resident's channel through the durable outbox. */
  router: OutboundRouter;
  /** Handoffs as the queue shows them (with who and where). */
  describe: (record: HandoffRecord) => Promise<HandoffView>;
  /** The warning's text for a handoff: what to do now, by its risk category. */
  warning: (input: { category: string | null; waitedMs: number; first: boolean }) => string;
}

/** Watches the queue: `checkSla(now)` is what the timer calls and what tests call with a fake clock. */
export function createSlaMonitor(deps: SlaMonitorDeps) {
  const { repository, hub, clock, logger, limits, router } = deps;

  /** Tells a resident whose critical request nobody picked up yet, kindly, and what to do now. */
  async function warnResident(record: HandoffRecord, now: Date): Promise<void> {
    const first = record.residentWarnings <= 1;
    const text = deps.warning({
      category: record.riskCategory,
      waitedMs: now.getTime() - record.escalatedAt.getTime(),
      first,
    });
    const message = await router.push(
      record.conversationId,
      { channel: record.channel, userId: record.userId },
      'bot',
      { kind: 'system', text },
    );
    hub.publish({
      type: 'message',
      handoffId: record.id,
      message: { id: message.id, author: message.author, text: message.text, at: message.at },
    });
    const note = await repository.addEvent({
      handoffId: record.id,
      kind: 'resident_warned',
      actor: null,
      text: `已告知居民暂无人接手（第${record.residentWarnings}次），并提示可拨打的电话`,
      at: now,
    });
    hub.publish({ type: 'note', handoffId: record.id, note });
    hub.publish({ type: 'handoff', handoff: await deps.describe(record) });
    logger.warn(
      {
        conversationId: record.conversationId,
        channel: record.channel,
        handoffId: record.id,
        warnings: record.residentWarnings,
      },
      'a resident waiting on an unclaimed critical request was told what to do now',
    );
  }
  let job: ClusterJob | undefined;

  async function checkSla(now: Date): Promise<void> {
    const overdue = await repository.markOverdue(
      new Date(now.getTime() - limits.criticalUnclaimedSeconds * 1000),
    );
    for (const record of overdue) {
      hub.publish({ type: 'handoff', handoff: await deps.describe(record) });
      hub.publish({ type: 'alert', handoffId: record.id, kind: 'critical_unclaimed' });
      logger.warn(
        { conversationId: record.conversationId, channel: record.channel, handoffId: record.id },
        'critical handoff unclaimed past its SLA: every console was alerted',
      );
    }
    // Then the resident: at once on the first check past the SLA, again every residentRemindSeconds.
    const remindBefore = new Date(now.getTime() - limits.residentRemindSeconds * 1000);
    for (const record of await repository.takeResidentWarnings(now, remindBefore, limits.residentRemindMax)) {
      try {
        await warnResident(record, now);
      } catch (error) {
        logger.error(
          {
            conversationId: record.conversationId,
            handoffId: record.id,
            err: error instanceof Error ? { name: error.name, message: error.message } : error,
          },
          'a waiting resident could not be warned; the next check tries the others',
        );
      }
    }
    for (const record of await repository.takeDueFollowUps(now)) {
      const note = await repository.addEvent({
        handoffId: record.id,
        kind: 'follow_up_due',
        actor: null,
        text: '交回机器人后的回访到期了，请联系居民并结案',
        at: now,
      });
      hub.publish({ type: 'note', handoffId: record.id, note });
      hub.publish({ type: 'handoff', handoff: await deps.describe(record) });
      hub.publish({ type: 'alert', handoffId: record.id, kind: 'follow_up_due' });
      logger.info(
        { conversationId: record.conversationId, channel: record.channel, handoffId: record.id },
        'a handed-back conversation is due for its follow-up',
      );
    }
    const stale = await repository.markStale(new Date(now.getTime() - limits.claimedSilentSeconds * 1000));
    for (const record of stale) {
      hub.publish({ type: 'handoff', handoff: await deps.describe(record) });
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
