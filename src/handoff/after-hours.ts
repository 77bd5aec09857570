import { isWithinOfficeHours } from '../cases/office-hours.js';
import { fillTemplate, type SystemReplies } from '../engine/system-replies.js';
import type { FlowLocality } from '../localities/flow-locality.js';
import type { LocalityProfile } from '../localities/schema.js';

const STEP_MS = 15 * 60 * 1000;
// Long holidays (Spring Festival, National Day) close the window for up to 9 days.
const SEARCH_DAYS = 14;

/** The next moment the locality's window is staffed, or undefined when none is found within two weeks. */
export function nextOfficeOpening(at: Date, profile: LocalityProfile): Date | undefined {
  let t = Math.ceil(at.getTime() / STEP_MS) * STEP_MS;
  const end = at.getTime() + SEARCH_DAYS * 24 * 60 * 60 * 1000;
  for (; t <= end; t += STEP_MS) if (isWithinOfficeHours(new Date(t), profile).open) return new Date(t);
  return undefined;
}

/** Builds the after-hours notice: when a person will read the message, and the numbers that answer 24 hours a day. */
export function createAfterHoursNotice(
  profile: LocalityProfile,
  locality: FlowLocality,
  replies: SystemReplies,
): (at: Date) => string | undefined {
  const time = new Intl.DateTimeFormat('zh-CN', {
    timeZone: profile.timezone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  const numbers = profile.hotlines
    .filter((h) => h.hours24 && h.kind !== 'police' && h.kind !== 'ambulance')
    .map((h) => `${h.label} ${h.number}`)
    .join('、');
  return (at) => {
    if (isWithinOfficeHours(at, profile).open) return undefined;
    const opening = nextOfficeOpening(at, profile);
    return fillTemplate(replies.human_after_hours.text, {
      officeHours: locality.officeHours,
      nextOpen: opening ? `${locality.formatDate(opening)} ${time.format(opening)}` : '下一个工作日',
      numbers: numbers || locality.hotline,
    });
  };
}
