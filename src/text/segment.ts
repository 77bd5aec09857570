import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type * as JiebaModule from '@node-rs/jieba';
import type { Jieba as JiebaType } from '@node-rs/jieba';

// @node-rs/jieba ships CommonJS with a prebuilt native binary; createRequire keeps ESM happy.
const require = createRequire(import.meta.url);
const { Jieba } = require('@node-rs/jieba') as typeof JiebaModule;
// The package's `dict` module would also read its 6 MB IDF table (unused here) and keep both files in the module
// cache for the life of the process; reading the dictionary file once and letting it go saves about 11 MB.
const DICTIONARY_FILE = require.resolve('@node-rs/jieba/dict.txt');

let jieba: JiebaType | undefined;
// Words already given to the dictionary: the NLU and the knowledge base both add the domain's words, and each
// load of a word costs the dictionary's time again (about 18 ms for the domain's list).
const added = new Set<string>();

/** Adds domain words (低保, 救急难 …) so the segmenter keeps them whole; call before the first segment(). */
export function addSegmenterWords(words: readonly string[]): void {
  const instance = getJieba();
  for (const word of words) {
    if (added.has(word)) continue;
    added.add(word);
    instance.loadDict(Buffer.from(`${word} 100000\n`, 'utf8'));
  }
}

function getJieba(): JiebaType {
  // Loading the dictionary takes ~100 ms, so it happens once per process, on first use.
  jieba ??= Jieba.withDict(readFileSync(DICTIONARY_FILE));
  return jieba;
}

const PUNCTUATION = /^[\s\p{P}\p{S}]+$/u;

/** Splits Chinese text into words with jieba (precise mode), dropping whitespace and punctuation tokens. */
export function segment(text: string): string[] {
  return getJieba()
    .cut(text, false)
    .filter((token) => !PUNCTUATION.test(token));
}

/** Character n-grams of the Han and alphanumeric runs in the text, robust to typos and unknown words. */
export function charNgrams(text: string, n: number): string[] {
  const grams: string[] = [];
  for (const run of text.match(/[\p{Script=Han}a-z0-9]+/gu) ?? []) {
    const chars = Array.from(run);
    for (let i = 0; i + n <= chars.length; i++) grams.push(chars.slice(i, i + n).join(''));
  }
  return grams;
}

/** Part-of-speech tags from jieba (nr = person name, n = noun …), for telling 潘雨婷 from 白血病. */
export function tagWords(text: string): { word: string; tag: string }[] {
  return getJieba().tag(text, false);
}
