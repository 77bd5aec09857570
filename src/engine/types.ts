import type { UrgencyLevel } from '../nlu/types.js';
import type { VolunteerSignupState } from './volunteer-signup-flow.js';

/** One message from a resident, normalised by a channel adapter. */
export interface Inbound {
  channel: string;
  userId: string;
  /** Channel-unique id; the same id sent again is answered from the record, not run twice. */
  messageId: string;
  text: string;
  at: Date;
}

/** What the engine asks a channel to do after a turn. */
export type OutboundAction =
  | { type: 'reply'; text: string; quickReplies?: string[] }
  /** Joins the green-channel queue; `caseNo` links the urgent case the turn created or flagged. */
  | { type: 'handoff'; priority: HandoffPriority; reasons: string[]; caseNo?: string }
  | { type: 'record'; kind: RecordKind; detail: Record<string, unknown> }
  /** Masks ID numbers and phones in this conversation's stored transcript (consent refused, form cancelled). */
  | { type: 'redact_transcript' };

/** How soon a person must look at a handed-over conversation. */
export type HandoffPriority = 'critical' | 'high' | 'normal';

/** Facts a turn records for staff and for tuning, saved with the turn. */
export type RecordKind =
  | 'complaint'
  | 'human_requested'
  | 'urgency'
  | 'answer_feedback'
  | 'consent'
  | 'case_registered'
  | 'report_filed'
  | 'volunteer_registered';

/** One line of the recent history kept in the conversation state. */
export interface HistoryEntry {
  author: 'resident' | 'bot' | 'operator';
  text: string;
  at: string;
}

/** Where an application form stands. */
export type FormStage = 'choose_type' | 'consent' | 'filling' | 'confirming' | 'choose_edit' | 'resume';

/** An application in progress, saved with the conversation until it is registered or cancelled. */
export interface FormState {
  /** Canonical assistance type, or `unknown` when the resident is not sure. */
  assistanceType: string;
  stage: FormStage;
  /** The stage to return to when a resident who came back chooses to continue. */
  resumeStage: FormStage | null;
  fields: Record<string, string | number>;
  /** Fields the resident chose to skip after repeated failures; staff complete them. */
  skipped: string[];
  /** The field or group (`group:<name>`) last asked. */
  asking: string | null;
  failures: Record<string, number>;
  consent: boolean;
  /** True while re-asking one field from the confirmation, to return there after. */
  editing: boolean;
  startedAt: string;
  updatedAt: string;
}

/** A status check in progress. */
export interface StatusCheckState {
  stage: 'ask_case' | 'ask_phone';
  caseNo: string | null;
  failures: number;
}

/** Where and how to reach a person in danger, gathered after the safety reply for the operator's summary. */
export interface SafetyContact {
  /** What the bot is waiting for; `done` once both are known or the resident moved on. */
  stage: 'location' | 'phone' | 'done';
  location: string | null;
  phone: string | null;
  /** Re-asks so far, so the bot never nags. */
  asks: number;
}

/** A report about someone else (主动发现) in progress. */
export interface ReportState {
  stage: 'subject' | 'location' | 'situation' | 'urgency' | 'contact';
  subject: string | null;
  location: string | null;
  situation: string | null;
  urgency: HandoffPriority | null;
  /** Urgency the detector heard in the report's messages, kept so the answer to 「多急」 cannot lower it. */
  detected: HandoffPriority | null;
}

/** Everything the dialogue remembers between turns; saved with each turn. */
export interface ConversationState {
  /** What the conversation is about now, e.g. an intent name. */
  topic: string | null;
  /** The application form in progress, if any. */
  form: FormState | null;
  /** The receipt number of the last case registered in this conversation. */
  caseNo: string | null;
  /** A status check waiting for the receipt number or the phone digits. */
  statusCheck: StatusCheckState | null;
  urgency: UrgencyLevel;
  /** What made the conversation urgent, in words an operator reads. */
  urgencyReasons: string[];
  /** The last policy answer given, so the resident's 「有用」/「没解决」 can be tied to it. */
  lastAnswer: { query: string; documentIds: string[]; answerable: boolean } | null;
  /** The last few messages both ways, newest last. */
  history: HistoryEntry[];
  turnCount: number;
  /** After a critical message: the place and callback number the bot asks for. */
  safety: SafetyContact | null;
  /** The urgent case created or flagged for this conversation, linked to its handoff. */
  urgentCaseNo: string | null;
  /** A report about someone else in progress. */
  report: ReportState | null;
  /** A volunteer or grid worker registering, question by question. */
  volunteerSignup: VolunteerSignupState | null;
  /** True while the conversation is in the green-channel queue, so ordinary turns skip the queue's bookkeeping. */
  handoffOpen: boolean;
}

/** A conversation as the store holds it. */
export interface ConversationRecord {
  id: string;
  channel: string;
  userId: string;
  state: ConversationState;
  version: number;
}

/** One line of the transcript a page or operator reads. */
export interface TranscriptEntry {
  id: string;
  author: 'resident' | 'bot' | 'operator' | 'system';
  text: string;
  quickReplies?: string[];
  at: string;
}

/** A processed turn as stored: its actions, the state it left and when it ran. */
export interface StoredTurn {
  actions: OutboundAction[];
  state: ConversationState;
  at: Date;
}

/** The outcome of one turn, as returned to channels. */
export interface TurnResult {
  conversationId: string;
  messageId: string;
  actions: OutboundAction[];
  state: ConversationState;
  /** When the turn ran (for a replayed turn: when it first ran). */
  at: Date;
  /** True when this messageId had been processed before and the stored answer was returned. */
  replayed: boolean;
}

/** A turn ready to be written atomically with the state it produced. */
export interface TurnCommit {
  conversationId: string;
  /** The state version read at the start of the turn; a mismatch means another turn won. */
  expectedVersion: number;
  messageId: string;
  inbound: { text: string; at: Date };
  actions: OutboundAction[];
  stateAfter: ConversationState;
  at: Date;
}

/** How a commit ended: written, lost a race to another turn, or the messageId was already processed. */
export type CommitOutcome = 'committed' | 'version_conflict' | 'duplicate_message';

/** Storage the engine needs for conversations; PGlite, PostgreSQL and memory implement it. */
export interface ConversationStore {
  /** Finds the conversation of this channel user, creating it with `initial` state if new. */
  getOrCreate(
    channel: string,
    userId: string,
    initial: ConversationState,
    at: Date,
  ): Promise<ConversationRecord>;
  /** Finds a conversation by id. */
  get(conversationId: string): Promise<ConversationRecord | undefined>;
  /** The stored result of a turn already processed for this messageId. */
  findTurn(conversationId: string, messageId: string): Promise<StoredTurn | undefined>;
  /** Writes the inbound message, the replies, the turn and the new state in one transaction. */
  commitTurn(commit: TurnCommit): Promise<CommitOutcome>;
  /** Adds a message outside a turn (department update, operator reply) and returns it as stored. */
  appendMessage(
    conversationId: string,
    author: TranscriptEntry['author'],
    text: string,
    quickReplies: string[] | undefined,
    at: Date,
  ): Promise<TranscriptEntry>;
  /** The transcript, oldest first, at most `limit` latest entries. */
  transcript(conversationId: string, limit: number): Promise<TranscriptEntry[]>;
}

/** Source of the current time; tests pass a fake one. */
export interface Clock {
  now(): Date;
}
