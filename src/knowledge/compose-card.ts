import { normalizeText } from '../text/normalize.js';
import type { Concept } from './analyzer.js';
import { conceptPresent } from './answerability.js';
import { cardCitationLine, cardReferences } from './card-citation.js';
import { cardTitle, programmeId } from './card-chunks.js';
import type { CardFact, CardPart, ProgrammeCard } from './programme-card.js';
import { CARD_PART_LABELS, isDocumentSource } from './programme-card.js';
import type { Citation, PolicyDocument } from './types.js';

/** One part of a card, ready to be put into an answer. */
export interface CardAnswerPart {
  /** 「最低生活保障（低保）· 谁能申请：…」: the chosen facts, as written in the card. */
  body: string;
  citationLine: string;
  citation: Citation;
  /** True when every quoted fact rests on national law (not only on one place's document). */
  national: boolean;
}

/** What composeCardPart needs: the card part retrieved and the question's weighted concepts. */
export interface CardPartInput {
  card: ProgrammeCard;
  part: CardPart;
  concepts: readonly Concept[];
  weights: readonly number[];
  documents: ReadonlyMap<string, PolicyDocument>;
  /** True for a document of another place than the resident's (unknown place: never). */
  elsewhere?: (documentId: string) => boolean;
  /** Document sections the answer quotes and cites itself (see sectionKey). */
  alreadyCited?: ReadonlySet<string>;
}

// A part has at most five short facts; three is what fits on a phone screen with the citation.
const MAX_FACTS = 3;
// With no concept in any fact (the part was found by its heading), the first facts are the general rule.
const DEFAULT_FACTS = 2;

/**
 * Quotes the facts of one card part that answer the question (all of them when the part is short),
 * in the card's order, and cites only the sources of the facts quoted: an answer can state nothing,
 * figures included, that the card does not.
 */
export function composeCardPart(input: CardPartInput): CardAnswerPart {
  const { card, part } = input;
  // A fact that rests only on another place's document (「江阴市的低保由民政部门负责」) is not quoted to a
  // resident of somewhere else, unless the part has nothing else to say.
  const isLocal = (fact: CardFact): boolean => fact.sources.every(isDocumentSource);
  const elsewhere = input.elsewhere ?? (() => false);
  const relevant = card[part].filter((f) => !(isLocal(f) && f.sources.every((s) => isDocumentSource(s) && elsewhere(s.doc))));
  const pool = relevant.length > 0 ? relevant : card[part];
  let facts = chooseFacts(pool, input.concepts, input.weights);
  // One place's rule alone is a thin answer where the place is unknown: the national rule goes first.
  const national = pool.find((f) => !isLocal(f));
  if (national && facts.every(isLocal)) facts = pool.filter((f) => f === national || facts.includes(f));
  const references = cardReferences(facts, input.documents, input.alreadyCited);
  const body = `${cardTitle(card)}·${CARD_PART_LABELS[part]}：${facts.map((f) => f.text).join('')}`;
  return {
    body,
    citationLine: cardCitationLine(references),
    citation: { documentId: programmeId(card.type), title: card.name, section: CARD_PART_LABELS[part], references },
    national: facts.every((f) => !isLocal(f)),
  };
}

function chooseFacts(facts: readonly CardFact[], concepts: readonly Concept[], weights: readonly number[]): CardFact[] {
  if (facts.length <= DEFAULT_FACTS) return [...facts];
  const scores = facts.map((fact) => {
    const passage = { text: normalizeText(fact.text), words: new Set<string>() };
    let score = 0;
    concepts.forEach((concept, i) => {
      // Facts are one sentence, so a one-character form may match as a substring here.
      if (conceptPresent(concept, passage) || concept.forms.some((f) => f.length === 1 && passage.text.includes(f))) score += weights[i] ?? 0;
    });
    return score;
  });
  const best = Math.max(...scores);
  if (best <= 0) return facts.slice(0, DEFAULT_FACTS);
  const ranked = facts
    .map((fact, i) => ({ fact, i, score: scores[i]! }))
    .filter((f) => f.score >= best * 0.5)
    .sort((a, b) => b.score - a.score || a.i - b.i);
  // A part's first fact is its general rule (「一般要带户口簿和家里人的身份证」): a question about the
  // details still gets it, in place of the least fitting detail.
  const withRule = ranked.some((f) => f.i === 0) ? ranked : [{ fact: facts[0]!, i: 0, score: 0 }, ...ranked];
  return withRule
    .slice(0, MAX_FACTS)
    .sort((a, b) => a.i - b.i)
    .map((f) => f.fact);
}
