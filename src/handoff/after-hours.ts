import { isWithinOfficeHours } from '../cases/office-hours.js';
import { fillTemplate, type SystemReplies } from '../engine/system-replies.js';
import type { FlowLocality } from '../localities/flow-locality.js';
import type { LocalityProfile } from '../localities/schema.js';

const STEP_MS = 15 * 60 * 1000;
// Long holidays (Spring Festival, National Day) close the window for up to 9 days.
const SEARCH_DAYS = 14;

// The search walks up to two weeks in 15-minute steps (over a thousand calendar look-ups), and after hours
// every urgent reply asks it; the answer depends only on the step the search starts from, so it is kept.
const OPENINGS_KEPT = 256;
const openingsByProfile = new WeakMap<LocalityProfile, Map<number, number | undefined>>();

/** The next moment the locality's window is staffed, or undefined when none is found within two weeks. */
export function nextOfficeOpening(at: Date, profile: LocalityProfile): Date | undefined {
  const start = Math.ceil(at.getTime() / STEP_MS) * STEP_MS;
  let openings = openingsByProfile.get(profile);
  if (!openings) openingsByProfile.set(profile, (openings = new Map<number, number | undefined>()));
  if (!openings.has(start)) {
    if (openings.size >= OPENINGS_KEPT) openings.clear();
    openings.set(start, searchOpening(start, profile));
  }
  const found = openings.get(start);
  return found === undefined ? undefined : new Date(found);
}

function searchOpening(start: number, profile: LocalityProfile): number | undefined {
  const end = start + SEARCH_DAYS * 24 * 60 * 60 * 1000;
  for (let t = start; t <= end; t += STEP_MS) if (isWithinOfficeHours(new Date(t), profile).open) return t;
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
