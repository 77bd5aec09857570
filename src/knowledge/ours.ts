import { normalizeText } from '../text/normalize.js';

/**
 * Reads whether a question is the one window's business by its own words (knowledge/ours.yaml: 救助,
 * 救济, 窗口 …), apart from whether any passage answers it. A plain substring test per word: bounded on
 * any input.
 */
export function createOursReader(words: readonly string[]): (text: string) => boolean {
  const ours = [...new Set(words.map(normalizeText).filter((w) => w !== ''))];
  return (text) => ours.some((w) => text.includes(w));
}
