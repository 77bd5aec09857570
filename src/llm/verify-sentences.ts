import type { SearchHit } from '../knowledge/types.js';
import { outOfBounds, type OutOfBounds } from './answer-bounds.js';
import { numbersIn, statedFigures } from './figures.js';

/** A retrieved passage as sent to the LLM, under the id the model cites it by (P1, P2 …). */
export interface Passage {
  id: string;
  hit: SearchHit;
}

/** One sentence as the LLM wrote it, with the passage ids it cites. */
export interface DraftSentence {
  text: string;
  citations: string[];
}

/** A sentence that survived verification, with the passages it rests on. */
export interface VerifiedSentence {
  text: string;
  passages: Passage[];
}

/** What verification kept, and how many sentences and citations it dropped for each reason (for logs). */
export interface Verification {
  kept: VerifiedSentence[];
  inventedCitations: number;
  droppedUncited: number;
  droppedUnsupportedFigure: number;
  droppedEmpty: number;
  /** Sentences that named a person, a personal number, a home, an illness or a done action, or quoted the prompt. */
  droppedOutOfBounds: number;
  /** Why each of those was dropped (no text: the reasons only, for logs). */
  outOfBounds: OutOfBounds[];
}

// Models also write the ids into the text (「……[P1]」, 「（P2、P3）」); the citation line says it instead.
// The spaces before the bracket are bounded: `\s*` there rescanned a long run of spaces from every start.
const INLINE_CITATION = /\s{0,8}[[【（(]\s*P\d+(?:\s*[,，、;；]\s*P\d+)*\s*[\]】）)]/giu;

// Spaces are dropped before matching: four optional \s* loops around the id once backtracked for most of a
// minute on a citation padded with a few thousand spaces (the model's output is text like any other).
const CITATION_ID = /^[[【（(]?P?(\d+)[\]】）)]?$/iu;

const MAX_DRAFTS = 12;

function citationId(raw: string): string {
  const compact = raw.replace(/\s+/gu, '');
  const match = CITATION_ID.exec(compact);
  return match ? `P${match[1]!}` : raw.trim();
}

function tidy(text: string): string {
  const trimmed = text.replace(INLINE_CITATION, '').trim();
  if (trimmed === '') return '';
  return /[。！？!?”）)]$/u.test(trimmed) ? trimmed : `${trimmed}。`;
}

/**
 * Keeps only grounded sentences: citations to passages that were not sent are dropped, a sentence left
 * citing nothing is dropped, and so is a sentence stating a figure that none of its cited passages contains,
 * or one outside what a policy answer may say (see outOfBounds: people, personal numbers, claimed actions,
 * the prompt), whatever the model was talked into.
 */
export function verifySentences(
  drafts: readonly DraftSentence[],
  passages: readonly Passage[],
  options: { prompt?: string } = {},
): Verification {
  const grounds = {
    passages: passages.map((p) => `${p.hit.title}\n${p.hit.section}\n${p.hit.text}`).join('\n'),
    ...(options.prompt !== undefined ? { prompt: options.prompt } : {}),
  };
  const byId = new Map(passages.map((p) => [p.id, p]));
  const numbers = new Map(
    passages.map((p) => [p.id, numbersIn(`${p.hit.title}\n${p.hit.section}\n${p.hit.text}`)]),
  );
  const result: Verification = {
    kept: [],
    inventedCitations: 0,
    droppedUncited: 0,
    droppedUnsupportedFigure: 0,
    droppedEmpty: 0,
    droppedOutOfBounds: 0,
    outOfBounds: [],
  };
  // A model talked into dumping data may write hundreds of sentences; a few are ever shown.
  for (const draft of drafts.slice(0, MAX_DRAFTS)) {
    const text = tidy(draft.text);
    if (text === '') {
      result.droppedEmpty++;
      continue;
    }
    const problem = outOfBounds(text, grounds);
    if (problem !== undefined) {
      result.droppedOutOfBounds++;
      result.outOfBounds.push(problem);
      continue;
    }
    const cited: Passage[] = [];
    for (const id of new Set(draft.citations.map(citationId))) {
      const passage = byId.get(id);
      if (passage) cited.push(passage);
      else result.inventedCitations++;
    }
    if (cited.length === 0) {
      result.droppedUncited++;
      continue;
    }
    const supported = statedFigures(text).every((figure) =>
      cited.some((p) => numbers.get(p.id)?.has(figure)),
    );
    if (!supported) {
      result.droppedUnsupportedFigure++;
      continue;
    }
    result.kept.push({ text, passages: cited });
  }
  return result;
}
