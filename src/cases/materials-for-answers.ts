import type { MaterialItem } from '../localities/schema.js';

/**
 * The checklist items this application needs: every item without a condition the answers can decide,
 * and a conditional item only when the answers meet its `showIf` (no divorce papers for a widow who
 * never mentioned a divorce, no rental contract for someone who owns the house).
 */
export function materialsForAnswers(
  items: readonly MaterialItem[],
  fields: Readonly<Record<string, string | number>>,
): MaterialItem[] {
  const written = Object.values(fields).filter((v): v is string => typeof v === 'string');
  return items.filter((item) => {
    const condition = item.showIf;
    if (!item.conditional || !condition) return true;
    const chosen = condition.field !== undefined ? String(fields[condition.field] ?? '').split('、') : [];
    const byChoice = condition.anyOf?.some((choice) => chosen.includes(choice)) ?? false;
    const byWords = condition.words?.some((word) => written.some((answer) => answer.includes(word))) ?? false;
    return byChoice || byWords;
  });
}
