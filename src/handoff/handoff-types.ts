import type { HandoffPriority } from '../engine/actions.js';
import type { StaffUser } from '../auth/staff-user.js';
import type { CaseStatus } from '../cases/case-types.js';
import type { ConversationState } from '../engine/conversation-state.js';
import type { TranscriptEntry } from '../engine/types.js';

/** Where a handoff stands: waiting for an operator, held by one, handed back and awaiting follow-up, or closed. */
export const HANDOFF_STATUSES = ['queued', 'claimed', 'follow_up', 'resolved'] as const;

/** One of HANDOFF_STATUSES. */
export type HandoffStatus = (typeof HANDOFF_STATUSES)[number];

/** The outcomes an operator may choose when resolving (handing back has its own route). */
export const RESOLVE_OUTCOMES = [
  'called_back',
  'dispatched_110',
  'dispatched_120',
  'dispatched_119',
  'referred_12356',
  'transferred',
  'referred',
  'false_alarm',
] as const;

/** One of RESOLVE_OUTCOMES. */
export type ResolveOutcome = (typeof RESOLVE_OUTCOMES)[number];

/** How an operator closed a handoff; `handed_back` only on handoffs closed before hand back kept them open. */
export const HANDOFF_OUTCOMES = [...RESOLVE_OUTCOMES, 'handed_back'] as const;

/** One of HANDOFF_OUTCOMES. */
export type HandoffOutcome = (typeof HANDOFF_OUTCOMES)[number];

/** Chinese names of the outcomes, for case timelines. */
export const OUTCOME_LABELS: Readonly<Record<HandoffOutcome, string>> = {
  called_back: '已回电',
  dispatched_110: '已联动110',
  dispatched_120: '已联动120',
  dispatched_119: '已联动119',
  referred_12356: '已转介12356心理援助热线',
  transferred: '已转交部门办理',
  referred: '已转介社会力量',
  false_alarm: '误报',
  handed_back: '交回机器人继续服务',
};

/** The Chinese name of each status, for the console's filters and timelines. */
export const STATUS_LABELS: Readonly<Record<HandoffStatus, string>> = {
  queued: '等待接手',
  claimed: '处理中',
  follow_up: '待回访',
  resolved: '已结案',
};

/** Who filed a report about someone else, when a registered volunteer did. */
export interface Reporter {
  staffUserId: string;
  username: string;
  displayName: string;
  phone: string | null;
  trusted: boolean;
}

/** A handoff as the queue stores it. */
export interface HandoffRecord {
  id: string;
  conversationId: string;
  channel: string;
  userId: string;
  priority: HandoffPriority;
  reasons: string[];
  status: HandoffStatus;
  createdAt: Date;
  escalatedAt: Date;
  claimedById: string | null;
  claimedByName: string | null;
  claimedAt: Date | null;
  firstOperatorMessageAt: Date | null;
  lastOperatorMessageAt: Date | null;
  lastResidentMessageAt: Date | null;
  resolvedAt: Date | null;
  outcome: HandoffOutcome | null;
  note: string | null;
  caseNo: string | null;
  reporter: Reporter | null;
  overdue: boolean;
  stale: boolean;
  /** The last resident message, cut to PREVIEW_CHARS. */
  preview: string;
  /** The risk category (risk/taxonomy.yaml) of the most urgent danger heard, if any. */
  riskCategory: string | null;
  /** How many times the resident was told that nobody had picked the request up yet. */
  residentWarnings: number;
  residentWarnedAt: Date | null;
  handedBackAt: Date | null;
  /** When the follow-up of a handed-back conversation is due (the console is reminded then). */
  followUpDueAt: Date | null;
  /** The department the operator transferred the request to, if any. */
  departmentCode: string | null;
  /** Resident messages since an operator last wrote (or claimed): waiting for an answer while held. */
  unanswered: number;
}

/** How much of the last resident message the queue shows. */
export const PREVIEW_CHARS = 60;

/** A handoff as the console reads it (the API contract). */
export interface HandoffView {
  id: string;
  conversationId: string;
  channel: string;
  priority: HandoffPriority;
  reasons: string[];
  status: HandoffStatus;
  createdAt: string;
  claimedBy: string | null;
  claimedById: string | null;
  claimedAt: string | null;
  overdue: boolean;
  stale: boolean;
  lastResidentMessageAt: string | null;
  preview: string;
  caseNo: string | null;
  outcome: HandoffOutcome | null;
  riskCategory: string | null;
  residentWarnings: number;
  followUpDueAt: string | null;
  departmentCode: string | null;
  /** Resident messages not yet answered by the operator holding the conversation. */
  unanswered: number;
  /** Who is in danger, as the resident's words say (「求助者本人」「求助者的父亲」), when known. */
  who: string | null;
  /** The latest place the resident gave, cut short for the queue row. */
  place: string | null;
}

/** What the queue row adds to a stored handoff, read from the resident's own words. */
export interface QueueRowFacts {
  who: string | null;
  place: string | null;
}

/** An internal note or another operator action around a handoff; never shown to the resident. */
export interface HandoffNote {
  id: string;
  kind: 'note' | 'transfer' | 'handed_back' | 'resident_warned' | 'follow_up_due';
  author: string | null;
  text: string;
  at: string;
}

/** A transcript line as the console reads it. */
export interface ConsoleMessage {
  id: string;
  author: TranscriptEntry['author'];
  text: string;
  at: string;
}

/** What the operator sees next to the transcript. */
export interface HandoffSummary {
  name: string | null;
  location: string | null;
  phone: string | null;
  /** Who is in danger, read from the resident's messages (not whoever was named first). */
  personAtRisk: string | null;
  reasons: string[];
  form: { type: string; fields: Record<string, string | number> } | null;
  urgency: ConversationState['urgency'];
}

/** One claimed handoff in full. */
export interface HandoffDetail {
  handoff: HandoffView;
  transcript: ConsoleMessage[];
  summary: HandoffSummary;
  notes: HandoffNote[];
  earlierCases: { caseNo: string; type: string; status: CaseStatus; acceptedAt: string }[];
}

/** What the console socket pushes. */
export type ConsoleEvent =
  | { type: 'handoff'; handoff: HandoffView }
  | {
      type: 'message';
      handoffId: string;
      message: Pick<TranscriptEntry, 'id' | 'author' | 'text' | 'at'>;
    }
  | { type: 'alert'; handoffId: string; kind: 'critical_unclaimed' | 'follow_up_due' }
  /** An internal note or transfer was added: consoles showing the handoff add it. */
  | { type: 'note'; handoffId: string; note: HandoffNote }
  /** A colleague handed this operator a conversation. */
  | { type: 'transfer'; handoffId: string; toUserId: string; fromName: string; reason: string }
  /** Someone is typing: the resident on the chat page (consoles show it on the conversation). */
  | { type: 'typing'; conversationId: string }
  /** A message could not be delivered to the resident's channel: someone should call them. */
  | { type: 'undelivered'; conversationId: string; channel: string; error: string };

/** What the console socket sends: the queue once logged in, then live events, errors and pongs. */
export type ConsoleServerFrame =
  | ConsoleEvent
  | {
      type: 'ready';
      handoffs: HandoffView[];
      user: Pick<StaffUser, 'id' | 'displayName' | 'role'>;
    }
  | { type: 'error'; code: string; message: string }
  | { type: 'pong' };

/** What a console sends on its socket: the bearer token first (browsers cannot set headers), then pings. */
export type ConsoleClientFrame =
  | { type: 'auth'; token: string }
  | { type: 'ping' }
  /** The operator is typing a reply: the resident's chat page shows it. */
  | { type: 'typing'; handoffId: string };

/** The console's view of a stored handoff. */
export function toHandoffView(
  record: HandoffRecord,
  facts: QueueRowFacts = { who: null, place: null },
): HandoffView {
  return {
    id: record.id,
    conversationId: record.conversationId,
    channel: record.channel,
    priority: record.priority,
    reasons: record.reasons,
    status: record.status,
    createdAt: record.createdAt.toISOString(),
    claimedBy: record.claimedByName,
    claimedById: record.claimedById,
    claimedAt: record.claimedAt?.toISOString() ?? null,
    overdue: record.overdue,
    stale: record.stale,
    lastResidentMessageAt: record.lastResidentMessageAt?.toISOString() ?? null,
    preview: record.preview,
    caseNo: record.caseNo,
    outcome: record.outcome,
    riskCategory: record.riskCategory,
    residentWarnings: record.residentWarnings,
    followUpDueAt: record.followUpDueAt?.toISOString() ?? null,
    departmentCode: record.departmentCode,
    unanswered: record.unanswered,
    who: facts.who,
    place: facts.place,
  };
}
