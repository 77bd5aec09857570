import type { Concept } from './analyzer.js';
import { clauses as clausesOf } from './question-parts.js';

/**
 * How much a word counts towards coverage when it appears only in clauses that tell the resident's
 * story («咱家老爷子腿脚不利索了», «我妹妹听不见») and not in one that asks: a passage must answer what is
 * asked; the story says who asks and why, and no passage repeats it.
 */
export const STORY_WEIGHT = 0.6;

/**
 * The concept weights with those of story-only words scaled by `factor`. Unchanged when no clause
 * asks or every clause does (a one-clause question has no story to set apart). Linear in the text
 * for each concept; the text is clipped upstream (MAX_QUERY_CHARS).
 */
export function weighStory(text: string, concepts: readonly Concept[], weights: readonly number[], factor = STORY_WEIGHT): number[] {
  if (factor === 1) return [...weights];
  const clauses = clausesOf(text);
  if (!clauses.some((c) => c.asking) || clauses.every((c) => c.asking)) return [...weights];
  return weights.map((w, i) => {
    const word = concepts[i]?.text ?? '';
    if (word === '') return w;
    const where = clauses.filter((c) => c.text.includes(word));
    return where.length > 0 && where.every((c) => !c.asking) ? w * factor : w;
  });
}
