import { createPinyinReader } from './pinyin-reader.js';
import { toSimplified } from './to-simplified.js';
import { fixSlips } from './typing-slips.js';

/** Turns what a resident typed into the text the dialogue reads: simplified characters, pinyin spelt out, slips fixed. */
export type TextReader = (text: string) => string;

/** A reader over the phrases the bot knows (intent examples, form choices), for pinyin messages. */
export function createTextReader(phrases: readonly string[]): TextReader {
  const pinyin = createPinyinReader(phrases);
  return (text) => {
    const simplified = pinyin.read(text) ?? toSimplified(text);
    return fixSlips(pinyin.readMixed(simplified) ?? simplified);
  };
}
