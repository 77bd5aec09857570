/** Whether a locality's window is staffed at a given moment, by its office hours and the official calendar. */
import type { LocalityProfile } from '../localities/schema.js';
import { localDateOf, localMinutesOf } from './local-date.js';
import { fallbackWarning, isWorkingDay, type CalendarSource } from './official-calendar.js';

/** Whether the window is open, which calendar decided the day, and why if not the official one. */
export interface OfficeHoursVerdict {
  readonly open: boolean;
  readonly calendar: CalendarSource;
  /** Present exactly when `calendar` is `weekdays_fallback`. */
  readonly warning?: string;
}

function minutesOf(hhmm: string): number {
  const [hh = '0', mm = '0'] = hhmm.split(':');
  return Number(hh) * 60 + Number(mm);
}

/**
 * Whether instant `at` falls inside one of the profile's office windows on a working day
 * (windows are [start, end): open at 08:30, closed at 12:00). 调休 weekend workdays are open days.
 */
export function isWithinOfficeHours(
  at: Date,
  profile: Pick<LocalityProfile, 'timezone' | 'officeHours'>,
): OfficeHoursVerdict {
  const day = localDateOf(at, profile.timezone);
  const verdict = isWorkingDay(day);
  const minutes = localMinutesOf(at, profile.timezone);
  const open =
    verdict.working &&
    profile.officeHours.windows.some((w) => minutes >= minutesOf(w.start) && minutes < minutesOf(w.end));
  if (verdict.calendar === 'official') return { open, calendar: 'official' };
  return { open, calendar: 'weekdays_fallback', warning: fallbackWarning(day) };
}
