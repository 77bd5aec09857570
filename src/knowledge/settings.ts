import type { ConceptWeighting } from './answerability.js';
import { MIN_COVERAGE, specificity } from './answerability.js';
import type { RegionRelation } from './region.js';
import { STORY_WEIGHT } from './story-weight.js';

/** Retrieval settings; the defaults are the ones measured by `npm run bench:kb`. */
export interface RetrievalSettings {
  /** Weight of the character-bigram BM25 field against the word field (weight 1). */
  bigramWeight: number;
  /** Score multipliers by how a document's region relates to the place in question. */
  regionFactor: Record<RegionRelation, number>;
  /** How much each concept of a question counts towards coverage. */
  conceptWeighting: ConceptWeighting;
  /** Ranking score × (1 + coverageBoost × coverage): passages that cover more of the question rise. */
  coverageBoost: number;
  /** Abstain below this coverage of the question by the best chunk (see MIN_COVERAGE). */
  minCoverage: number;
  /** How far down the ranking the best passage of the other kind (card or document) may be to join an answer. */
  secondaryDepth: number;
  /** …and how close its score must be to the best one's. */
  secondaryScoreRatio: number;
  /** Score multiplier for the card parts of a programme the question names (低保, 五保, 残补 …). */
  namedProgrammeFactor: number;
  /** Score multiplier for the best part of the card of a benefit named in everyday words (看病, 读书; synonyms.yaml `benefits`). */
  benefitWordFactor: number;
  /**
   * Score multiplier for card parts when the place is known: national rules, next to the place's own
   * documents. The app asks every question on behalf of its locality, so the place's own passages (×2)
   * met the cards (×1) on every question, and the place's list of which department runs what («民政部门。
   * 主要负责最低生活保障、特困人员供养…») came first for most questions about one programme, above its card.
   * A card the question has no word specific to (genericCardFactor) does not rise: a question about how one
   * applies keeps the place's own passages on the process first.
   */
  cardRegionFactor: number;
  /** Score multiplier for each further part of a card already ranked, so one card does not fill the first results. */
  furtherPartFactor: number;
  /** The first results hold a card part and a document passage when both cover the question (0: off). */
  mixedDepth: number;
  /** Score multiplier for a card the question shares only words common to most cards with (see genericCards). */
  genericCardFactor: number;
  /** A word of the question found in at most this many cards says which programme it is about. */
  specificCardLimit: number;
  /** Coverage weight of a word found only in the clauses that tell the story, not the one that asks (1: off). */
  storyWeight: number;
}

/** The retrieval settings measured best on the calibration split (see knowledge/README.md). */
export const DEFAULT_RETRIEVAL: RetrievalSettings = {
  bigramWeight: 1,
  regionFactor: { same: 2, covers: 1.4, within: 1.2, elsewhere: 0.6 },
  conceptWeighting: specificity,
  // Round 14: ×2 (was ×1) lets the passage that covers more of a process question («窗口推着不办 找谁反映») rise
  // above a card part that shares its commonest words: development hit@3 +6 of 1810 (documents set +5,
  // fifth set +2), flat on the writers' sets (O +1, M −1, E −1), one fewer answerable declined (K).
  coverageBoost: 2,
  minCoverage: MIN_COVERAGE,
  secondaryDepth: 3,
  secondaryScoreRatio: 0.6,
  namedProgrammeFactor: 1.5,
  benefitWordFactor: 1.3,
  // Round 14: ×1.33, with genericCardFactor 0.45 (0.6 at ×1), puts the programme's card first on
  // every writers' set (see knowledge/README.md, round 14).
  cardRegionFactor: 1.33,
  furtherPartFactor: 0.7,
  mixedDepth: 3,
  genericCardFactor: 0.45,
  specificCardLimit: 4,
  storyWeight: STORY_WEIGHT,
};

