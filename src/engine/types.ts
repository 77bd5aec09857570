import type { UrgencyLevel } from '../nlu/types.js';

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
  | { type: 'handoff'; priority: 'critical' | 'high' | 'normal'; reasons: string[] };

/** One line of the recent history kept in the conversation state. */
export interface HistoryEntry {
  author: 'resident' | 'bot' | 'operator';
  text: string;
  at: string;
}

/** Everything the dialogue remembers between turns; saved with each turn. */
export interface ConversationState {
  /** What the conversation is about now, e.g. an intent name. */
  topic: string | null;
  /** The application form in progress, if any. */
  form: { type: string; fields: Record<string, unknown> } | null;
  urgency: UrgencyLevel;
  /** The last few messages both ways, newest last. */
  history: HistoryEntry[];
  turnCount: number;
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
  /** The transcript, oldest first, at most `limit` latest entries. */
  transcript(conversationId: string, limit: number): Promise<TranscriptEntry[]>;
}

/** Source of the current time; tests pass a fake one. */
export interface Clock {
  now(): Date;
}
