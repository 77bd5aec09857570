import { meetsCondition, type Answers } from '../localities/answer-condition.js';
import type { MaterialItem } from '../localities/schema.js';

/**
 * The checklist items this application needs: every item without a condition the answers can decide,
 * and a conditional item only when the answers meet its `showIf` (no divorce papers for a widow who
 * never mentioned a divorce, no rental contract for someone who owns the house).
 */
export function materialsForAnswers(
  items: readonly MaterialItem[],
  fields: Answers,
  at: Date,
  timezone: string,
): MaterialItem[] {
  return items.filter((item) => {
    if (!item.conditional || !item.showIf) return true;
    return meetsCondition(item.showIf, fields, at, timezone);
  });
}
