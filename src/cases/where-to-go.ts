import { meetsCondition, type Answers } from '../localities/answer-condition.js';
import { WINDOW_OFFICE, type LocalityProfile, type Office } from '../localities/schema.js';

/** Where and when the resident brings the materials, and whether the committee can apply for them. */
export interface NextSteps {
  /** The office with its hours as residents read them; absent when the profile names no offices. */
  office?: Office & { hoursText: string };
  /** The profile's sentence offering that the committee applies on the resident's behalf. */
  proxyOffer?: string;
}

const PROXY_CHOICE = '村（居）委会代为申请';

/** The office hours as residents read them, e.g. 「工作日 08:30–12:00、13:30–17:30」. */
export function hoursText(hours: LocalityProfile['officeHours']): string {
  const windows = hours.windows.map((w) => `${w.start}–${w.end}`).join('、');
  return `工作日 ${windows}${hours.note ? `（${hours.note}）` : ''}`;
}

/**
 * The next steps after registration, from the locality profile and the answers: the department's own
 * office if the profile names one, else the one window; and the committee's help for applicants the
 * profile says may need it (not repeated when the committee is already the one applying).
 */
export function nextStepsFor(
  profile: LocalityProfile,
  departmentCode: string,
  answers: Answers,
  at: Date,
): NextSteps {
  const office = profile.offices?.[departmentCode] ?? profile.offices?.[WINDOW_OFFICE];
  const proxy = profile.proxyApplication;
  const offerProxy =
    proxy !== undefined &&
    answers.applicant_relation !== PROXY_CHOICE &&
    meetsCondition(proxy.offerWhen, answers, at, profile.timezone);
  return {
    ...(office ? { office: { ...office, hoursText: hoursText(office.hours ?? profile.officeHours) } } : {}),
    ...(offerProxy ? { proxyOffer: proxy.offer } : {}),
  };
}
