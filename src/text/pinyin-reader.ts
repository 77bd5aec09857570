import { emojiAsSpaces } from './emoji.js';
import { segment } from './segment.js';
import { tonelessSyllables } from './toneless-pinyin.js';

const HAN_WORD = /^\p{Script=Han}+$/u;
// Digits may sit between the syllables (「2 kou ren」「mei ge yue 800 kuai」): they are kept as typed; so are the
// brackets and marks of an aside (「(shou ji shu ru fa huai le)」).
const PINYIN_MESSAGE = /^(?=.*[a-zA-Z])[a-zA-Z0-9ü:\s,.!?'，。！？()（）;；、~-]+$/u;
const MAX_WORD_SYLLABLES = 6;
// Round 35: English words typed among pinyin (「ok tong yi」), kept as they are rather than failing the whole reading.
const ENGLISH_ASIDES: ReadonlySet<string> = new Set([
  'ok',
  'okay',
  'yes',
  'hi',
  'hello',
  'sorry',
  'thanks',
  'thx',
  'pls',
  'please',
]);
// The longest phrase learned whole as a word (养老金, 最低生活保障 is segmented anyway).
const MAX_PHRASE_AS_WORD = 4;
const MAX_SYLLABLE_CHARS = 6;
// Longer than any plea written in pinyin; a longer Latin run is not read as pinyin at all (bounded work).
const MAX_PINYIN_CHARS = 300;

/** Reads messages written in toneless pinyin (「wo xiang shen qing di bao」) back into characters. */
export interface PinyinReader {
  /** The message in characters when it is pinyin the reader knows, else undefined. */
  read(text: string): string | undefined;
  /**
   * A message mixing characters and pinyin (「cha yi xia wo de 就业救助 jin du」) with each run of two or
   * more pinyin words it knows spelt out; undefined when there is no such run.
   */
  readMixed(text: string): string | undefined;
}

// Latin words in a row inside a message with characters: the pinyin runs a mixed message has. A run of
// one word is read only when it is a whole known word of two or more syllables (「我想问 dibao 的事」):
// a lone syllable or an English word (「ID」, 「app」) is left as typed.
const LATIN_RUN = /[a-zA-Z]{1,12}(?:[ \t]{1,3}[a-zA-Z]{1,12})*/g;
const ONE_WORD = /^[a-zA-Z]+$/;
const HAN = /\p{Script=Han}/u;
// One syllable glued to a character (「救zhu」「di保」): half of a word typed before the input method caught up.
const HALF_AFTER = /(\p{Script=Han})([a-zA-Z]{1,6})(?![a-zA-Z])/gu;
const HALF_BEFORE = /(?<![a-zA-Z])([a-zA-Z]{1,6})(\p{Script=Han})/gu;

function syllablesOf(word: string): string[] {
  return tonelessSyllables(word).map((s) => s.toLowerCase());
}

/**
 * Builds the reader from phrases the bot knows (intent examples, form choices): each word's toneless
 * syllables, from pinyin-pro, map back to the word residents most often mean by them.
 */
export function createPinyinReader(phrases: readonly string[]): PinyinReader {
  // Built on the first message that looks like pinyin: a second or two of work that most instances never need.
  let tables: Tables | undefined;
  return {
    read(text) {
      if (text.length > MAX_PINYIN_CHARS) return undefined;
      // 「tong yi 👌」: emoji beside the pinyin say nothing the words do not; the words are read without them.
      const spaced = emojiAsSpaces(text);
      const words = spaced === text ? text : spaced.trim();
      if (!PINYIN_MESSAGE.test(words)) return undefined;
      tables ??= buildTables(phrases);
      return readWith(tables, words);
    },
    readMixed(text) {
      if (text.length > MAX_PINYIN_CHARS || !HAN.test(text)) return undefined;
      let changed = false;
      const runs = text.replace(LATIN_RUN, (run) => {
        tables ??= buildTables(phrases);
        const characters = ONE_WORD.test(run) ? readWord(tables, run) : readWith(tables, run);
        if (characters === undefined) return run;
        changed = true;
        return characters;
      });
      // A half word is completed only into a two-character word the phrases know, so 「好ok」 stays as typed.
      const halfWord = (han: string, latin: string, hanFirst: boolean): string | undefined => {
        tables ??= buildTables(phrases);
        const own = syllablesOf(han)[0];
        const syllable = latin.toLowerCase();
        if (own === undefined || !tables.syllables.has(syllable)) return undefined;
        const word = tables.best.get(hanFirst ? `${own} ${syllable}` : `${syllable} ${own}`);
        if (word === undefined || word.length !== 2 || word[hanFirst ? 0 : 1] !== han) return undefined;
        changed = true;
        return word;
      };
      const read = runs
        .replace(HALF_AFTER, (whole, han: string, latin: string) => halfWord(han, latin, true) ?? whole)
        .replace(HALF_BEFORE, (whole, latin: string, han: string) => halfWord(han, latin, false) ?? whole);
      return changed ? read : undefined;
    },
  };
}

interface Tables {
  /** Toneless syllables joined with spaces → the word (or character) residents most often mean. */
  best: Map<string, string>;
  syllables: Set<string>;
}

function buildTables(phrases: readonly string[]): Tables {
  const counts = new Map<string, Map<string, number>>();
  const count = (key: string, word: string): void => {
    const byWord = counts.get(key) ?? new Map<string, number>();
    byWord.set(word, (byWord.get(word) ?? 0) + 1);
    counts.set(key, byWord);
  };
  for (const phrase of phrases) {
    // A short phrase is a word of its own too (「养老金」, which the segmenter cuts into 养老 / 金), so its
    // sound reads back whole rather than as the commonest character of each syllable. Only a word-sized
    // phrase: a whole short sentence among the examples (one with a typing slip in it) would otherwise
    // outrank the words it is made of.
    const whole = HAN_WORD.test(phrase) && phrase.length <= MAX_PHRASE_AS_WORD ? [phrase] : [];
    for (const word of [...new Set([...segment(phrase), ...whole])]) {
      if (!HAN_WORD.test(word)) continue;
      const syllables = syllablesOf(word);
      if (syllables.length === 0 || syllables.length > MAX_WORD_SYLLABLES) continue;
      count(syllables.join(' '), word);
      // Each character too, so a word the phrases never had is still spelt out one character at a time.
      Array.from(word).forEach((char, i) => count(syllables[i] ?? '', char));
    }
  }
  const best = new Map<string, string>();
  for (const [key, byWord] of counts) {
    const top = [...byWord].sort((a, b) => b[1] - a[1])[0];
    if (top && key !== '') best.set(key, top[0]);
  }
  return { best, syllables: new Set([...best.keys()].filter((k) => !k.includes(' '))) };
}

/** Splits a run of letters into known syllables, fewest first (「jiuming」 → jiu ming); undefined if it cannot. */
function split(syllableSet: ReadonlySet<string>, run: string): string[] | undefined {
  // count[end]: fewest syllables spelling run[0, end); from[end]: where the last of them starts. Back
  // pointers rather than copied arrays keep a long run linear.
  const count = new Array<number>(run.length + 1).fill(Infinity);
  const from = new Array<number>(run.length + 1).fill(-1);
  count[0] = 0;
  for (let end = 1; end <= run.length; end++) {
    for (let start = Math.max(0, end - MAX_SYLLABLE_CHARS); start < end; start++) {
      if (count[start]! + 1 >= count[end]! || !syllableSet.has(run.slice(start, end))) continue;
      count[end] = count[start]! + 1;
      from[end] = start;
    }
  }
  if (from[run.length] === -1 && run.length > 0) return undefined;
  const parts: string[] = [];
  for (let end = run.length; end > 0; end = from[end]!) parts.unshift(run.slice(from[end], end));
  return parts;
}

/** A number, or an English word said in passing: kept as typed among the pinyin around it. */
function keptAsTyped(piece: string): boolean {
  return /^[0-9]/.test(piece) || ENGLISH_ASIDES.has(piece);
}

function readWith({ best, syllables: syllableSet }: Tables, text: string): string | undefined {
  const pieces = text
    .toLowerCase()
    .replace(/ü|u:/g, 'v')
    .match(/[a-z]+|[0-9]+/g);
  // Only English words and numbers (「ok 👌」): nothing is pinyin, so nothing is read.
  if (!pieces || pieces.every(keptAsTyped)) return undefined;
  let out = '';
  let syllables: string[] = [];
  for (const piece of pieces) {
    if (keptAsTyped(piece)) {
      // A number ends the words before it and is kept, set apart by spaces as the resident typed it; so is an
      // English word said in passing (「ok tong yi wo zi ji shen qing」).
      const words = wordsOf(best, syllables);
      if (words === undefined) return undefined;
      out += `${words} ${piece} `;
      syllables = [];
      continue;
    }
    const parts = split(syllableSet, piece);
    if (!parts) return undefined;
    syllables.push(...parts);
  }
  const words = wordsOf(best, syllables);
  return words === undefined ? undefined : (out + words).trim();
}

/** One Latin word as the known word of two or more syllables it spells (「dibao」 → 低保), else undefined. */
function readWord({ best, syllables: syllableSet }: Tables, word: string): string | undefined {
  const parts = split(syllableSet, word.toLowerCase().replace(/ü|u:/g, 'v'));
  return parts && parts.length >= 2 ? best.get(parts.join(' ')) : undefined;
}

/** The syllables as words, the longest known word first at each place; undefined when one is unknown. */
function wordsOf(best: ReadonlyMap<string, string>, syllables: readonly string[]): string | undefined {
  let out = '';
  for (let i = 0; i < syllables.length;) {
    let matched = false;
    for (let n = Math.min(MAX_WORD_SYLLABLES, syllables.length - i); n >= 1; n--) {
      const word = best.get(syllables.slice(i, i + n).join(' '));
      if (word) {
        out += word;
        i += n;
        matched = true;
        break;
      }
    }
    if (!matched) return undefined;
  }
  return out;
}
