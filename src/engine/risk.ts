import type { ParseResult } from '../nlu/types.js';
import type { ConversationState, UrgencyLevel } from './conversation-state.js';
import type { CannedReply } from './system-replies.js';

/** How urgent one message is, as the dialogue acts on it. `distress` gets a kind word and no queue. */
export interface TurnRisk {
  level: 'critical' | 'high' | 'distress' | 'none';
  /** What an operator reads: why it is urgent. */
  reasons: string[];
  /** The taxonomy category (suicide_method, violence_now …), when known. */
  category: string | null;
  /** The reply written for the category (110 for violence, 119 for fire …), replacing the generic one. */
  reply?: CannedReply;
  /** Heard by the learned net alone, no rule agreeing: a person looks, but the resident's request still goes on. */
  tentative?: boolean;
  /** Low mood was heard beside the main category (「心里特别难受 工作丢了…」): kept if the main one is set aside. */
  withDistress?: boolean;
}

/** A message with no risk: nothing to queue, nothing to say. */
export const NO_RISK: TurnRisk = { level: 'none', reasons: [], category: null };

/** Low mood alone: a kind word and the psychological line, nothing queued. */
export const DISTRESS_ONLY: TurnRisk = { level: 'distress', reasons: [], category: 'distress' };

/** What the risk reader knows around a message. */
export interface RiskReadingContext {
  /** What the bot just asked (`field:phone` …): a form answer is read as one. */
  expecting: readonly string[];
  /** The risk read in the resident's previous message, if any. */
  previous: ConversationState['lastRisk'];
}

/** Reads the risk of a message in its context. */
export type RiskAssessor = (text: string, context: RiskReadingContext) => TurnRisk;

const RANK: Readonly<Record<UrgencyLevel, number>> = { none: 0, high: 1, critical: 2 };

/** The more urgent of two levels. */
export function maxUrgency(a: UrgencyLevel, b: UrgencyLevel): UrgencyLevel {
  return RANK[a] >= RANK[b] ? a : b;
}

// A resident the classifier is fairly sure reports an emergency is put on the fast track even if
// no danger word matched: a missed emergency costs far more than an operator's glance.
const REPORT_URGENT_CONFIDENCE = 0.6;

/** The risk of a message from the offline parse alone (the lexicon, raised when the resident clearly reports an emergency). */
export function riskFromParse(parse: ParseResult): TurnRisk {
  const { urgency, intent } = parse;
  if (
    urgency.level === 'none' &&
    intent.name === 'report_urgent' &&
    intent.confidence >= REPORT_URGENT_CONFIDENCE
  )
    return { level: 'high', reasons: ['居民报告紧急情况'], category: null };
  return { level: urgency.level, reasons: [...urgency.reasons], category: null };
}
