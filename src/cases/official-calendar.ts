/**
 * The official Chinese working calendar (statutory holidays and 调休 make-up workdays), from the
 * `chinese-days` package, with the years its data covers detected at run time.
 */
// The package is CommonJS (UMD); Node exposes only its default export to ESM, so named imports fail at run time.
import chineseDays from 'chinese-days';
import { formatLocalDate, weekdayOf, type LocalDate } from './local-date.js';

/** Where a working-day verdict came from: the State Council calendar, or plain Monday–Friday. */
export type CalendarSource = 'official' | 'weekdays_fallback';

/** The years for which the package carries the State Council's holiday arrangement. */
export interface CalendarCoverage {
  readonly firstYear: number;
  readonly lastYear: number;
}

/** Whether one day is a working day, and which calendar said so. */
export interface WorkingDayVerdict {
  readonly working: boolean;
  readonly calendar: CalendarSource;
}

// Wide enough for any date the product will see; probing is one cheap lookup per year.
const PROBE_FIRST_YEAR = 1990;
const PROBE_LAST_YEAR = 2100;

let coverage: CalendarCoverage | null | undefined;

// The package's Date handling reads local getters, so hand it local midnight of the wanted date:
// that names the same day whatever the server's TZ, unlike a 'YYYY-MM-DD' string, which it parses as UTC.
function asPackageDate(date: LocalDate): Date {
  return new Date(date.year, date.month - 1, date.day);
}

function yearHasData(year: number): boolean {
  // 元旦 (1 January) is the one statutory holiday on a fixed solar date, so a year whose arrangement
  // the package carries always lists it; `false` excludes ordinary weekends from the answer.
  const jan1 = asPackageDate({ year, month: 1, day: 1 });
  return chineseDays.getHolidaysInRange(jan1, jan1, false).length === 1;
}

/**
 * The first and last year the official calendar covers, or null if the package has no data at all.
 * Detected, not hard-coded, so upgrading `chinese-days` extends coverage without a code change.
 */
export function officialCalendarCoverage(): CalendarCoverage | null {
  if (coverage !== undefined) return coverage;
  let firstYear: number | undefined;
  let lastYear: number | undefined;
  for (let year = PROBE_FIRST_YEAR; year <= PROBE_LAST_YEAR; year++) {
    if (!yearHasData(year)) continue;
    firstYear ??= year;
    lastYear = year;
  }
  coverage = firstYear !== undefined && lastYear !== undefined ? { firstYear, lastYear } : null;
  return coverage;
}

/** Whether `date` falls inside the years the official calendar covers. */
export function isCoveredByOfficialCalendar(date: LocalDate): boolean {
  const range = officialCalendarCoverage();
  return range !== null && date.year >= range.firstYear && date.year <= range.lastYear;
}

/**
 * Whether `date` is a working day: the official calendar inside its years (holidays off, 调休
 * weekend days on), plain Monday–Friday outside them, saying which was used.
 */
export function isWorkingDay(date: LocalDate): WorkingDayVerdict {
  if (isCoveredByOfficialCalendar(date)) {
    return { working: chineseDays.isWorkday(asPackageDate(date)), calendar: 'official' };
  }
  const weekday = weekdayOf(date);
  return { working: weekday >= 1 && weekday <= 5, calendar: 'weekdays_fallback' };
}

/** An operator-facing explanation (English, for logs) of why `date` was judged by weekdays only. */
export function fallbackWarning(date: LocalDate): string {
  const iso = formatLocalDate(date);
  const range = officialCalendarCoverage();
  const covered = range ? `covers ${range.firstYear}–${range.lastYear}` : 'has no data';
  const when = range && date.year < range.firstYear ? 'before' : 'beyond';
  return (
    `Working days counted as Monday–Friday: ${iso} is ${when} the official holiday calendar ` +
    `(chinese-days ${covered}), so statutory holidays and 调休 workdays are ignored. ` +
    'Upgrade the chinese-days package once the State Council publishes that year’s holidays, then recheck this deadline.'
  );
}
