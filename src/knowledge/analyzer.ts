import { normalizeText } from '../text/normalize.js';
import { codeUnits, firstCharIndex } from '../text/first-char-index.js';
import { charNgrams, segment } from '../text/segment.js';
import type { Gazetteer, PlaceMention } from './region.js';
import type { SynonymData } from './load-resources.js';
import { STOP_WORDS } from './stop-words.js';

/** Tokens of a passage for the two BM25 fields: jieba words and character bigrams. */
export interface PassageTokens {
  words: string[];
  bigrams: string[];
}

/** One thing the question asks about, with the other ways the documents may say it. */
export interface Concept {
  /** As the resident wrote it (normalised). */
  text: string;
  /** `text` and its synonyms; the concept is present in a passage that contains any of them. */
  forms: string[];
  /** True for the thing the question asks for (the word after 哪些 / 什么). */
  focus?: boolean;
}

/** A question, analysed for retrieval and for the answerability check. */
export interface QueryAnalysis {
  /** Normalised question text. */
  text: string;
  words: Map<string, number>;
  bigrams: Map<string, number>;
  concepts: Concept[];
  places: PlaceMention[];
}

/** Weight of a synonym's terms relative to the resident's own words (shared among a concept's synonyms). */
export const SYNONYM_WEIGHT = 0.8;

const PIECE_BREAK = /[\s\p{P}\p{S}]+/u;

interface SynonymEntry {
  key: string;
  forms: string[];
}

/** Turns text into index tokens and questions into weighted terms and concepts. */
export interface Analyzer {
  passage(text: string): PassageTokens;
  query(text: string): QueryAnalysis;
}

/** Builds the analyzer: jieba words + character bigrams, stop words removed, synonyms expanded on queries. */
export function createAnalyzer(synonyms: SynonymData, gazetteer: Gazetteer): Analyzer {
  // Only the keys whose first character the question has are looked for (see first-char-index.ts).
  const entries = firstCharIndex(synonymEntries(synonyms), (entry) => entry.key);
  const formCache = new Map<string, PassageTokens>();
  const tokensOfForm = (form: string): PassageTokens => {
    let tokens = formCache.get(form);
    if (!tokens) formCache.set(form, (tokens = tokenize(form)));
    return tokens;
  };
  // A key's content words (「什么救助」 → 「救助」), segmented on its first match rather than in every question
  // that has it; bounded by the number of keys.
  const keyContent = new Map<string, string>();
  const contentOfKey = (key: string): string => {
    let content = keyContent.get(key);
    if (content === undefined) keyContent.set(key, (content = tokenize(key).words.join('')));
    return content;
  };

  return {
    passage: (text) => tokenize(normalizeText(text)),
    query(raw) {
      const text = normalizeText(raw);
      const places = gazetteer.find(text);
      // Place names steer the region preference, not the term match: 「江阴」 would otherwise pull
      // in the 江阴 document's title page instead of the section that answers.
      const masked = maskSpans(text, places);
      // Ranking tokens only: the number stays a concept, which weighs nothing (answerability.ts).
      const own = tokenize(maskPersonalNumbers(masked));
      const words = new Map<string, number>();
      const bigrams = new Map<string, number>();
      for (const w of own.words) words.set(w, 1);
      for (const b of own.bigrams) bigrams.set(b, 1);

      const matches = findSynonyms(masked, entries.candidates(codeUnits(masked)));
      for (const match of matches) {
        // A concept with many synonyms must not outweigh the resident's own words by sheer number.
        const weight = SYNONYM_WEIGHT / Math.sqrt(Math.max(1, match.forms.length));
        for (const form of match.forms) {
          const tokens = tokensOfForm(form);
          for (const w of tokens.words) words.set(w, Math.max(words.get(w) ?? 0, weight));
          for (const b of tokens.bigrams) bigrams.set(b, Math.max(bigrams.get(b) ?? 0, weight));
        }
      }
      return { text, words, bigrams, concepts: concepts(masked, matches, contentOfKey), places };
    },
  };
}

function tokenize(text: string): PassageTokens {
  const words: string[] = [];
  const bigrams: string[] = [];
  // Bigrams are taken inside runs of content words, so neither 「我家的孩子」 yields 「家的」 nor
  // 「低保、特困」 yields 「保特」 across the punctuation.
  for (const piece of text.split(PIECE_BREAK)) {
    if (piece === '') continue;
    let run = '';
    for (const token of segment(piece)) {
      if (STOP_WORDS.has(token)) {
        if (run !== '') bigrams.push(...charNgrams(run, 2));
        run = '';
        continue;
      }
      words.push(token);
      run += token;
    }
    if (run !== '') bigrams.push(...charNgrams(run, 2));
  }
  return { words, bigrams };
}

function synonymEntries(data: SynonymData): SynonymEntry[] {
  const byKey = new Map<string, Set<string>>();
  const add = (key: string, forms: readonly string[]): void => {
    const k = normalizeText(key);
    let set = byKey.get(k);
    if (!set) byKey.set(k, (set = new Set()));
    for (const f of forms) if (normalizeText(f) !== k) set.add(normalizeText(f));
  };
  for (const group of data.equivalent) for (const member of group) add(member, group);
  for (const [key, forms] of Object.entries(data.expand)) add(key, forms);
  // Longest keys first, so 「最低生活保障」 is matched before 「低保」 could be.
  return [...byKey.entries()].map(([key, forms]) => ({ key, forms: [...forms] })).sort((a, b) => b.key.length - a.key.length);
}

interface SynonymMatch extends SynonymEntry {
  start: number;
  end: number;
}

// A key must start and end on word boundaries: 「残疾」 inside 「残疾证」 is a different thing (a
// certificate), so it must not bring in the disability passages. A key may sit inside a longer word
// when what is left on each side is a word of its own (「热线」 in 「热线电话」), not a single character.
function findSynonyms(text: string, entries: readonly SynonymEntry[]): SynonymMatch[] {
  if (entries.length === 0) return [];
  const tokens = tokenSpans(text);
  // Each piece of a word left outside the match must be empty or at least two characters long, and
  // a one-character key (「查」) never matches inside a word (「查出来」).
  const aligned = (start: number, end: number): boolean => {
    const fits = (outside: number): boolean => outside <= 0 || (outside >= 2 && end - start >= 2);
    return tokens.every((t) => end <= t.start || start >= t.end || (fits(start - t.start) && fits(t.end - end)));
  };
  const taken: boolean[] = new Array<boolean>(text.length).fill(false);
  const matches: SynonymMatch[] = [];
  // A key said again is taken only where it is whole words: inside a longer word («职工» in «困难职工») the
  // segmenter's word says more than the key does.
  const wholeWords = (start: number, end: number): boolean => tokens.every((t) => t.end <= start || t.start >= end || (t.start >= start && t.end <= end));
  for (const entry of entries) {
    let seen = false;
    for (let at = text.indexOf(entry.key); at !== -1; at = text.indexOf(entry.key, at + 1)) {
      const end = at + entry.key.length;
      if (!aligned(at, end) || (seen && !wholeWords(at, end)) || taken.slice(at, end).some(Boolean)) continue;
      seen = true;
      taken.fill(true, at, end);
      matches.push({ ...entry, start: at, end });
      // Round 46: every occurrence is taken, not only the first: «没批 … 为啥没批» said the key twice, and the
      // second, read as plain words («批»), weighed as a concept of its own that no passage holds.
    }
  }
  return matches.sort((a, b) => a.start - b.start);
}

function tokenSpans(text: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  let at = 0;
  for (const token of segment(text)) {
    const found = text.indexOf(token, at);
    if (found === -1) continue;
    spans.push({ start: found, end: found + token.length });
    at = found + token.length;
  }
  return spans;
}

// The question's concepts: each synonym match is one concept with all its forms; the words between
// matches are one concept each. A concept right after 「哪些 / 什么 / 啥」 is what the question asks
// for (「要准备哪些材料」 asks for 材料), so it is marked as the focus.
function concepts(text: string, matches: readonly SynonymMatch[], contentOfKey: (key: string) => string): Concept[] {
  const out: Concept[] = [];
  const seen = new Set<string>();
  const push = (concept: Concept, start: number, end: number): void => {
    if (seen.has(concept.text)) return;
    seen.add(concept.text);
    // One-character words after 什么 are mostly idioms (「帮上什么忙」, 「有什么事」), not the thing asked for;
    // nor is a word followed by 都 / 也 («啥手艺都不会», «什么活也干不了»): that says «any», it asks for nothing.
    if (
      concept.text.length > 1 &&
      !GENERIC_FOCUS.has(concept.text) &&
      FOCUS_BEFORE.test(text.slice(Math.max(0, start - 3), start)) &&
      !WHY_BEFORE.test(text.slice(Math.max(0, start - 4), start)) &&
      !ANY_AFTER.test(text.slice(end, end + 1))
    ) {
      concept.focus = true;
    }
    out.push(concept);
  };
  let cursor = 0;
  const gap = (end: number): void => {
    let at = cursor;
    for (const word of tokenize(text.slice(cursor, end)).words) {
      at = Math.max(at, text.indexOf(word, at));
      push({ text: word, forms: [word] }, at, at + word.length);
      at += word.length;
    }
  };
  for (const match of matches) {
    gap(match.start);
    if (!STOP_WORDS.has(match.key)) {
      // A key with a question word in it (「什么救助」) still means its content word (「救助」).
      const content = contentOfKey(match.key);
      const forms = content !== '' && content !== match.key ? [match.key, ...match.forms, content] : [match.key, ...match.forms];
      push({ text: match.key, forms }, match.start, match.end);
    }
    cursor = match.end;
  }
  gap(text.length);
  return out;
}

const FOCUS_BEFORE = /(?:哪些|什么|啥|哪种|哪类)$/u;
// Round 49: 「为什么还要…」「凭啥要我…」「干啥非得…」 ask why, not which thing: the word after them is the complaint's
// subject, which the passage that explains the rule need not repeat.
const WHY_BEFORE = /(?:为|凭|干)(?:什么|啥)$/u;
// 都 / 也 right after the word: «啥手艺都不会» means «no skill at all», not «which skill».
const ANY_AFTER = /^[都也]$/u;
// After 什么 these ask for any help at all (「能申请什么帮助」), which every programme is; they are not a
// specific thing a passage must name. Nor do the words that ask what something is or what way is left (「这是个啥项目」
// 「啥意思」「还有啥路子」).
const GENERIC_FOCUS: ReadonlySet<string> = new Set(['帮助', '帮扶', '帮忙', '救助', '救济', '补助', '补贴', '政策', '办法', '好处', '福利', '作用', '区别', '地方', '单位', '部门', '项目', '意思', '路子', '门路', '途径', '渠道']);

// An identity card's, a bank card's or a phone's number pasted into a question (seven digits or more, an
// identity card's closing X with them): no passage repeats it, but its digit pairs («20», «18», «01») match a
// document's dates and numbers and lift its title page or signature. Each character becomes a space.
const PERSONAL_NUMBER = /[0-9]{7,}x?/gu;

/**
 * The normalised text with each personal number (PERSONAL_NUMBER) blanked, one space per character, so that
 * spans found later still line up with the text. Linear in the text's length.
 */
export function maskPersonalNumbers(text: string): string {
  return text.replace(PERSONAL_NUMBER, (run) => ' '.repeat(run.length));
}

function maskSpans(text: string, spans: readonly { start: number; end: number }[]): string {
  let out = text;
  // A space splits the run, so no bigram spans a removed place name.
  for (const { start, end } of spans) out = out.slice(0, start) + ' '.repeat(end - start) + out.slice(end);
  return out;
}
