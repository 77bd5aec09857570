/** The four risk levels, lowest first: what residents and operators can act on. */
export const RISK_LEVELS = ['none', 'distress', 'high', 'critical'] as const;

/**
 * `critical`: life at risk now; `high`: urgent hardship to act on within 48 hours; `distress`: a kind word
 * and the psychological assistance line (12356), never the operators' queue; `none`: nothing of the kind.
 */
export type RiskLevel = (typeof RISK_LEVELS)[number];

/** Where a verdict came from: the signal rules, the learned safety net, both, or neither. */
export type RiskSource = 'rules' | 'model' | 'both' | 'none';

/** The detector's verdict on one message. */
export interface RiskAssessment {
  level: RiskLevel;
  /** The category the reply is chosen for (the most serious one found), null when none was found. */
  category: string | null;
  /** Every category found, most serious first. */
  categories: string[];
  /** Chinese lines for the operator, one per category (and one for the model when it raised the level). */
  reasons: string[];
  /** Debug names of the signals behind the verdict (`condition:method_seeking`, `blocked:news` …). */
  signals: string[];
  source: RiskSource;
}

/** What the caller knows about the conversation around the message. */
export interface RiskContext {
  /**
   * What the bot just asked for: `field:phone`, `field:hardship`, `field:address` … A form answer is read
   * as an answer (a phone number is a phone number), and the learned safety net stays out of it.
   */
  expecting?: string;
  /** The verdict on the resident's previous message: a follow-up to a suicidal message is read with it. */
  previous?: RiskAssessment;
}

/** Assesses one message; synchronous, bounded in time on any input, never throws. */
export type RiskAssessor = (text: string, context?: RiskContext) => RiskAssessment;

/** Numeric order of the levels, for comparisons. */
export function levelRank(level: RiskLevel): number {
  return RISK_LEVELS.indexOf(level);
}

/** The higher of two levels. */
export function maxLevel(a: RiskLevel, b: RiskLevel): RiskLevel {
  return levelRank(a) >= levelRank(b) ? a : b;
}
