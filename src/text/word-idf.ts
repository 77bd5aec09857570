import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { segment } from './segment.js';

// jieba ships the inverse document frequency of ~270k words measured on a large general corpus
// (@node-rs/jieba/idf.txt). It tells how informative a word is in everyday Chinese, which a small
// policy corpus cannot: 「不了」 and 「事」 are common filler, 「养老保险」 and 「公积金」 are specific topics.
const require = createRequire(import.meta.url);
// Read from the file rather than the package's `dict` module, which would keep both files in memory for good.
const IDF_FILE = require.resolve('@node-rs/jieba/idf.txt');

/** Words rarer than this in general Chinese all count as fully specific; only commoner words are kept in memory. */
export const GENERAL_IDF_CAP = 9;

let table: Map<string, number> | undefined;

function load(): Map<string, number> {
  const map = new Map<string, number>();
  // Keeping only the ~20k common words keeps the table at a few MB instead of tens.
  for (const line of readFileSync(IDF_FILE, 'utf8').split('\n')) {
    const space = line.lastIndexOf(' ');
    if (space <= 0) continue;
    const value = Number(line.slice(space + 1));
    if (Number.isFinite(value) && value < GENERAL_IDF_CAP) map.set(line.slice(0, space), value);
  }
  return map;
}

/** Loads the table now (about 0.2 s) instead of on the first question, so no resident waits for it. */
export function preloadGeneralIdf(): void {
  table ??= load();
}

/** General-language idf of a word from jieba's table, capped at GENERAL_IDF_CAP (unknown words get the cap). */
export function generalIdf(word: string): number {
  table ??= load();
  return table.get(word) ?? GENERAL_IDF_CAP;
}

/** General idf of a word or a phrase; a phrase jieba splits (「找谁」 → 找 / 谁) counts as its most specific word. */
export function phraseIdf(phrase: string): number {
  table ??= load();
  const known = table.get(phrase);
  if (known !== undefined) return known;
  const words = segment(phrase);
  if (words.length <= 1) return GENERAL_IDF_CAP;
  return Math.max(...words.map(generalIdf));
}
