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
 * Calibrated with `npx tsx bench/kb/calibrate.ts` on the development questions (questions.yaml and the four
 * programme-questions files, 492 answerable and 126 out of scope, 2026-12-02): 0.30 alone gives the fewest
 * errors (2 answerable declined, 8 out-of-scope answered); 0.25 declines 1 fewer and answers 4 more out of
 * scope, 0.35 declines 3 more for 1 more caught. Checked again on the writers' sets D-J (`--set writers`: 763
 * answerable, 267 out of scope, 2026-12-03): 0.20 declines 4 fewer there but catches 4 fewer of ours; a tie, kept.
 */
export const MIN_COVERAGE = 0.3;

/** Why a question is or is not answered from the documents and cards. */
export type Answerability = 'answerable' | 'no-content' | 'low-coverage' | 'no-figure' | 'out-of-scope';

/** The best passage, as judge() sees it. */
export interface BestPassage {
  /** Coverage of the question by the passage, in [0, 1]. */
  coverage: number;
  text: string;
  /** True when the passage lacks the thing the question asks for (the word after 哪些 / 什么). */
  focusMissing: boolean;
  /** True when the passage is a part of a programme card. */
  card?: boolean;
  /** True when the passage is a part of the card of a programme the question names. */
  namedCard?: boolean;
}

/** What judge() knows about the question besides its concepts. */
export interface QuestionScope {
  /** The question names a neighbouring service the knowledge base does not cover (see scope.ts). */
  outOfScope?: boolean;
  /** The message tells of hardship and asks for help (see scope.ts). */
  hardship?: boolean;
  /** The message is the window's business by its own words (a programme, hardship, ours.yaml; see scope.ts). */
  ours?: boolean;
  /** The summed weight (specificity) of the question's concepts. */
  contentWeight?: number;
}

/**
 * A message whose words together weigh less than this says nothing specific enough to answer from a
 * passage («你好呀 吃饭了吗», «在不在»): however well a passage "covers" one common word, the message is
 * small talk, not a question about assistance. A programme's name or any process word (申请 2.0,
 * 调查 1.5, 窗口 3.4) weighs more on its own; 「吃」 weighs 0.6.
 */
export const MIN_CONTENT_WEIGHT = 1;

/**
 * The coverage that suffices for a message that is ours by its own words (it tells of hardship, names a
 * programme or uses a word of knowledge/ours.yaml): whether it is ours is already decided, so the best
 * passage only has to be about it. Its story and the resident's own words («老公去年中风瘫了», «国庆放假»,
 * «礼拜六开门不») take most of it and no passage repeats them, so the share a passage covers is low even
 * for the right passage. Calibrated with `npx tsx bench/kb/calibrate.ts` on the development questions.
 */
export const HARDSHIP_MIN_COVERAGE = 0.1;

// Questions asking for an amount, a rate or a standard; they are only answerable from a passage
// that states one, so the bot never pairs 「多少钱」 with a passage about something else. 「存款多少以下才能吃低保 有没有
// 个具体数」 asks for a threshold. Round 42: 「兜里就剩几块钱」 tells what is left, it asks nothing.
const ASKS_FOR_FIGURE =
  /多少钱|最(?:多|高)(?:能|可以)?(?:给|领|补|批|拿|发)?几[万千百]|(?<![就只剩才])几块钱|多少块|多少元|领多少|给多少|发多少|补多少|补贴多少|拿多少|报多少|能报销多少|收多少|收费多少|交多少|多少费|比例|标准是多少|标准多少|什么标准|金额|额度|具体数|多少以下|多少以内|多少以上|上限是多少|封顶多少/u;
// Bounded runs: an unbounded numeral loop rescanned a long run of numerals from every start (quadratic).
const STATES_FIGURE = /\d{1,12}(?:\.\d{1,4})?\s{0,3}(?:元|块|%|％|成)|[一二三四五六七八九十百千万两]{1,12}(?:元|块钱)|百分之/u;

/** True when the question asks for an amount, a rate or a standard. */
export function asksForFigure(question: string): boolean {
  return ASKS_FOR_FIGURE.test(question);
}

// An amount the resident would receive, as opposed to one they would pay.
const ASKS_FOR_RECEIVED_FIGURE = /(?:补|给|领|拿|发|报|补助|补贴|救助|得)多少/u;

/** True when the question asks how much a resident would receive (「能补多少」, 「每月能领多少」). */
export function asksForReceivedFigure(question: string): boolean {
  return ASKS_FOR_RECEIVED_FIGURE.test(question);
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
export const specificity: ConceptWeighting = (concept) =>
  isResidentsFigure(concept.text) || isResidentsMoment(concept.text) || isResidentsSpan(concept.text)
    ? 0
    : Math.max(0, phraseIdf(concept.text) - 4);

// A figure from the resident's own life («十几万», «五六万», «八十多», «2000块»): no passage repeats it, so
// it says nothing about which passage answers (a rare word, it would otherwise weigh the most). Bounded.
// Round 48: so is one said with 好 in front («好几十», «好几百», «好几万»).
// So is a number that names the resident or a relative (an identity card's 18 characters, a bank card's
// 16 to 19 digits), which residents paste in unasked.
// Round 46: so is a case or receipt number of letters and digits («SJ20261112-0307» is read as «sj20261112»),
// which names the resident's own case, not a thing a passage could hold.
const RESIDENTS_FIGURE = /^(?:好?[0-9０-９一二三四五六七八九十百千万两几多半]{1,12}[块元岁]?|[0-9]{15,19}|[0-9]{17}[Xx]|[a-z]{1,4}[0-9]{6,19})$/iu;
// A public service line (12345, 12349, 12333, 110, 120) is no figure of the resident's: it names the
// line the question is about, as the documents name it.
const SERVICE_LINE = /^(?:123[0-9]{2}|11[0-9]|12[0-2])$/u;

/** True when a word of the question is a figure from the resident's own life, not a service line's number. */
export function isResidentsFigure(word: string): boolean {
  return RESIDENTS_FIGURE.test(word) && !SERVICE_LINE.test(word);
}

// A moment of the resident's own past («上周三交的», «前天», «去年冬天», «上个月»): like a figure, no passage
// repeats it. Only the past: a time the question may ask about («这个月能发吗», «冬天取暖», «年底前», «多久»)
// keeps its weight.
const RESIDENTS_MOMENT =
  /^(?:上上?(?:个)?(?:周|星期|礼拜|月)[一二三四五六七日天末底初]?|(?:大)?前天|昨天|昨晚|前几天|前些天|前段时间|前阵子|(?:去年|前年)(?:春天|夏天|秋天|冬天|年初|年底)?)$/u;

/** True when a word of the question is a moment of the resident's own past (上周三, 前天, 去年冬天). */
export function isResidentsMoment(word: string): boolean {
  return RESIDENTS_MOMENT.test(word);
}

// Round 48: a stretch of the resident's own life told roughly («租房住了七八年», «瘫了十来年», «三四个月», «一年多»):
// no passage repeats it either. Only rough spans: a span the question may ask about («几天», «几年», «两年»,
// «25个工作日») keeps its weight.
const RESIDENTS_SPAN =
  /^(?:(?:好几|十几|几十|[0-9一二两三四五六七八九十]{1,3}[多来]|[一二两三四五六七八九]{2})个?(?:年|月|天|周|星期|礼拜|钟头|小时)|[0-9一二两三四五六七八九十]{1,3}个?(?:年|月|天|周|星期|礼拜)多)$/u;

/** True when a word of the question is a rough stretch of the resident's own life (七八年, 十来年, 一年多). */
export function isResidentsSpan(word: string): boolean {
  return RESIDENTS_SPAN.test(word);
}

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

/**
 * coverage() of every passage 0 … passageCount − 1 at once: one pass over each concept's presence instead of
 * one over the concepts per passage. The sums are added in the same order, so each figure is the same.
 */
export function coverages(matches: ConceptMatches, passageCount: number): Float64Array {
  const found = new Float64Array(passageCount);
  let total = 0;
  matches.weights.forEach((w, c) => {
    total += w;
    const presence = matches.presence[c]!;
    for (let p = 0; p < passageCount; p++) if (presence[p] === 1) found[p]! += w;
  });
  for (let p = 0; p < passageCount; p++) found[p] = total === 0 ? 0 : found[p]! / total;
  return found;
}

/** Decides whether the best passage answers the question (see MIN_COVERAGE for the calibration). */
export function judge(
  question: string,
  concepts: readonly Concept[],
  best: BestPassage | undefined,
  minCoverage = MIN_COVERAGE,
  scope: QuestionScope = {},
): Answerability {
  if (concepts.length === 0 || best === undefined) return 'no-content';
  // 「公积金怎么提取」: a passage that mentions 住房公积金中心 in a list does not make it our question.
  if (scope.outOfScope === true) return 'out-of-scope';
  if (scope.contentWeight !== undefined && scope.contentWeight < MIN_CONTENT_WEIGHT && best.namedCard !== true) return 'no-content';
  // A programme's card says in words how its amount is set and who publishes it, and the answer says
  // plainly that it has no local figure, when the question is about that programme (it names it, or
  // tells of a hardship the card fits); 「城乡居民医保今年交多少钱」 is not, even if a card ranks first.
  // Anything else asked for an amount needs a passage that states one.
  // So is a question about how much one receives (「孩子上学一年能补多少钱」) that the card covers as well
  // as any answer must, though the resident did not use the programme's name; what one pays (「医保交多少」,
  // 「养老院收费多少」) is another department's figure.
  const figureInWords =
    best.namedCard === true ||
    (best.card === true &&
      (scope.hardship === true || (asksForReceivedFigure(question) && best.coverage >= minCoverage)));
  if (asksForFigure(question) && !statesFigure(best.text) && !figureInWords) return 'no-figure';
  // The resident named the programme and its card came first: the card is about what was asked, even
  // when the resident's other words (「瘫在床上」, 「大伯」, 「有什么要求」) are not the card's; the part
  // that came first is the one that fits the question best.
  if (best.namedCard === true) return 'answerable';
  // 「申请低保要准备哪些材料」: a passage about 低保 that names no 材料 does not answer it.
  if (best.focusMissing) return 'low-coverage';
  // Whether the question is ours is decided apart (scope.ts); a question that is ours needs a passage about it.
  const ours = scope.hardship === true || scope.ours === true;
  const needed = ours ? Math.min(minCoverage, HARDSHIP_MIN_COVERAGE) : minCoverage;
  return best.coverage >= needed ? 'answerable' : 'low-coverage';
}
