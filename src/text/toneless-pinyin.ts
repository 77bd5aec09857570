import { createRequire } from 'node:module';
import { pinyin } from 'pinyin-pro';
import { createStartUpMemo } from '../runtime/start-up-memo.js';

/**
 * Toneless pinyin (v for ü) from pinyin-pro, the one place the code asks for it. A start reads the same thousands of
 * words and the 20,902 CJK characters as pinyin every time (the phonetic crisis reader, the pinyin reader, the
 * homophone fixer), about half a second; while the start-up memos are open those readings come back from the last
 * start, keyed by the text under the pinyin-pro release. After start every call asks pinyin-pro.
 */

const release = (createRequire(import.meta.url)('pinyin-pro/package.json') as { version: string }).version;

const memo = createStartUpMemo({
  name: 'pinyin',
  format: `yimen-toneless-pinyin/1 pinyin-pro@${release}`,
  // The characters' readings, the known words and phrases, the synonym keys: about 40,000 at start.
  maxEntries: 100_000,
});

/** One toneless syllable per character of `text`, read in context (一了百了 → yi liao bai liao); other characters as they are. */
export function tonelessSyllables(text: string): string[] {
  return memo.recall(`s${text}`, () => pinyin(text, { toneType: 'none', type: 'array', v: true }));
}

/** Every toneless reading of one character (了 → le, liao). */
export function tonelessReadings(char: string): string[] {
  return memo.recall(`r${char}`, () =>
    pinyin(char, { toneType: 'none', type: 'array', multiple: true, v: true }),
  );
}

/** The main toneless reading of one character (or of a text, joined by spaces). */
export function tonelessReading(text: string): string {
  return memo.recall(`m${text}`, () => pinyin(text, { toneType: 'none', v: true }));
}
