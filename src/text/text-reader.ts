import { normalizeDialect } from './dialect.js';
import { glossEnglish } from './english-gloss.js';
import { createPinyinReader, type PinyinReader } from './pinyin-reader.js';
import { PINYIN_WORDS } from './pinyin-words.js';
import { toSimplified } from './to-simplified.js';
import { fixSlips } from './typing-slips.js';

/**
 * Turns what a resident typed into the text the dialogue reads: English words in a Chinese message glossed,
 * simplified characters, pinyin spelt out, dialect words in Mandarin, slips fixed.
 */
export type TextReader = (text: string) => string;

/** A reader over the phrases the bot knows (intent examples, form choices), for pinyin messages. */
export function createTextReader(phrases: readonly string[]): TextReader {
  const pinyin = createPinyinReader([...phrases, ...PINYIN_WORDS]);
  // Dialect words are read after the characters are simplified (係 of 關係 is gone by then) and before the slips, so
  // that 加埋 (all told), 冇 (none) and 𠊎 (I) reach the form readers as the Mandarin they know.
  return (text) => fixSlips(normalizeDialect(spellOut(glossEnglish(withPinyinUnits(text)), pinyin)));
}

// 「1.5 wan」「三 wan」: a figure then wan is ten thousand, before the pinyin reader could make it 晚 (or read the point away).
const FIGURE_WAN = /([0-9]+(?:\.[0-9]+)?|[一二两三四五六七八九十几]+)\s*wan(?![a-zA-Z])/giu;

/** The text with a figure's unit typed in pinyin written as the character (1.5 wan → 1.5万). */
export function withPinyinUnits(text: string): string {
  return text.replace(FIGURE_WAN, '$1万');
}

/**
 * The text in simplified characters: a message typed wholly in pinyin spelt out, else traditional characters
 * made simplified, then any pinyin run inside characters spelt out. Without a reader, only the characters.
 */
export function spellOut(text: string, pinyin?: PinyinReader): string {
  const simplified = pinyin?.read(text) ?? toSimplified(text);
  return pinyin?.readMixed(simplified) ?? simplified;
}
