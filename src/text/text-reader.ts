import { glossEnglish } from './english-gloss.js';
import { createPinyinReader, type PinyinReader } from './pinyin-reader.js';
import { toSimplified } from './to-simplified.js';
import { fixSlips } from './typing-slips.js';

/**
 * Turns what a resident typed into the text the dialogue reads: English words in a Chinese message glossed,
 * simplified characters, pinyin spelt out, slips fixed.
 */
export type TextReader = (text: string) => string;

/** A reader over the phrases the bot knows (intent examples, form choices), for pinyin messages. */
export function createTextReader(phrases: readonly string[]): TextReader {
  const pinyin = createPinyinReader(phrases);
  return (text) => fixSlips(spellOut(glossEnglish(text), pinyin));
}

/**
 * The text in simplified characters: a message typed wholly in pinyin spelt out, else traditional characters
 * made simplified, then any pinyin run inside characters spelt out. Without a reader, only the characters.
 */
export function spellOut(text: string, pinyin?: PinyinReader): string {
  const simplified = pinyin?.read(text) ?? toSimplified(text);
  return pinyin?.readMixed(simplified) ?? simplified;
}
