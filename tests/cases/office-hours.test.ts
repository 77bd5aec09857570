import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isWithinOfficeHours } from '../../src/cases/office-hours.js';
import { parseLocalityProfile } from '../../src/localities/load-localities.js';
import type { LocalityProfile } from '../../src/localities/schema.js';

function jiangyin(): LocalityProfile {
  const text = readFileSync(
    fileURLToPath(new URL('../../localities/jiangyin.yaml', import.meta.url)),
    'utf8',
  );
  const result = parseLocalityProfile(text);
  if (!result.ok) throw new Error(result.problems.join('\n'));
  return result.profile;
}

const profile = jiangyin();
const at = (local: string): Date => new Date(`${local}+08:00`);

describe('office hours of the 江阴 window', () => {
  it('is open on a working morning and afternoon', () => {
    expect(isWithinOfficeHours(at('2025-10-10T08:30:00'), profile)).toEqual({
      open: true,
      calendar: 'official',
    });
    expect(isWithinOfficeHours(at('2025-10-10T17:29:00'), profile).open).toBe(true);
  });

  it('is closed over lunch, before opening and from closing time', () => {
    expect(isWithinOfficeHours(at('2025-10-10T12:30:00'), profile).open).toBe(false);
    expect(isWithinOfficeHours(at('2025-10-10T08:29:00'), profile).open).toBe(false);
    expect(isWithinOfficeHours(at('2025-10-10T17:30:00'), profile).open).toBe(false);
  });

  it('is closed on National Day, a weekday holiday', () => {
    expect(isWithinOfficeHours(at('2025-10-01T10:00:00'), profile)).toEqual({
      open: false,
      calendar: 'official',
    });
  });

  it('is open on a 调休 Saturday and closed on an ordinary one', () => {
    expect(isWithinOfficeHours(at('2025-10-11T10:00:00'), profile).open).toBe(true);
    expect(isWithinOfficeHours(at('2025-10-18T10:00:00'), profile).open).toBe(false);
  });

  it('reads the clock in Beijing time, not the server’s zone', () => {
    // 02:00Z is 10:00 in 江阴 on Friday 10 October 2025.
    expect(isWithinOfficeHours(new Date('2025-10-10T02:00:00Z'), profile).open).toBe(true);
  });

  it('past the calendar’s data it judges by weekdays and says so', () => {
    const verdict = isWithinOfficeHours(at('2030-10-01T10:00:00'), profile);
    expect(verdict.open).toBe(true);
    expect(verdict.calendar).toBe('weekdays_fallback');
    expect(verdict.warning).toMatch(/2030-10-01/);
  });
});
