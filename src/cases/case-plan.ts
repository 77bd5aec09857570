import type { LocalityRegistry } from '../localities/locality-registry.js';
import { isAssistanceType, type UrgencyLevel } from '../nlu/types.js';
import type { NewApplication } from './case-types.js';
import { materialsForAnswers } from './materials-for-answers.js';
import { formatLocalDate, localDateOf } from './local-date.js';
import { addWorkingDays } from './working-days.js';

/** One item of the materials list told at once (一次性告知). */
export interface PlannedMaterial {
  name: string;
  note?: string | undefined;
  when?: string | undefined;
}

/**
 * A case ready to insert: routed, with its deadline and materials, everything but the receipt number,
 * which the store draws inside the transaction. Plain JSON, so a turn can carry it as an effect.
 */
export interface CasePlan {
  assistanceType: string;
  localityCode: string;
  timezone: string;
  urgency: UrgencyLevel;
  conversationId: string | null;
  channel: string;
  userId: string;
  applicantName: string | null;
  idNumber: string | null;
  phone: string | null;
  address: string | null;
  fields: Record<string, string | number>;
  departmentCode: string;
  departmentName: string;
  jointMeeting: boolean;
  /** ISO time of acceptance. */
  acceptedAt: string;
  /** ISO end of the transfer deadline. */
  transferDueAt: string;
  transferDueCalendar: 'official' | 'weekdays_fallback';
  /** Local date (YYYYMMDD) the receipt sequence counts within. */
  sequenceDay: string;
  materials: PlannedMaterial[];
  /** Said when the deadline could not use the official calendar. */
  calendarWarning?: string;
}

/** Routes an application by the locality profile and computes its transfer deadline in working days. */
export function planCase(application: NewApplication, localities: LocalityRegistry): CasePlan {
  const profile = localities.get(application.localityCode) ?? localities.default();
  const type = application.assistanceType;
  // A type nobody clearly owns (or a resident who was not sure) goes to the joint meeting, never nowhere.
  const department = isAssistanceType(type)
    ? (localities.departmentFor(profile.code, type) ?? {
        code: 'joint_meeting',
        name: profile.jointMeeting.name,
        jointMeeting: true,
      })
    : { code: 'joint_meeting', name: profile.jointMeeting.name, jointMeeting: true };
  const materials = materialsForAnswers(
    localities.materialsFor(profile.code, isAssistanceType(type) ? type : 'temporary')?.items ?? [],
    application.fields,
    application.at,
    profile.timezone,
  );
  const deadline = addWorkingDays(application.at, profile.sla.transferWorkingDays, profile.timezone);
  const text = (name: string): string | null => {
    const value = application.fields[name];
    return typeof value === 'string' ? value : null;
  };
  return {
    assistanceType: type,
    localityCode: profile.code,
    timezone: profile.timezone,
    urgency: application.urgency,
    conversationId: application.conversationId,
    channel: application.channel,
    userId: application.userId,
    applicantName: text('applicant_name'),
    idNumber: text('id_number'),
    phone: text('phone'),
    address: text('address'),
    fields: application.fields,
    departmentCode: department.code,
    departmentName: department.name,
    jointMeeting: department.jointMeeting,
    acceptedAt: application.at.toISOString(),
    transferDueAt: deadline.due.toISOString(),
    transferDueCalendar: deadline.calendar,
    sequenceDay: formatLocalDate(localDateOf(application.at, profile.timezone)).replaceAll('-', ''),
    materials: materials.map((m) => ({
      name: m.name,
      ...(m.note ? { note: m.note } : {}),
      ...(m.when ? { when: m.when } : {}),
    })),
    ...(deadline.warning ? { calendarWarning: deadline.warning } : {}),
  };
}
