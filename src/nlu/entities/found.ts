import type { Entity } from '../types.js';

/** An entity with the span it came from, so overlapping extractors can be reconciled. */
export interface FoundEntity extends Entity {
  start: number;
  end: number;
}

/** One extractor: reads the normalised message and returns what it found with spans. */
export type EntityExtractor = (text: string) => FoundEntity[];

/** Builds a FoundEntity from a regular-expression match group, keeping the span for overlap checks. */
export function found(
  type: Entity['type'],
  value: Entity['value'],
  text: string,
  start: number,
): FoundEntity {
  return { type, value, text, start, end: start + text.length };
}
