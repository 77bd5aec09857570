import type { Urgency } from '../types.js';
import type { UrgencyAnalysis } from './detector.js';

/** Reason shown to operators when only the model, not the lexicon, recognised an emergency. */
export const MODEL_REASON = '疑似紧急求助（模型判断，请人工核实）';

// Chosen before measuring: "more likely urgent than not" raises high, "very likely" raises critical.
const HIGH_AT = 0.5;
const CRITICAL_AT = 0.8;

/**
 * A lexicon only knows the phrasings it lists. When it saw no alarming word at all, the intent model's
 * probability of report_urgent (it generalises over character n-grams) may still raise the alarm.
 * Where the lexicon did see alarming words and judged them harmless (negated, hyperbole), or the message
 * is news, fiction, a pet or a hypothetical, the lexicon's judgement stands: that is what the model cannot tell.
 */
export function applySafetyNet(analysis: UrgencyAnalysis, urgentProbability: number): Urgency {
  const lexicon: Urgency = { level: analysis.level, reasons: analysis.reasons };
  if (analysis.level !== 'none' || analysis.alarmWordsSeen || analysis.calmingContextSeen) return lexicon;
  if (urgentProbability >= CRITICAL_AT) return { level: 'critical', reasons: [MODEL_REASON] };
  if (urgentProbability >= HIGH_AT) return { level: 'high', reasons: [MODEL_REASON] };
  return lexicon;
}
