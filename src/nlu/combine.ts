import type { IntentPrediction } from './classifier.js';
import type { IntentName, ParseResult, Urgency } from './types.js';

// Intents that say nothing about the person's situation; a report of danger outranks them.
const SMALL_TALK: ReadonlySet<IntentName> = new Set([
  'greet',
  'goodbye',
  'thanks',
  'affirm',
  'deny',
  'cancel',
  'out_of_scope',
]);

// Requests that stand on their own even in a message that also reports danger.
const DOMAIN_REQUESTS: ReadonlySet<IntentName> = new Set([
  'apply',
  'ask_policy',
  'check_status',
  'complaint',
  'request_human',
]);
// Set before looking at any benchmark figure: only a classifier this sure outweighs a critical signal.
const CLEARLY = 0.85;

/**
 * Reconciles the classifier with the urgency detector. A critical message is a report of danger
 * whatever else it says (「你好 我妈晕倒了」); a sudden hardship said without any request becomes one too,
 * while 「失业了 想申请低保」 stays an application.
 */
export function combineIntent(prediction: IntentPrediction, urgency: Urgency): ParseResult['intent'] {
  const urgent = prediction.probabilities.report_urgent;
  // 「老伴中风了 想申请医疗救助」 is clearly an application; the engine still sees the urgency on its own.
  const clearlyElse = DOMAIN_REQUESTS.has(prediction.name) && prediction.confidence >= CLEARLY;
  if (urgency.level === 'critical' && prediction.name !== 'report_urgent' && !clearlyElse) {
    return { name: 'report_urgent', confidence: Math.max(urgent, 0.9) };
  }
  if (urgency.level === 'high' && SMALL_TALK.has(prediction.name)) {
    return { name: 'report_urgent', confidence: Math.max(urgent, 0.6) };
  }
  if (urgency.level === 'none' && prediction.name === 'report_urgent') {
    // The urgency detector is built for recall, so when it finds nothing the classifier alone must be
    // very sure before it raises an alarm; otherwise its next guess is taken.
    if (prediction.confidence < CLEARLY) {
      let best: IntentName = 'out_of_scope';
      let bestP = -1;
      for (const [name, p] of Object.entries(prediction.probabilities) as [IntentName, number][]) {
        if (name !== 'report_urgent' && p > bestP) {
          best = name;
          bestP = p;
        }
      }
      return { name: best, confidence: bestP };
    }
  }
  return { name: prediction.name, confidence: prediction.confidence };
}
