/**
 * Civil dates and wall-clock times in a named time zone.
 *
 * Deadlines are counted in the days of the place that accepted the case (Asia/Shanghai), never in
 * the server's zone: a case accepted at 01:00 Beijing time is accepted "today" in 江阴 even though
 * it is still yesterday in UTC.
 */

/** A calendar date without a time or zone; `month` runs 1–12. */
export interface LocalDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(tz: string): Intl.DateTimeFormat {
  let formatter = formatters.get(tz);
  if (!formatter) {
    // Throws RangeError for an unknown zone: a programming or configuration error, caught at profile load.
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: tz,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(tz, formatter);
  }
  return formatter;
}

interface WallClock extends LocalDate {
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
}

function wallClockOf(at: Date, tz: string): WallClock {
  const fields: Record<string, number> = {};
  for (const part of formatterFor(tz).formatToParts(at)) {
    if (part.type !== 'literal') fields[part.type] = Number(part.value);
  }
  return {
    year: fields.year ?? NaN,
    month: fields.month ?? NaN,
    day: fields.day ?? NaN,
    hour: fields.hour ?? NaN,
    minute: fields.minute ?? NaN,
    second: fields.second ?? NaN,
  };
}

/** Whether `tz` names a time zone this runtime knows (e.g. `Asia/Shanghai`). */
export function isKnownTimeZone(tz: string): boolean {
  try {
    formatterFor(tz);
    return true;
  } catch {
    return false;
  }
}

/** The calendar date that instant `at` falls on in zone `tz`. */
export function localDateOf(at: Date, tz: string): LocalDate {
  const { year, month, day } = wallClockOf(at, tz);
  return { year, month, day };
}

/** Minutes since local midnight of instant `at` in zone `tz` (0–1439). */
export function localMinutesOf(at: Date, tz: string): number {
  const { hour, minute } = wallClockOf(at, tz);
  return hour * 60 + minute;
}

/** The date `n` days after (or before, if negative) `date`. */
export function addDays(date: LocalDate, n: number): LocalDate {
  const t = new Date(Date.UTC(date.year, date.month - 1, date.day + n));
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

/** Day of the week of `date`: 0 = Sunday … 6 = Saturday. */
export function weekdayOf(date: LocalDate): number {
  return new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay();
}

/** `date` as `YYYY-MM-DD`. */
export function formatLocalDate(date: LocalDate): string {
  const mm = String(date.month).padStart(2, '0');
  const dd = String(date.day).padStart(2, '0');
  return `${String(date.year).padStart(4, '0')}-${mm}-${dd}`;
}

/** Whether year/month/day name a real calendar date (rejects 2025-02-30). */
export function isValidLocalDate(date: LocalDate): boolean {
  if (!Number.isInteger(date.year) || !Number.isInteger(date.month) || !Number.isInteger(date.day))
    return false;
  if (date.month < 1 || date.month > 12 || date.day < 1) return false;
  const probe = addDays({ year: date.year, month: date.month, day: 1 }, date.day - 1);
  return probe.month === date.month && probe.year === date.year;
}

/** A wall-clock time of day. */
export interface TimeOfDay {
  readonly hour: number;
  readonly minute: number;
  readonly second?: number;
  readonly millisecond?: number;
}

/** The instant at which the clocks in zone `tz` show `date` at `time`. */
export function zonedTimeToInstant(date: LocalDate, time: TimeOfDay, tz: string): Date {
  const { hour, minute, second = 0, millisecond = 0 } = time;
  const wallAsUtc = Date.UTC(date.year, date.month - 1, date.day, hour, minute, second, millisecond);
  // The zone offset is unknown until we pick an instant; two rounds settle it even across a DST change.
  let guess = wallAsUtc - offsetMs(new Date(wallAsUtc), tz);
  const settled = wallAsUtc - offsetMs(new Date(guess), tz);
  if (settled !== guess) guess = settled;
  return new Date(guess);
}

function offsetMs(at: Date, tz: string): number {
  const w = wallClockOf(at, tz);
  const wallAsUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  const atWholeSeconds = Math.floor(at.getTime() / 1000) * 1000;
  return wallAsUtc - atWholeSeconds;
}
