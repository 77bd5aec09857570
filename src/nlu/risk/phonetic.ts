import { segment } from '../../text/segment.js';
import { tonelessReading, tonelessReadings, tonelessSyllables } from '../../text/toneless-pinyin.js';

/** Reads homophones and typed pinyin of trigger phrases as the phrases themselves. */
export interface PhoneticReader {
  /** The text with every phonetic match rewritten to its trigger, and the triggers read that way. */
  rewrite(
    text: string,
    isProtected?: (start: number, end: number) => boolean,
  ): { text: string; read: string[] };
}

/** Settings of createPhoneticReader (from risk/signals.yaml `phonetic`). */
export interface PhoneticOptions {
  triggers: readonly string[];
  /** A homophone of a short trigger counts only in a message this matches. */
  context: RegExp;
  /** Triggers of fewer syllables need the context. */
  minSyllables: number;
  /** Spans never read as a homophone. */
  never: readonly string[];
  /** Right after one of these (想, 要 …) a homophone of a short trigger counts without the context. */
  prefixes?: readonly string[];
  /** More phrases for typed pinyin only (如何, 今晚, 遗书 …), so that its words read as words. */
  words?: readonly string[];
  /** Characters in order of preference for reading a lone typed syllable (si → 死, not 四). */
  vocabulary?: string;
}

interface Trigger {
  text: string;
  syllables: readonly string[];
  /** The pinyin written without spaces: how a resident types it. */
  compact: string;
}

const HAN = /\p{Script=Han}/u;
const LATIN_RUN = /[a-z]+(?:[ '-][a-z]+)*/gu;
// Typed pinyin shorter than this must cover whole words: 「qu si」 yes, inside 「quasi」 no.
const MIN_INSIDE_WORD = 5;

// Longest typed word segmented into syllables; anything longer is left as it is.
const MAX_WORD = 40;

let syllableSet: ReadonlySet<string> | undefined;
let readingTable: ReadonlyMap<string, readonly string[]> | undefined;

/** The CJK Unified Ideographs of the Basic Multilingual Plane, where residents' typos live. */
function cjkBlock(): string {
  let block = '';
  for (let code = 0x4e00; code <= 0x9fa5; code++) block += String.fromCharCode(code);
  return block;
}

/** Every toneless syllable of Mandarin, from pinyin-pro's readings of the CJK Unified Ideographs (once). */
function allSyllables(): ReadonlySet<string> {
  syllableSet ??= new Set(tonelessSyllables(cjkBlock()));
  return syllableSet;
}

/**
 * Every toneless reading (了 → le, liao) of each CJK character, from pinyin-pro, built once per process
 * (about 0.3 s) so that reading a message is a table look-up per character, whatever the message holds.
 */
function readingsTable(): ReadonlyMap<string, readonly string[]> {
  if (!readingTable) {
    const table = new Map<string, readonly string[]>();
    // The table lives as long as the process: 20,902 characters share 2,269 distinct lists of readings, so each
    // list is made once and shared (callers only read it) instead of a fresh array and fresh strings per
    // character. No reading holds a space, so the list joined by spaces is its key.
    const lists = new Map<string, readonly string[]>();
    for (const char of cjkBlock()) {
      const readings = tonelessReadings(char);
      const key = readings.join(' ');
      let shared = lists.get(key);
      if (!shared) {
        shared = readings;
        lists.set(key, shared);
      }
      table.set(char, shared);
    }
    readingTable = table;
  }
  return readingTable;
}

const NO_READINGS: readonly string[] = [];

/** A typed word split into syllables (fewest pieces), or undefined when it is not pinyin. */
function segmentPinyin(word: string, syllables: ReadonlySet<string>): string[] | undefined {
  if (word.length === 0 || word.length > MAX_WORD) return undefined;
  const best: (string[] | undefined)[] = [[]];
  for (let end = 1; end <= word.length; end++) {
    for (let start = Math.max(0, end - 6); start < end; start++) {
      const prefix = best[start];
      const piece = word.slice(start, end);
      if (!prefix || !syllables.has(piece)) continue;
      const current = best[end];
      if (!current || prefix.length + 1 < current.length) best[end] = [...prefix, piece];
    }
  }
  return best[word.length];
}

/** jieba's words covering the whole text, punctuation included, so that offsets add up. */
function segmentAll(text: string): string[] {
  const words = segment(text);
  // segment() drops punctuation; put the gaps back as pieces of their own.
  const out: string[] = [];
  let at = 0;
  for (const word of words) {
    const found = text.indexOf(word, at);
    if (found < 0) continue;
    if (found > at) out.push(...Array.from(text.slice(at, found)));
    out.push(word);
    at = found + word.length;
  }
  if (at < text.length) out.push(...Array.from(text.slice(at)));
  return out;
}

interface Replacement {
  start: number;
  end: number;
  to: string;
}

function applyReplacements(text: string, replacements: Replacement[]): string {
  if (replacements.length === 0) return text;
  replacements.sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const r of replacements) {
    if (r.start < at) continue;
    out += text.slice(at, r.start) + r.to;
    at = r.end;
  }
  return out + text.slice(at);
}

/**
 * Builds the reader: each trigger's pinyin comes from pinyin-pro (in context, so 一了百了 is yi liao bai
 * liao); each character of a message is compared by all its readings, so 自沙, 紫砂 and 自杀 all read zi sha.
 */
export function createPhoneticReader(options: PhoneticOptions): PhoneticReader {
  const triggers: Trigger[] = options.triggers.map((text) => {
    const syllables = tonelessSyllables(text);
    return { text, syllables, compact: syllables.join('') };
  });
  // Longest first, so 我不想活了 wins over 不想活.
  triggers.sort((a, b) => b.syllables.length - a.syllables.length);
  const byFirst = new Map<string, Trigger[]>();
  for (const trigger of triggers) {
    const first = trigger.syllables[0];
    if (first === undefined) continue;
    const bucket = byFirst.get(first) ?? [];
    bucket.push(trigger);
    byFirst.set(first, bucket);
  }
  const never = new Set(options.never);
  const table = readingsTable();
  const readings = (char: string): readonly string[] => table.get(char) ?? NO_READINGS;
  const prefixes = options.prefixes ?? [];
  // Typed phrases: the triggers and the extra words, longest first.
  const phrases: Trigger[] = [
    ...triggers,
    ...(options.words ?? []).map((text) => {
      const syllables = tonelessSyllables(text);
      return { text, syllables, compact: syllables.join('') };
    }),
  ].sort((a, b) => b.compact.length - a.compact.length);
  const syllables = allSyllables();
  // A lone typed syllable reads as the first character of the vocabulary that has it as its main reading.
  const charFor = new Map<string, string>();
  for (const char of options.vocabulary ?? '') {
    if (!HAN.test(char)) continue;
    const main = tonelessReading(char);
    if (!charFor.has(main)) charFor.set(main, char);
  }

  const readHan = (
    text: string,
    replacements: Replacement[],
    read: string[],
    isProtected: (start: number, end: number) => boolean,
  ): void => {
    let contextSeen: boolean | undefined;
    // Word boundaries (jieba), computed only once a candidate turns up: a homophone must be a word of its
    // own, so 「老子今天」 never reads as 自尽 across 老子|今天.
    let bounds: Set<number> | undefined;
    const aligned = (start: number, end: number): boolean => {
      if (!bounds) {
        bounds = new Set<number>([0]);
        let at = 0;
        for (const word of segmentAll(text)) {
          at += Array.from(word).length;
          bounds.add(at);
        }
      }
      return bounds.has(start) && bounds.has(end);
    };
    const chars = Array.from(text);
    const offsets: number[] = [];
    let offset = 0;
    for (const char of chars) {
      offsets.push(offset);
      offset += char.length;
    }
    offsets.push(offset);
    for (let i = 0; i < chars.length; i++) {
      const first = readings(chars[i] ?? '');
      if (first.length === 0) continue;
      let matched: Trigger | undefined;
      for (const reading of first) {
        for (const trigger of byFirst.get(reading) ?? []) {
          const n = trigger.syllables.length;
          if (i + n > chars.length) continue;
          let ok = true;
          for (let k = 1; k < n && ok; k++)
            ok = readings(chars[i + k] ?? '').includes(trigger.syllables[k] ?? '');
          if (!ok) continue;
          const span = chars.slice(i, i + n).join('');
          if (span === trigger.text || never.has(span) || !aligned(i, i + n)) continue;
          if (n < options.minSyllables) {
            const before = chars[i - 1] ?? '';
            const prefixed = prefixes.includes(before) && !prefixes.some((p) => trigger.text.startsWith(p));
            contextSeen ??= options.context.test(text);
            if (!contextSeen && !prefixed) continue;
          }
          if (!matched || n > matched.syllables.length) matched = trigger;
        }
      }
      if (matched) {
        const n = matched.syllables.length;
        const start = offsets[i] ?? 0;
        const end = offsets[i + n] ?? text.length;
        if (isProtected(start, end)) continue;
        replacements.push({ start, end, to: matched.text });
        read.push(matched.text);
        i += n - 1;
      }
    }
  };

  const readLatin = (text: string, replacements: Replacement[], read: string[]): void => {
    const runs = [...text.matchAll(LATIN_RUN)].map((run) => {
      const words = run[0].split(/[ '-]/u);
      return { run, words, pieces: words.map((w) => segmentPinyin(w, syllables)) };
    });
    // A message that has English in it (「can I apply 临时救助 here?」) writes its lone words in English too:
    // 「here」 is no pinyin 河热 there. Pinyin runs of two words or more are still read.
    const englishSeen = runs.some(({ pieces }) => pieces.some((p) => p === undefined));
    for (const { run, words, pieces } of runs) {
      const base = run.index ?? 0;
      // Only a run whose every word is pinyin is read as pinyin: English stays English.
      if (pieces.some((p) => p === undefined)) continue;
      if (englishSeen && words.length === 1) continue;
      // The run without its separators, with a map back to offsets in the text and the word boundaries.
      let compact = '';
      const at: number[] = [];
      const starts = new Set<number>([0]);
      const ends = new Set<number>();
      const syllableEnds = new Set<number>();
      for (let k = 0; k < run[0].length; k++) {
        const ch = run[0][k] ?? '';
        if (/[a-z]/u.test(ch)) {
          compact += ch;
          at.push(base + k);
        } else {
          ends.add(compact.length);
          starts.add(compact.length);
        }
      }
      ends.add(compact.length);
      let offset = 0;
      const syllableStarts: number[] = [];
      for (const list of pieces)
        for (const piece of list ?? []) {
          syllableStarts.push(offset);
          offset += piece.length;
          syllableEnds.add(offset);
        }
      // Pieces of the run's reading, by their start in `compact`; the run is rewritten whole, without the
      // spaces between its words, so that 「jin wan qu tiao he」 reads as one clause: 今晚去跳河.
      const taken: boolean[] = [];
      const output = new Map<number, string>();
      for (const phrase of phrases) {
        const c = phrase.compact;
        if (c.length === 0) continue;
        for (let from = compact.indexOf(c); from !== -1; from = compact.indexOf(c, from + 1)) {
          const to = from + c.length;
          if (!syllableEnds.has(to) && !ends.has(to)) continue;
          if (c.length < MIN_INSIDE_WORD && !starts.has(from) && !syllableStarts.includes(from)) continue;
          if (taken.slice(from, to).some(Boolean)) continue;
          for (let k = from; k < to; k++) taken[k] = true;
          output.set(from, phrase.text);
          read.push(phrase.text);
        }
      }
      // What no phrase covered reads syllable by syllable, as the patterns' own characters.
      for (let s = 0; s < syllableStarts.length; s++) {
        const from = syllableStarts[s] ?? 0;
        const to = syllableStarts[s + 1] ?? compact.length;
        if (taken.slice(from, to).some(Boolean)) continue;
        const syllable = compact.slice(from, to);
        output.set(from, charFor.get(syllable) ?? syllable);
      }
      const rewritten = [...output]
        .sort((x, y) => x[0] - y[0])
        .map(([, piece]) => piece)
        .join('');
      replacements.push({ start: base, end: base + run[0].length, to: rewritten });
    }
  };

  return {
    rewrite(text: string, isProtected = () => false) {
      const replacements: Replacement[] = [];
      const read: string[] = [];
      readHan(text, replacements, read, isProtected);
      readLatin(text, replacements, read);
      return { text: applyReplacements(text, replacements), read };
    },
  };
}
