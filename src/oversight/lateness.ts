/**
 * How late a case is, in working days of the official calendar, and when to remind before a deadline.
 * Deadlines themselves come from src/cases/working-days.ts; this module only measures against them.
 */
import { addDays, localDateOf, zonedTimeToInstant, type LocalDate } from '../cases/local-date.js';
import { isWorkingDay } from '../cases/official-calendar.js';
import type { CaseRecord } from '../cases/case-types.js';

/** Which deadline a mark or a notice is about. */
export type DeadlineKind = 'transfer' | 'feedback';

/** One deadline a case has missed, and by how much. */
export interface Lateness {
  kind: DeadlineKind;
  dueAt: Date;
  /** Working days after the due day up to today (0 when the due day has passed but no working day since). */
  workingDaysLate: number;
}

const same = (a: LocalDate, b: LocalDate): boolean =>
  a.year === b.year && a.month === b.month && a.day === b.day;

/** Working days strictly after the local day of `due` up to and including the local day of `now`. */
export function workingDaysBetween(due: Date, now: Date, tz: string): number {
  const last = localDateOf(now, tz);
  let day = localDateOf(due, tz);
  let count = 0;
  // A deadline is days, not years, away: the loop is bounded by a sane horizon all the same.
  for (let i = 0; i < 3660 && !same(day, last); i++) {
    day = addDays(day, 1);
    if (isWorkingDay(day).working) count++;
  }
  return count;
}

/** The start (00:00 local) of the working day before the local day of `due`: when its reminder is due. */
export function reminderAt(due: Date, kind: DeadlineKind, tz: string): Date {
  let day = addDays(localDateOf(due, tz), -1);
  // Transfers count working days, so a Monday deadline is announced on the Friday before; feedback counts calendar days.
  if (kind === 'transfer') while (!isWorkingDay(day).working) day = addDays(day, -1);
  return zonedTimeToInstant(day, { hour: 0, minute: 0 }, tz);
}

/** The case facts the deadline checks read. */
export type DeadlineFacts = Pick<CaseRecord, 'status' | 'transferDueAt' | 'completedAt' | 'feedbackDueAt'> & {
  /** When the window fed the result back to the applicant (after completion), if it has. */
  feedbackAt: Date | null;
};

/** The deadline still running on a case, if any: transfer while registered, feedback after completion. */
export function openDeadline(facts: DeadlineFacts): { kind: DeadlineKind; dueAt: Date } | null {
  if (facts.status === 'registered') return { kind: 'transfer', dueAt: facts.transferDueAt };
  if (facts.status === 'completed' && facts.feedbackDueAt && facts.feedbackAt === null)
    return { kind: 'feedback', dueAt: facts.feedbackDueAt };
  return null;
}

/** The missed deadline of a case at `now`, or null when it is on time. */
export function latenessOf(facts: DeadlineFacts, now: Date, tz: string): Lateness | null {
  const open = openDeadline(facts);
  if (!open || now.getTime() <= open.dueAt.getTime()) return null;
  return { ...open, workingDaysLate: workingDaysBetween(open.dueAt, now, tz) };
}

/** How a late case reads to staff: 「转办逾期 3 个工作日」. */
export function latenessLabel(late: Lateness): string {
  const what = late.kind === 'transfer' ? '转办' : '反馈';
  return late.workingDaysLate === 0
    ? `${what}已逾期（不足1个工作日）`
    : `${what}逾期 ${late.workingDaysLate} 个工作日`;
}
