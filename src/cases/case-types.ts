import type { UrgencyLevel } from '../nlu/types.js';

/** Where a case stands; a department moves it on through case events. */
export const CASE_STATUSES = [
  'registered',
  'transferred',
  'accepted',
  'approved',
  'refused',
  'completed',
  'referred',
  'cancelled',
] as const;

/** One of CASE_STATUSES. */
export type CaseStatus = (typeof CASE_STATUSES)[number];

/** Statuses after which a person may apply again for the same type. */
export const CLOSED_STATUSES: readonly CaseStatus[] = ['refused', 'completed', 'cancelled'];

/** The plain Chinese a resident reads for each status. */
export const CASE_STATUS_LABELS: Readonly<Record<CaseStatus, string>> = {
  registered: '已登记，等待转交经办部门',
  transferred: '已转交经办部门',
  accepted: '经办部门已受理，正在审核',
  approved: '审核通过，正在办理',
  refused: '未予批准',
  completed: '已办结',
  referred: '已转介给社会力量（慈善、红十字会等）帮助',
  cancelled: '已撤销',
};

/** An application ready to register, as the form gathered it. */
export interface NewApplication {
  assistanceType: string;
  localityCode: string;
  conversationId: string | null;
  channel: string;
  userId: string;
  urgency: UrgencyLevel;
  fields: Record<string, string | number>;
  at: Date;
}

/** A case as the ledger holds it (personal data unmasked: only staff routes and the owner see it). */
export interface CaseRecord {
  caseNo: string;
  assistanceType: string;
  localityCode: string;
  status: CaseStatus;
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
  acceptedAt: Date;
  transferDueAt: Date;
  transferDueCalendar: 'official' | 'weekdays_fallback';
  completedAt: Date | null;
  feedbackDueAt: Date | null;
  updatedAt: Date;
  /** An open case of the same person and type registered by someone else, for staff to merge; else null. */
  duplicateOf: string | null;
  /** Until when the online status check is paused after repeated failed checks (src/cases/status-guard.ts). */
  statusLockedUntil?: Date | null;
}

/** One entry of a case's timeline. */
export interface CaseEvent {
  id: string;
  kind: string;
  statusAfter: CaseStatus | null;
  note: string | null;
  actor: string;
  at: Date;
}

/** The case ledger outside conversation turns (operators and volunteers registering cases). */
export interface CaseLedger {
  /** Routes, plans and registers an application; an own open case of the person and type is returned instead. */
  register(application: NewApplication): Promise<{ case: CaseRecord; created: boolean }>;
  /** A case by receipt number. */
  get(caseNo: string): Promise<CaseRecord | undefined>;
}
