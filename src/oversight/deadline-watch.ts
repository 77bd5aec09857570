import { formatLocalDate, localDateOf } from '../cases/local-date.js';
import type { EngineLogger } from '../engine/logger.js';
import type { Clock } from '../engine/types.js';
import type {
  DeadlineMarkKind,
  DeadlinePass,
  DeadlineRepository,
  WatchedCase,
} from '../store/deadline-repository.js';
import {
  latenessLabel,
  openDeadline,
  reminderAt,
  workingDaysBetween,
  type DeadlineKind,
} from './lateness.js';

/** The notice audience of the window (every window operator, window head and admin). */
export const WINDOW_AUDIENCE = 'window';

/** A completed case whose resident is to be asked for a rating on their channel. */
export interface SurveyTarget {
  caseNo: string;
  conversationId: string;
  channel: string;
  userId: string;
}

/** What the deadline watch is built from. */
export interface DeadlineWatchDeps {
  repository: DeadlineRepository;
  clock: Clock;
  logger: EngineLogger;
  timezone: string;
  typeLabel: (type: string) => string;
  /** Asks the resident of a completed case for a rating (through the outbox); called after the pass committed. */
  askForRating?: (target: SurveyTarget) => Promise<void>;
}

/** What one pass did, for tests and logs. */
export interface DeadlinePassResult {
  /** False when another instance held the lock and this one did nothing. */
  ran: boolean;
  marked: { caseNo: string; kind: DeadlineMarkKind }[];
  surveys: number;
}

// Look this far ahead for reminders: a transfer reminder falls at most a long holiday before its deadline.
const HORIZON_MS = 12 * 86_400_000;
// Only recent completions are asked: a survey weeks after the fact, or for cases completed before this feature, helps no one.
const SURVEY_WINDOW_MS = 7 * 86_400_000;

function noticeText(
  c: WatchedCase,
  kind: DeadlineKind,
  overdue: boolean,
  dueAt: Date,
  now: Date,
  tz: string,
): string {
  const dueDate = formatLocalDate(localDateOf(dueAt, tz));
  const title = `案件 ${c.caseNo}`;
  if (kind === 'transfer') {
    if (!overdue)
      return `${title}将于 ${dueDate} 到2个工作日转办期限，请在期限前转交${c.departmentName}并登记。`;
    const late = latenessLabel({ kind, dueAt, workingDaysLate: workingDaysBetween(dueAt, now, tz) });
    return `${title}已过转办期限（${dueDate}），${late}，请尽快转交${c.departmentName}并登记。`;
  }
  if (!overdue) return `${title}已办结，请在 ${dueDate} 前把结果反馈给申请人和窗口，并在系统中登记“已反馈”。`;
  return `${title}办结已超过2日仍未登记反馈（期限 ${dueDate}），请${c.departmentName}尽快反馈申请人和窗口。`;
}

async function markCase(pass: DeadlinePass, c: WatchedCase, now: Date, deps: DeadlineWatchDeps) {
  const open = openDeadline(c);
  if (!open) return null;
  const overdue = now.getTime() > open.dueAt.getTime();
  const reminderDue = now.getTime() >= reminderAt(open.dueAt, open.kind, deps.timezone).getTime();
  if (!overdue && !reminderDue) return null;
  const kind: DeadlineMarkKind = `${open.kind}_${overdue ? 'overdue' : 'reminder'}`;
  if (!(await pass.mark(c.caseNo, kind, open.dueAt, now))) return null;
  const text = noticeText(c, open.kind, overdue, open.dueAt, now, deps.timezone);
  await pass.notify([c.departmentCode, WINDOW_AUDIENCE], c.caseNo, kind, text, now);
  return { caseNo: c.caseNo, kind };
}

/**
 * The deadline watch: marks cases whose transfer (2 working days) or feedback (2 days after completion)
 * deadline is a day away or past, notifies the department and the window once per mark, and asks residents
 * of completed cases for a rating. One pass runs at a time across all instances (an advisory lock).
 */
export function createDeadlineWatch(deps: DeadlineWatchDeps) {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> | undefined;

  async function check(now: Date): Promise<DeadlinePassResult> {
    const outcome = await deps.repository.locked(async (pass) => {
      const marked: { caseNo: string; kind: DeadlineMarkKind }[] = [];
      for (const c of await pass.watched(new Date(now.getTime() + HORIZON_MS))) {
        const mark = await markCase(pass, c, now, deps);
        if (mark) marked.push(mark);
      }
      await pass.collectAnswers();
      const surveys = deps.askForRating
        ? await pass.claimSurveys(new Date(now.getTime() - SURVEY_WINDOW_MS), now)
        : [];
      return { marked, surveys };
    });
    if (!outcome) return { ran: false, marked: [], surveys: 0 };
    if (outcome.marked.length > 0)
      deps.logger.warn(
        { marks: outcome.marked.map((m) => `${m.caseNo}:${m.kind}`) },
        'case deadlines due or missed: the departments and the window were notified',
      );
    // After the commit: a survey is asked once even if sending fails, never twice.
    for (const target of outcome.surveys) {
      try {
        await deps.askForRating?.(target);
      } catch (error) {
        deps.logger.error(
          {
            caseNo: target.caseNo,
            err: error instanceof Error ? { name: error.name, message: error.message } : error,
          },
          'the satisfaction question could not be queued for this case',
        );
      }
    }
    return { ran: true, marked: outcome.marked, surveys: outcome.surveys.length };
  }

  return {
    check,

    /** Checks every `intervalMs` on the injected clock; the timer never keeps the process alive. */
    start(intervalMs: number): void {
      if (timer) return;
      timer = setInterval(() => {
        if (running) return;
        running = check(deps.clock.now())
          .catch((error: unknown) =>
            deps.logger.error(
              { err: error instanceof Error ? { name: error.name, message: error.message } : error },
              'deadline check failed; it runs again at the next interval',
            ),
          )
          .finally(() => {
            running = undefined;
          });
      }, intervalMs);
      timer.unref();
    },

    /** Stops the timer and waits for a pass in flight, before the database closes. */
    async stop(): Promise<void> {
      if (timer) clearInterval(timer);
      timer = undefined;
      await running;
    },
  };
}

/** The deadline watch's API. */
export type DeadlineWatch = ReturnType<typeof createDeadlineWatch>;
