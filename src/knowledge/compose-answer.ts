import type { Concept } from './analyzer.js';
import type { RegionContext } from './answer.js';
import { composeAnswer } from './answer.js';
import type { CardAnswerPart } from './compose-card.js';
import { sectionKey } from './card-citation.js';
import { composeCardPart } from './compose-card.js';
import type { Glossary } from './load-resources.js';
import type { ProgrammeCard } from './programme-card.js';
import type { Chunk, PolicyAnswer, PolicyDocument } from './types.js';

/** The question after 「现在申请」: the dialogue renders it with the apply button. */
export const APPLY_FOLLOW_UP = '要不要现在帮您申请？';
/** The label of the button an answer about a programme ends with. */
export const APPLY_LABEL = '现在申请';
/** Said when the question asks for an amount and the card explains it in words only. */
export const NO_LOCAL_FIGURE_NOTE =
  '具体金额由当地政府公布，我这里没有当地的数字，不能给您报数；可以回复「转人工」请工作人员帮您查。';
/** Said under a card answer without a local document: the card is national law, places add their own rules. */
export const NATIONAL_NOTE = '这是国家的统一规定，具体办法以当地为准。';

/** A retrieved chunk with what the answer needs to quote it. */
export interface AnswerSource {
  chunk: Chunk;
  /** The card, when the chunk is a card part. */
  card?: ProgrammeCard;
  /** The document, when the chunk is a document passage. */
  document?: PolicyDocument;
  region?: RegionContext;
  /** For a card: true for a document of another place than the resident's. */
  elsewhere?: (documentId: string) => boolean;
}

/** Everything composeCombinedAnswer needs. */
export interface CombinedAnswerInput {
  primary: AnswerSource;
  /** A relevant passage of the other kind (document for a card, card for a document), if any. */
  secondary?: AnswerSource;
  concepts: readonly Concept[];
  weights: readonly number[];
  glossary: Glossary;
  documents: ReadonlyMap<string, PolicyDocument>;
  /** True when the question asks for an amount that the card explains in words only. */
  figureNote: boolean;
  /**
   * False when the question also asks something else that the answer covers («每月多少 到哪去领»): the note is
   * said, but the answer is not marked as one missing what was asked (figureMissing). Default true.
   */
  figureOnly?: boolean;
}

/**
 * Answers from the best card part and the best document passage together: the card's facts (what the
 * programme gives, who decides …), then the local document's rule, each cited, and the apply action
 * for the programme the card describes. Either part alone is a complete answer.
 */
export function composeCombinedAnswer(input: CombinedAnswerInput): PolicyAnswer {
  const sources = [input.primary, input.secondary].filter((s): s is AnswerSource => s !== undefined);
  const bodies: string[] = [];
  const citationLines: string[] = [];
  const answer: PolicyAnswer = { answerable: true, text: '', citations: [] };
  let card: ProgrammeCard | undefined;
  let hasDocument = false;
  let national = false;
  // A document section the answer quotes is cited once, under the quote, not again in the card's line.
  const quoted = new Set(sources.filter((s) => s.document).map((s) => sectionKey(s.chunk.documentId, s.chunk.section)));
  for (const source of sources) {
    if (source.card) {
      const part: CardAnswerPart = composeCardPart({
        card: source.card,
        part: source.chunk.programme!.part,
        concepts: input.concepts,
        weights: input.weights,
        documents: input.documents,
        ...(source.elsewhere ? { elsewhere: source.elsewhere } : {}),
        alreadyCited: quoted,
      });
      national ||= part.national;
      bodies.push(part.body);
      citationLines.push(part.citationLine);
      answer.citations.push(part.citation);
      card ??= source.card;
    } else if (source.document) {
      const quoted = composeAnswer({
        concepts: input.concepts,
        weights: input.weights,
        chunk: source.chunk,
        document: source.document,
        glossary: input.glossary,
        region: source.region ?? {},
      });
      // composeAnswer ends with its citation line; it goes with the other citations at the end.
      const lines = quoted.text.split('\n');
      bodies.push(...lines.slice(0, -1));
      citationLines.push(lines.at(-1)!);
      answer.citations.push(...quoted.citations);
      if (quoted.region !== undefined) answer.region ??= quoted.region;
      hasDocument = true;
    }
  }
  const notes: string[] = [];
  if (input.figureNote) {
    notes.push(NO_LOCAL_FIGURE_NOTE);
    if (input.figureOnly !== false) answer.figureMissing = true;
  } else if (national && !hasDocument) notes.push(NATIONAL_NOTE);
  answer.text = [...bodies, ...notes, ...citationLines].join('\n');
  if (card) {
    answer.suggestedAction = { id: 'apply', assistanceType: card.type, label: APPLY_LABEL };
    answer.followUp = APPLY_FOLLOW_UP;
  }
  return answer;
}
