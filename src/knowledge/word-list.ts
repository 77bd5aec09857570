import { normalizeText } from '../text/normalize.js';

/**
 * Reads whether a text holds any word of a list (knowledge/hardship.yaml, knowledge/ours.yaml: 救助, 救济,
 * 窗口 …), the words normalised as questions are. A plain substring test per word: bounded on any input.
 */
export function createWordListReader(words: readonly string[]): (text: string) => boolean {
  const list = [...new Set(words.map(normalizeText).filter((w) => w !== ''))];
  return (text) => list.some((w) => text.includes(w));
}
