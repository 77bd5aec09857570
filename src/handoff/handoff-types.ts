import type { HandoffPriority } from '../engine/actions.js';
import type { StaffUser } from '../auth/staff-user.js';
import type { CaseStatus } from '../cases/case-types.js';
import type { ConversationState } from '../engine/conversation-state.js';
import type { TranscriptEntry } from '../engine/types.js';

/** Where a handoff stands: waiting for an operator, held by one, or finished. */
export const HANDOFF_STATUSES = ['queued', 'claimed', 'resolved'] as const;

/** One of HANDOFF_STATUSES. */
export type HandoffStatus = (typeof HANDOFF_STATUSES)[number];

/** The outcomes an operator may choose when resolving (handing back has its own route). */
export const RESOLVE_OUTCOMES = [
  'called_back',
  'dispatched_110',
  'dispatched_120',
  'transferred',
  'referred',
  'false_alarm',
] as const;

/** One of RESOLVE_OUTCOMES. */
export type ResolveOutcome = (typeof RESOLVE_OUTCOMES)[number];

/** How an operator closed a handoff; `handed_back` means the bot took the conversation back. */
export const HANDOFF_OUTCOMES = [...RESOLVE_OUTCOMES, 'handed_back'] as const;

/** One of HANDOFF_OUTCOMES. */
export type HandoffOutcome = (typeof HANDOFF_OUTCOMES)[number];

/** Chinese names of the outcomes, for case timelines. */
export const OUTCOME_LABELS: Readonly<Record<HandoffOutcome, string>> = {
  called_back: '已回电',
  dispatched_110: '已联动110',
  dispatched_120: '已联动120',
  transferred: '已转交部门办理',
  referred: '已转介社会力量',
  false_alarm: '误报',
  handed_back: '交回机器人继续服务',
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
  reasons: string[];
  form: { type: string; fields: Record<string, string | number> } | null;
  urgency: ConversationState['urgency'];
}

/** One claimed handoff in full. */
export interface HandoffDetail {
  handoff: HandoffView;
  transcript: ConsoleMessage[];
  summary: HandoffSummary;
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
  | { type: 'alert'; handoffId: string; kind: 'critical_unclaimed' }
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
export type ConsoleClientFrame = { type: 'auth'; token: string } | { type: 'ping' };

/** The console's view of a stored handoff. */
export function toHandoffView(record: HandoffRecord): HandoffView {
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
  };
}
