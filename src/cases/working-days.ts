/**
 * Deadlines of the one window, counted the way the seeds count them.
 *
 * Conventions (see also localities/README.md):
 * - Counting starts the day after the start day (民法典 第二百零一条: 开始的当日不计入). A case
 *   accepted on a working day at 09:00 and one accepted at 23:00 have the same deadline.
 * - The day is the local day in the locality's zone (Asia/Shanghai), never the server's.
 * - The due moment is the END of the last day, 23:59:59.999 local (民法典 第二百零三条: 期间的
 *   最后一日的截止时间为二十四时). We do not cut off at the window's closing time: the rule counts
 *   days, the transfer is an act inside the administration that its systems record at any hour,
 *   and a 17:30 cut-off would flag cases overdue while the day still counts. A console wanting an
 *   earlier nudge can compare against the profile's office hours itself.
 * - "2个工作日内转办" (seed 000 三(二)2; seed 003 三(三)2) counts working days of the official
 *   calendar: statutory holidays are skipped and 调休 weekend workdays count.
 * - "办结完成2日内反馈" (seed 000 三(二)3; seed 003 三(三)3) counts CALENDAR days. The same
 *   paragraphs say 个工作日 for the transfer and only 日 for the feedback, so the difference is
 *   read as deliberate. Feedback is a notice (call, SMS, letter) that needs no open office, and the
 *   stricter reading errs toward the resident. We do not roll the last day over holidays.
 * - Outside the years `chinese-days` covers, working days fall back to Monday–Friday, and the result
 *   says so (`calendar: 'weekdays_fallback'` plus an English `warning`) — never silently.
 *   Known limit: next year's New Year 调休 can fall on a late-December weekend of the last covered
 *   year; until the package carries next year, such a Saturday counts as a day off.
 */
import { addDays, formatLocalDate, localDateOf, zonedTimeToInstant, type LocalDate } from './local-date.js';
import { fallbackWarning, isWorkingDay, type CalendarSource } from './official-calendar.js';

// Re-exported so deadline callers find everything about "working time" in one import.
export { isWithinOfficeHours } from './office-hours.js';
export type { CalendarSource } from './official-calendar.js';

/** Default zone of every shipped locality. */
export const DEFAULT_TIME_ZONE = 'Asia/Shanghai';

/** A working-day deadline: when it falls due, which calendar computed it, and why if not the official one. */
export interface WorkingDayDeadline {
  /** End of the last counted day, 23:59:59.999 local. */
  readonly due: Date;
  /** The due day as `YYYY-MM-DD` in the locality's zone, for display. */
  readonly dueDate: string;
  readonly calendar: CalendarSource;
  /** Present exactly when `calendar` is `weekdays_fallback`: what happened and what to do about it. */
  readonly warning?: string;
}

const END_OF_DAY = { hour: 23, minute: 59, second: 59, millisecond: 999 } as const;

function assertDayCount(n: number): void {
  // A negative or fractional count is a bug in the caller, not a resident's input.
  if (!Number.isInteger(n) || n < 0)
    throw new RangeError(`day count must be a non-negative integer, got ${n}`);
}

/** The end of the local day `date` in zone `tz`. */
function endOfDay(date: LocalDate, tz: string): Date {
  return zonedTimeToInstant(date, END_OF_DAY, tz);
}

/**
 * The deadline `n` working days after the local day of `start` (e.g. transfer: n = 2 after acceptance).
 * With n = 0 it is the end of the start day if that is a working day, else of the next working day.
 */
export function addWorkingDays(start: Date, n: number, tz: string = DEFAULT_TIME_ZONE): WorkingDayDeadline {
  assertDayCount(n);
  let day = localDateOf(start, tz);
  let firstFallback: LocalDate | undefined;

  const working = (date: LocalDate): boolean => {
    const verdict = isWorkingDay(date);
    if (verdict.calendar === 'weekdays_fallback') firstFallback ??= date;
    return verdict.working;
  };

  if (n === 0) {
    while (!working(day)) day = addDays(day, 1);
  } else {
    let remaining = n;
    while (remaining > 0) {
      day = addDays(day, 1);
      if (working(day)) remaining--;
    }
  }

  const due = endOfDay(day, tz);
  const dueDate = formatLocalDate(day);
  if (firstFallback === undefined) return { due, dueDate, calendar: 'official' };
  return {
    due,
    dueDate,
    calendar: 'weekdays_fallback',
    warning: fallbackWarning(firstFallback),
  };
}

/** The end of the local day `n` calendar days after the local day of `start` (feedback: n = 2 after completion). */
export function addCalendarDays(start: Date, n: number, tz: string = DEFAULT_TIME_ZONE): Date {
  assertDayCount(n);
  return endOfDay(addDays(localDateOf(start, tz), n), tz);
}
