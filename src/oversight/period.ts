import {
  addDays,
  formatLocalDate,
  isValidLocalDate,
  zonedTimeToInstant,
  type LocalDate,
} from '../cases/local-date.js';

/** A reporting period: whole local days from `from` to `to`, both included. */
export interface Period {
  from: string;
  to: string;
  timezone: string;
  /** 00:00 local of `from`. */
  start: Date;
  /** 00:00 local of the day after `to` (exclusive). */
  end: Date;
}

/** Parses `YYYY-MM-DD`, or undefined when it is not a real date. */
export function parseLocalDate(text: string): LocalDate | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return undefined;
  const date = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  return isValidLocalDate(date) ? date : undefined;
}

/** The period between two local dates, or an error in plain Chinese. */
export function periodOf(from: string, to: string, timezone: string): Period | { error: string } {
  const start = parseLocalDate(from);
  const last = parseLocalDate(to);
  if (!start || !last) return { error: '日期请写成 2026-11-01 这样的格式。' };
  const startAt = zonedTimeToInstant(start, { hour: 0, minute: 0 }, timezone);
  const endAt = zonedTimeToInstant(addDays(last, 1), { hour: 0, minute: 0 }, timezone);
  if (endAt.getTime() <= startAt.getTime()) return { error: '结束日期不能早于开始日期。' };
  if (endAt.getTime() - startAt.getTime() > 400 * 86_400_000)
    return { error: '一次最多统计一年多一点（400天）。' };
  return { from: formatLocalDate(start), to: formatLocalDate(last), timezone, start: startAt, end: endAt };
}
