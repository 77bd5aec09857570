import { fillTemplate, type SystemReplies } from '../engine/system-replies.js';
import type { RiskTaxonomy } from '../nlu/risk/taxonomy.js';

/** What the warning names besides the emergency lines: the locality's staffed line. */
export interface WarningHotline {
  number: string;
  label: string;
}

/** How long the resident has waited, in words: 「2分钟」, 「1小时5分钟」. */
export function waitedWords(ms: number): string {
  const minutes = Math.max(1, Math.round(ms / 60_000));
  if (minutes < 60) return `${minutes}分钟`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest === 0 ? `${hours}小时` : `${hours}小时${rest}分钟`;
}

/**
 * Builds the message a resident gets when their critical request is still unclaimed: an apology, how long
 * it has waited, and what to do now, naming the line their danger calls for (risk/taxonomy.yaml `number`).
 */
export function createUnclaimedWarning(
  taxonomy: RiskTaxonomy,
  replies: SystemReplies,
  hotline: WarningHotline,
): (input: { category: string | null; waitedMs: number; first: boolean }) => string {
  const lines = {
    '110': replies.unclaimed_now_110.text,
    '119': replies.unclaimed_now_119.text,
    '120': replies.unclaimed_now_120.text,
    '12356': replies.unclaimed_now_12356.text,
    hotline: replies.unclaimed_now_hotline.text,
  } as const;
  const values = { hotline: hotline.number, hotlineName: hotline.label };
  return ({ category, waitedMs, first }) => {
    const number = category ? taxonomy.categories.get(category)?.number : undefined;
    const whatNow = fillTemplate(number ? lines[number] : replies.unclaimed_now_unknown.text, values);
    const template = first ? replies.unclaimed_first.text : replies.unclaimed_again.text;
    return fillTemplate(template, { ...values, waited: waitedWords(waitedMs), whatNow }).trim();
  };
}
