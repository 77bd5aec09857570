/**
 * The public figures (公示): counts by assistance type and month and the on-time transfer share, with no
 * personal data at all, and every count below the threshold suppressed so nobody can be recognised.
 */
import { addDays, formatLocalDate, localDateOf } from '../cases/local-date.js';
import type { Figures } from './figures.js';

/** A published count: the number, or null with the threshold when it is too small to publish. */
export interface PublicCount {
  count: number | null;
  suppressed: boolean;
}

/** One month of the public figures. */
export interface PublicMonth {
  month: string;
  total: PublicCount;
  byType: { label: string; count: PublicCount }[];
  /** Share of settled transfers made within 2 working days; null when too few to publish. */
  onTimeShare: number | null;
}

/** What the public page shows. */
export interface PublicFigures {
  locality: string;
  asOf: string;
  minCount: number;
  months: PublicMonth[];
}

/** The first and last local day of each of the `n` months up to the month of `now`, oldest first. */
export function lastMonths(
  now: Date,
  timezone: string,
  n: number,
): { from: string; to: string; month: string }[] {
  const today = localDateOf(now, timezone);
  const months: { from: string; to: string; month: string }[] = [];
  for (let back = n - 1; back >= 0; back--) {
    const index = today.year * 12 + (today.month - 1) - back;
    const first = { year: Math.floor(index / 12), month: (index % 12) + 1, day: 1 };
    const nextIndex = index + 1;
    const last = addDays({ year: Math.floor(nextIndex / 12), month: (nextIndex % 12) + 1, day: 1 }, -1);
    months.push({
      from: formatLocalDate(first),
      to: formatLocalDate(last),
      month: formatLocalDate(first).slice(0, 7),
    });
  }
  return months;
}

function suppress(count: number, min: number): PublicCount {
  return count < min ? { count: null, suppressed: true } : { count, suppressed: false };
}

/** One month's public figures from the same Figures the dashboard reads. */
export function publicMonth(month: string, figures: Figures, min: number): PublicMonth {
  const settled = figures.transfer.onTime + figures.transfer.late;
  return {
    month,
    total: suppress(figures.totals.cases, min),
    byType: figures.byType.map((row) => ({ label: row.label, count: suppress(row.count, min) })),
    onTimeShare: settled < min ? null : figures.transfer.share,
  };
}
