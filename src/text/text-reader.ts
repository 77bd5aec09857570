import { createPinyinReader } from './pinyin-reader.js';
import { toSimplified } from './to-simplified.js';

/** Turns what a resident typed into the text the dialogue reads: simplified characters, pinyin spelt out. */
export type TextReader = (text: string) => string;

/** A reader over the phrases the bot knows (intent examples, form choices), for pinyin messages. */
export function createTextReader(phrases: readonly string[]): TextReader {
  const pinyin = createPinyinReader(phrases);
  return (text) => pinyin.read(text) ?? toSimplified(text);
}
