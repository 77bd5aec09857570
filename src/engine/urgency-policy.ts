import type { ParseResult, UrgencyLevel } from '../nlu/types.js';

const RANK: Record<UrgencyLevel, number> = { none: 0, high: 1, critical: 2 };

/** The more urgent of two levels. */
export function maxUrgency(a: UrgencyLevel, b: UrgencyLevel): UrgencyLevel {
  return RANK[a] >= RANK[b] ? a : b;
}

// A resident the classifier is fairly sure reports an emergency is put on the fast track even if
// no danger word matched: a missed emergency costs far more than an operator's glance.
const REPORT_URGENT_CONFIDENCE = 0.6;

/** The urgency of this message: the detector's verdict, raised when the resident clearly reports an emergency. */
export function messageUrgency(parse: ParseResult): { level: UrgencyLevel; reasons: string[] } {
  const { urgency, intent } = parse;
  if (
    urgency.level === 'none' &&
    intent.name === 'report_urgent' &&
    intent.confidence >= REPORT_URGENT_CONFIDENCE
  ) {
    return { level: 'high', reasons: ['居民报告紧急情况'] };
  }
  return { level: urgency.level, reasons: [...urgency.reasons] };
}
