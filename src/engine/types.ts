import type { OutboundAction } from './actions.js';
import type { Button } from './buttons.js';
import type { ConversationState } from './conversation-state.js';
import type { Address, Inbound } from './inbound.js';
import type { LookupRequest, LookupResults } from './lookups.js';
import type { PublicState } from './public-state.js';
import type { QueueStatus } from './turn-context.js';

/** A conversation as the store holds it, with where it stands in the green-channel queue. */
export interface ConversationRecord {
  id: string;
  channel: string;
  userId: string;
  /** The saved state as stored (read with readState, which accepts every older layout). */
  state: unknown;
  version: number;
  queue: QueueStatus;
}

/** One line of the transcript a page or operator reads. */
export interface TranscriptEntry {
  id: string;
  author: 'resident' | 'bot' | 'operator' | 'system';
  text: string;
  buttons?: Button[];
  at: string;
}

/** A processed turn as stored: its replies and the public state it left (never personal data). */
export interface StoredTurn {
  actions: OutboundAction[];
  publicState: PublicState;
  /** SHA-256 of what the resident sent, so a reused messageId with other words is refused, not replayed. */
  inboundHash: string;
  at: Date;
}

/** The outcome of one turn, as returned to channels. */
export interface TurnResult {
  conversationId: string;
  messageId: string;
  /** The replies and other actions, with effect placeholders resolved (receipt numbers). */
  actions: OutboundAction[];
  publicState: PublicState;
  /** When the turn ran (for a replayed turn: when it first ran). */
  at: Date;
  /** True when this messageId had been processed before and the stored answer was returned. */
  replayed: boolean;
  /** True when the conversation is in the green-channel queue after this turn (consoles are told). */
  handoffOpen: boolean;
}

/** A turn ready to be written atomically with everything it caused. */
export interface TurnCommit {
  conversationId: string;
  address: Address;
  /** The state version read at the start of the turn; a mismatch means another turn won. */
  expectedVersion: number;
  messageId: string;
  inbound: Inbound;
  inboundHash: string;
  actions: OutboundAction[];
  stateAfter: ConversationState;
  /** The state the channels may show, computed from stateAfter (placeholders resolved by the store). */
  publicState: PublicState;
  /** The nonce of this turn's effect placeholders. */
  nonce: string;
  at: Date;
}

/** How a commit ended: written (with placeholders resolved), lost a race, or the messageId was already processed. */
export type CommitOutcome =
  | { status: 'committed'; actions: OutboundAction[]; state: ConversationState; publicState: PublicState }
  | { status: 'version_conflict' }
  | { status: 'duplicate_message' };

/** Storage the engine needs for conversations; PGlite, PostgreSQL and memory implement it. */
export interface ConversationStore {
  /** Finds the conversation of this channel user, creating it if new; with its queue status. */
  getOrCreate(address: Address, at: Date): Promise<ConversationRecord>;
  /**
   * What a turn starts from, in one round trip for a known conversation: the conversation (created if
   * new) with its queue status, and the stored result when this messageId was already processed.
   */
  openTurn(
    address: Address,
    messageId: string,
    at: Date,
  ): Promise<{ conversation: ConversationRecord; stored: StoredTurn | undefined }>;
  /** Finds a conversation by id. */
  get(conversationId: string): Promise<ConversationRecord | undefined>;
  /** The stored result of a turn already processed for this messageId. */
  findTurn(conversationId: string, messageId: string): Promise<StoredTurn | undefined>;
  /** Answers what a decision asked to look up (a case by receipt number, a volunteer registration). */
  lookup(requests: readonly LookupRequest[], address: Address, at: Date): Promise<Partial<LookupResults>>;
  /**
   * Writes the turn in one transaction: the inbound message, the replies, the effects (cases registered
   * with their receipt numbers, urgent flags, handoffs, records, erasures) and the new state.
   */
  commitTurn(commit: TurnCommit): Promise<CommitOutcome>;
  /** Adds a message outside a turn (department update, operator reply) and returns it as stored. */
  appendMessage(
    conversationId: string,
    author: TranscriptEntry['author'],
    text: string,
    buttons: readonly Button[] | undefined,
    at: Date,
  ): Promise<TranscriptEntry>;
  /** The transcript, oldest first, at most `limit` latest entries. */
  transcript(conversationId: string, limit: number): Promise<TranscriptEntry[]>;
}

/** Source of the current time; tests pass a fake one. */
export interface Clock {
  now(): Date;
}
