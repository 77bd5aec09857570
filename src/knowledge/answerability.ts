import type { Concept } from './analyzer.js';
import { phraseIdf } from '../text/word-idf.js';
import { idf } from './bm25.js';

/** A passage prepared for concept matching: normalised text and its set of words. */
export interface MatchablePassage {
  text: string;
  words: ReadonlySet<string>;
}

/**
 * Abstain when the best passage covers less than this share of what the question asks about.
 *
 * Coverage = Σ weight(concepts present in the passage) / Σ weight(all concepts of the question), where
 * a concept is a content word of the question or a synonym group it matched (present when the passage
 * contains any of its forms) and the weight is `specificity` below. It lies in [0, 1] and, unlike raw
 * BM25, does not grow with passage length or with the number of words in the question.
 * Calibrated with `npx tsx bench/kb/calibrate.ts` on the calibration half of bench/kb/questions.yaml:
 * every threshold from 0.30 to 0.40 declines none of its 53 answerable questions and catches 14 of
 * its 15 unanswerable ones; 0.35 is the middle of that run (figures in knowledge/README.md).
 */
export const MIN_COVERAGE = 0.35;

/** Why a question is or is not answered from the documents. */
export type Answerability = 'answerable' | 'no-content' | 'low-coverage' | 'no-figure';

// Questions asking for an amount, a rate or a standard; they are only answerable from a passage
// that states one, so the bot never pairs 「多少钱」 with a passage about something else.
const ASKS_FOR_FIGURE = /多少钱|几块钱|多少块|多少元|领多少|给多少|发多少|补多少|补贴多少|拿多少|报多少|能报销多少|比例|标准是多少|标准多少|什么标准|金额|额度/u;
// Bounded runs: an unbounded numeral loop rescanned a long run of numerals from every start (quadratic).
const STATES_FIGURE = /\d{1,12}(?:\.\d{1,4})?\s{0,3}(?:元|块|%|％|成)|[一二三四五六七八九十百千万两]{1,12}(?:元|块钱)|百分之/u;

/** True when the question asks for an amount, a rate or a standard. */
export function asksForFigure(question: string): boolean {
  return ASKS_FOR_FIGURE.test(question);
}

/** True when the text states an amount or a rate. */
export function statesFigure(text: string): boolean {
  return STATES_FIGURE.test(text);
}

/** True when the passage contains the concept in any of its forms. */
export function conceptPresent(concept: Concept, passage: MatchablePassage): boolean {
  // A one-character form must be a word of its own: 「交」 should not match 「转交」.
  return concept.forms.some((form) => (form.length === 1 ? passage.words.has(form) : passage.text.includes(form)));
}

/** How much a concept of the question weighs, given its idf over the chunks. */
export type ConceptWeighting = (concept: Concept, corpusIdf: number) => number;

/**
 * The default concept weight: how specific the resident's word is in everyday Chinese (jieba's
 * general idf, minus a floor of 4 so that filler such as 「事」 or 「办」 counts for little). The corpus
 * idf is deliberately not used: a word the documents never use (「养老保险」) must weigh most, and
 * the documents cannot tell a specific unknown word from colloquial filler; general Chinese can.
 */
export const specificity: ConceptWeighting = (concept) => Math.max(0, phraseIdf(concept.text) - 4);

/** Which passages contain each concept, and how much each concept weighs. */
export interface ConceptMatches {
  /** presence[c][p] is 1 when passage p contains concept c. */
  presence: Uint8Array[];
  weights: number[];
}

/** Finds which passages contain a concept; built once per knowledge base, it answers each form with one scan. */
export interface ConceptMatcher {
  presence(concept: Concept): Uint8Array;
}

const FORM_CACHE_LIMIT = 4096;

/** Indexes the passages for concept matching: one joined text scanned per form, results cached. */
export function createConceptMatcher(passages: readonly MatchablePassage[]): ConceptMatcher {
  // Passages joined with a separator no form contains, so a match never spans two passages.
  const starts: number[] = [];
  let joined = '';
  for (const p of passages) {
    starts.push(joined.length);
    joined += `${p.text}\u0000`;
  }
  const passageAt = (offset: number): number => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const cache = new Map<string, Uint8Array>();
  const formPresence = (form: string): Uint8Array => {
    const cached = cache.get(form);
    if (cached) return cached;
    const found = new Uint8Array(passages.length);
    if (form.length === 1) {
      // A one-character form must be a word of its own: 「交」 should not match 「转交」.
      passages.forEach((p, i) => (found[i] = p.words.has(form) ? 1 : 0));
    } else {
      for (let at = joined.indexOf(form); at !== -1; ) {
        const p = passageAt(at);
        found[p] = 1;
        const next = starts[p + 1];
        if (next === undefined) break;
        at = joined.indexOf(form, next);
      }
    }
    // Forms repeat across questions (synonyms), so they are cached; the cap bounds memory.
    if (cache.size >= FORM_CACHE_LIMIT) cache.clear();
    cache.set(form, found);
    return found;
  };
  return {
    presence(concept) {
      const out = new Uint8Array(passages.length);
      for (const form of concept.forms) {
        const found = formPresence(form);
        for (let i = 0; i < out.length; i++) out[i]! |= found[i]!;
      }
      return out;
    },
  };
}

/** Matches every concept of the question against every passage and weighs the concepts. */
export function matchConcepts(concepts: readonly Concept[], matcher: ConceptMatcher, passageCount: number, weighting: ConceptWeighting): ConceptMatches {
  const presence = concepts.map((concept) => matcher.presence(concept));
  const weights = concepts.map((concept, c) => weighting(concept, idf(passageCount, presence[c]!.reduce((n, x) => n + x, 0))));
  return { presence, weights };
}

/** Share of the question's concept weight that passage `p` covers, in [0, 1]. */
export function coverage(matches: ConceptMatches, p: number): number {
  let total = 0;
  let found = 0;
  matches.weights.forEach((w, c) => {
    total += w;
    if (matches.presence[c]![p] === 1) found += w;
  });
  return total === 0 ? 0 : found / total;
}

/** Decides whether the best passage answers the question (see MIN_COVERAGE for the calibration). */
export function judge(
  question: string,
  concepts: readonly Concept[],
  best: { coverage: number; text: string; focusMissing: boolean } | undefined,
  minCoverage = MIN_COVERAGE,
): Answerability {
  if (concepts.length === 0 || best === undefined) return 'no-content';
  if (asksForFigure(question) && !statesFigure(best.text)) return 'no-figure';
  // 「申请低保要准备哪些材料」: a passage about 低保 that names no 材料 does not answer it.
  if (best.focusMissing) return 'low-coverage';
  return best.coverage >= minCoverage ? 'answerable' : 'low-coverage';
}
