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

/** What registering an application produced. */
export type RegistrationResult =
  | {
      ok: true;
      case: CaseRecord;
      materials: readonly { name: string; note?: string | undefined; when?: string | undefined }[];
      warning?: string;
    }
  | { ok: false; reason: 'duplicate'; existing: CaseRecord };

/** A conversation that turned urgent, to be made visible in the case API at once. */
export interface UrgentCaseInput {
  conversationId: string;
  channel: string;
  userId: string;
  localityCode: string;
  urgency: Exclude<UrgencyLevel, 'none'>;
  reasons: readonly string[];
  /** What the conversation gathered so far (form fields, place, callback number). */
  fields: Record<string, string | number>;
  at: Date;
}

/** The case ledger as the dialogue sees it. */
export interface CaseLedger {
  /** An open case of this type for this ID number, if any (the duplicate guard). */
  findOpen(idNumber: string, assistanceType: string): Promise<CaseRecord | undefined>;
  /** Registers the application: receipt number, department, transfer deadline, materials list. */
  register(application: NewApplication): Promise<RegistrationResult>;
  /** A case by receipt number. */
  get(caseNo: string): Promise<CaseRecord | undefined>;
  /** Flags the conversation's open case as urgent (never lowering it), or registers an urgent 临时救助 case. */
  flagUrgent(input: UrgentCaseInput): Promise<CaseRecord>;
}
