import { allMatches } from '../../text/matches.js';

/** A clause of a message with its offsets, so that negation and context stay local to it. */
export interface Clause {
  start: number;
  end: number;
  text: string;
}

// Residents separate clauses with spaces as often as with commas.
const BOUNDARY = /[\s，。！？!?；;,.、…~～]+/gu;

/** Splits a message into clauses at punctuation and spaces, keeping offsets into the message. */
export function splitClauses(text: string): Clause[] {
  const clauses: Clause[] = [];
  let start = 0;
  for (const match of allMatches(BOUNDARY, text)) {
    const end = match.index ?? 0;
    if (end > start) clauses.push({ start, end, text: text.slice(start, end) });
    start = end + match[0].length;
  }
  if (start < text.length) clauses.push({ start, end: text.length, text: text.slice(start) });
  return clauses;
}

/** The index of the clause containing an offset (the last clause before it when it falls on a boundary). */
export function clauseAt(clauses: readonly Clause[], offset: number): number {
  let index = 0;
  for (let i = 0; i < clauses.length; i++) {
    if ((clauses[i]?.start ?? 0) <= offset) index = i;
    else break;
  }
  return index;
}
