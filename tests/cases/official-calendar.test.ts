import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { isWorkingDay, officialCalendarCoverage } from '../../src/cases/official-calendar.js';

const require = createRequire(import.meta.url);

function yearsInPackageData(): number[] {
  const file = require.resolve('chinese-days/dist/chinese-days.json');
  const data = JSON.parse(readFileSync(file, 'utf8')) as { holidays: Record<string, string> };
  return [...new Set(Object.keys(data.holidays).map((d) => Number(d.slice(0, 4))))].sort((a, b) => a - b);
}

describe('the official calendar', () => {
  it('detects the years chinese-days covers, matching the package’s own data file', () => {
    const years = yearsInPackageData();
    expect(officialCalendarCoverage()).toEqual({ firstYear: years[0], lastYear: years.at(-1) });
    // At least 2025 and 2026 must be covered for the product's promises to hold.
    expect(officialCalendarCoverage()?.lastYear).toBeGreaterThanOrEqual(2026);
  });

  it('knows 中秋 2025 (Monday 6 October) is a holiday and the 调休 Sunday 28 September a working day', () => {
    expect(isWorkingDay({ year: 2025, month: 10, day: 6 })).toEqual({ working: false, calendar: 'official' });
    expect(isWorkingDay({ year: 2025, month: 9, day: 28 })).toEqual({ working: true, calendar: 'official' });
  });

  it('knows 2026’s 调休 Saturdays', () => {
    for (const day of [
      { year: 2026, month: 2, day: 14 },
      { year: 2026, month: 2, day: 28 },
      { year: 2026, month: 10, day: 10 },
    ]) {
      expect(isWorkingDay(day)).toEqual({ working: true, calendar: 'official' });
    }
  });

  it('says so when it has to judge by weekdays', () => {
    expect(isWorkingDay({ year: 2030, month: 10, day: 1 })).toEqual({
      working: true,
      calendar: 'weekdays_fallback',
    });
    expect(isWorkingDay({ year: 2030, month: 10, day: 5 })).toEqual({
      working: false,
      calendar: 'weekdays_fallback',
    });
  });
});
