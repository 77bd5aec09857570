/** The closed set of intents the bot understands (issue "Offline Chinese understanding"). */
export const INTENT_NAMES = [
  'greet',
  'goodbye',
  'thanks',
  'ask_policy',
  'apply',
  'check_status',
  'report_urgent',
  'request_human',
  'complaint',
  'affirm',
  'deny',
  'cancel',
  'out_of_scope',
] as const;

/** One of the intents in INTENT_NAMES. */
export type IntentName = (typeof INTENT_NAMES)[number];

/** Canonical assistance-type codes (../shared/DOMAIN.md). */
export const ASSISTANCE_TYPES = [
  'minimum_living',
  'extreme_poverty',
  'temporary',
  'medical',
  'education',
  'housing',
  'employment',
  'disaster',
  'disability',
  'worker_hardship',
  'women_children',
  'youth',
  'vagrant',
  'legal_aid',
  'family_planning',
  'red_cross',
  'charity',
] as const;

/** One of the canonical assistance-type codes. */
export type AssistanceType = (typeof ASSISTANCE_TYPES)[number];

/** True when `value` is a canonical assistance-type code (cases may also hold `unknown`). */
export function isAssistanceType(value: string): value is AssistanceType {
  return (ASSISTANCE_TYPES as readonly string[]).includes(value);
}

/** Entity types the extractors produce. */
export type EntityType =
  | 'person_name'
  | 'id_number'
  | 'invalid_id_number'
  | 'phone'
  | 'household_size'
  | 'monthly_income'
  | 'assistance_type'
  | 'address'
  | 'age';

/** One extracted entity; `text` is the span as the resident wrote it. */
export interface Entity {
  type: EntityType;
  value: string | number | boolean;
  text?: string;
}

/** How urgent a message is: `critical` = life or safety at risk now, `high` = sudden hardship. */
export type UrgencyLevel = 'critical' | 'high' | 'none';

/** The urgency verdict with reasons an operator can read (in Chinese). */
export interface Urgency {
  level: UrgencyLevel;
  reasons: string[];
}

/** The result of understanding one message. */
export interface ParseResult {
  intent: { name: IntentName; confidence: number };
  /**
   * The classifier's own guess, before the urgency read without context could turn small talk into a report
   * of danger (combine.ts); absent when the two are the same.
   */
  classified?: { name: IntentName; confidence: number };
  entities: Entity[];
  urgency: Urgency;
}

/** Offline natural-language understanding: synchronous, no network, a few milliseconds at most. */
export interface Nlu {
  parse(text: string): ParseResult;
}
