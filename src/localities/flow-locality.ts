import { isAssistanceType } from '../nlu/types.js';
import type { LocalityRegistry } from './locality-registry.js';
import type { LocalityProfile } from './schema.js';
import { typeLabelsOf } from './type-labels.js';
import { hoursText } from '../cases/where-to-go.js';

const WEEKDAYS = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'];

/** Facts about the locality that the dialogue tells residents. */
export interface FlowLocality {
  code: string;
  name: string;
  officeHours: string;
  hotline: string;
  hotlineName: string;
  /** Materials list as plain lines, for residents who apply in person. */
  materialsFor(assistanceType: string): string[];
  /** Display name of an assistance type. */
  typeLabel: (assistanceType: string) => string;
  /** The short name a button shows (低保, 医疗救助 …). */
  typeShortLabel: (assistanceType: string) => string;
  /** Formats a deadline for residents, e.g. 「11月26日（周四）」. */
  formatDate(at: Date): string;
}

/** The hotline residents are pointed to: the 24-hour citizen line when there is one, else the assistance line. */
export function residentHotline(profile: LocalityProfile): { number: string; label: string } {
  const pick =
    profile.hotlines.find((h) => h.kind === 'citizen' && h.hours24) ??
    profile.hotlines.find((h) => h.kind === 'social_assistance') ??
    profile.hotlines.find((h) => h.kind !== 'police' && h.kind !== 'ambulance') ??
    profile.hotlines[0]!;
  return { number: pick.number, label: pick.label };
}

/** The locality facts the dialogue tells residents, from a profile. */
export function toFlowLocality(profile: LocalityProfile, registry: LocalityRegistry): FlowLocality {
  const hotline = residentHotline(profile);
  const labels = typeLabelsOf(profile);
  const dateFormat = new Intl.DateTimeFormat('zh-CN', {
    timeZone: profile.timezone,
    month: 'long',
    day: 'numeric',
  });
  const weekdayFormat = new Intl.DateTimeFormat('en-US', { timeZone: profile.timezone, weekday: 'short' });
  return {
    code: profile.code,
    name: profile.name,
    officeHours: hoursText(profile.officeHours),
    hotline: hotline.number,
    hotlineName: hotline.label,
    materialsFor(type) {
      const checklist = registry.materialsFor(profile.code, isAssistanceType(type) ? type : 'temporary');
      return (checklist?.items ?? []).map((m) => `${m.name}${m.when ? `（${m.when}）` : ''}`);
    },
    typeLabel: labels.label,
    typeShortLabel: labels.shortLabel,
    formatDate(at) {
      const day = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'].indexOf(weekdayFormat.format(at));
      return `${dateFormat.format(at)}（${WEEKDAYS[day] ?? ''}）`;
    },
  };
}
