import { afterEach, describe, expect, it } from 'vitest';
import { addCalendarDays, addWorkingDays } from '../../src/cases/working-days.js';

// Dates below are checked against chinese-days 1.5.7 data (国办发明电〔2024〕12号 for 2025,
// the 2026 arrangement at gov.cn content_7047091):
// 2025 春节 1/28–2/4 off, 1/26 (Sun) and 2/8 (Sat) worked; 国庆+中秋 10/1–10/8 off, 9/28 (Sun) and 10/11 (Sat) worked.
// 2026 春节 2/15–2/23 off, 2/14 (Sat) and 2/28 (Sat) worked; 国庆 10/1–10/7 off, 9/20 (Sun) and 10/10 (Sat) worked.

const shanghai = (local: string): Date => new Date(`${local}+08:00`);

describe('transfer deadline: 2 working days after acceptance', () => {
  it('2 working days after acceptance on the last working day before National Day 2025 lands after the holiday', () => {
    const deadline = addWorkingDays(shanghai('2025-09-30T10:00:00'), 2);
    expect(deadline.dueDate).toBe('2025-10-10');
    expect(deadline.calendar).toBe('official');
    expect(deadline.warning).toBeUndefined();
  });

  it('the Friday before National Day 2025 counts the 调休 Sunday 28 September', () => {
    expect(addWorkingDays(shanghai('2025-09-26T16:00:00'), 2).dueDate).toBe('2025-09-29');
  });

  it('2 working days after acceptance on the last working day before National Day 2026 lands after the holiday', () => {
    expect(addWorkingDays(shanghai('2026-09-30T10:00:00'), 2).dueDate).toBe('2026-10-09');
  });

  it('a 调休 Saturday counts as a working day', () => {
    expect(addWorkingDays(shanghai('2025-10-09T10:00:00'), 2).dueDate).toBe('2025-10-11');
    expect(addWorkingDays(shanghai('2026-10-08T10:00:00'), 2).dueDate).toBe('2026-10-10');
  });

  it('Spring Festival 2026 is skipped, and the 调休 Saturday before it counts', () => {
    // Fri 13 Feb → Sat 14 Feb (worked) is day 1; 15–23 Feb off; Tue 24 Feb is day 2.
    expect(addWorkingDays(shanghai('2026-02-13T10:00:00'), 2).dueDate).toBe('2026-02-24');
  });

  it('Spring Festival 2025 is skipped', () => {
    expect(addWorkingDays(shanghai('2025-01-27T10:00:00'), 2).dueDate).toBe('2025-02-06');
    // The 调休 Sunday 26 January is a working day.
    expect(addWorkingDays(shanghai('2025-01-24T10:00:00'), 2).dueDate).toBe('2025-01-27');
  });

  it('an application accepted on a holiday starts counting after it', () => {
    expect(addWorkingDays(shanghai('2025-10-03T09:00:00'), 2).dueDate).toBe('2025-10-10');
  });

  it('is due at the end of the last day, 23:59:59.999 Beijing time', () => {
    expect(addWorkingDays(shanghai('2025-09-30T10:00:00'), 2).due.toISOString()).toBe(
      '2025-10-10T15:59:59.999Z',
    );
  });

  it('counts from the Beijing day of acceptance, not the server’s UTC day', () => {
    // 2025-10-09T17:00Z is 01:00 on Friday 10 October in 江阴.
    expect(addWorkingDays(new Date('2025-10-09T17:00:00Z'), 2).dueDate).toBe('2025-10-13');
    // 2025-10-09T15:00Z is 23:00 on Thursday 9 October in 江阴.
    expect(addWorkingDays(new Date('2025-10-09T15:00:00Z'), 2).dueDate).toBe('2025-10-11');
  });

  it('0 working days means the end of the first working day from the start day', () => {
    expect(addWorkingDays(shanghai('2025-10-03T09:00:00'), 0).dueDate).toBe('2025-10-09');
    expect(addWorkingDays(shanghai('2025-10-09T09:00:00'), 0).dueDate).toBe('2025-10-09');
  });

  it('refuses a negative or fractional day count as a programming error', () => {
    expect(() => addWorkingDays(new Date(), -1)).toThrow(RangeError);
    expect(() => addWorkingDays(new Date(), 1.5)).toThrow(RangeError);
  });
});

describe('dates past the official calendar', () => {
  it('a date in 2030 falls back to weekdays with a warning', () => {
    const deadline = addWorkingDays(shanghai('2030-09-30T10:00:00'), 2);
    expect(deadline.calendar).toBe('weekdays_fallback');
    // Monday–Friday only: Tue 1 and Wed 2 October 2030, although National Day will surely be off.
    expect(deadline.dueDate).toBe('2030-10-02');
    expect(deadline.warning).toMatch(/2030-10-01/);
    expect(deadline.warning).toMatch(/chinese-days covers 2004–\d{4}/);
    expect(deadline.warning).toMatch(/Upgrade the chinese-days package/);
  });

  it('a deadline that starts inside the data but runs past its last year is flagged too', () => {
    const deadline = addWorkingDays(shanghai('2026-12-31T10:00:00'), 2);
    expect(deadline.calendar).toBe('weekdays_fallback');
    expect(deadline.dueDate).toBe('2027-01-04');
    expect(deadline.warning).toMatch(/2027-01-01/);
  });
});

describe('feedback deadline: 2 days after completion', () => {
  it('counts calendar days, holidays included, to the end of the day', () => {
    expect(addCalendarDays(shanghai('2025-09-30T10:00:00'), 2).toISOString()).toBe(
      '2025-10-02T15:59:59.999Z',
    );
  });

  it('counts from the Beijing day of completion', () => {
    expect(addCalendarDays(shanghai('2025-10-01T23:30:00'), 2).toISOString()).toBe(
      '2025-10-03T15:59:59.999Z',
    );
  });
});

describe('independence from the server’s time zone', () => {
  const original = process.env.TZ;
  afterEach(() => {
    if (original === undefined) delete process.env.TZ;
    else process.env.TZ = original;
  });

  for (const tz of ['America/Los_Angeles', 'Pacific/Kiritimati', 'UTC']) {
    it(`gives the same deadlines on a server set to ${tz}`, () => {
      process.env.TZ = tz;
      expect(addWorkingDays(shanghai('2025-09-30T10:00:00'), 2).due.toISOString()).toBe(
        '2025-10-10T15:59:59.999Z',
      );
      expect(addWorkingDays(shanghai('2026-02-13T10:00:00'), 2).dueDate).toBe('2026-02-24');
      expect(addWorkingDays(shanghai('2025-10-09T10:00:00'), 2).dueDate).toBe('2025-10-11');
    });
  }
});
