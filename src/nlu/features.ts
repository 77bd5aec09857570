import { normalizeDialect } from '../text/dialect.js';
import { foldText } from '../text/normalize.js';
import { charNgrams, segment } from '../text/segment.js';

/** Splits text into word tokens; jieba by default, Intl.Segmenter for comparison in the benchmark. */
export type WordTokenizer = (text: string) => string[];

/** How a message becomes features: which word tokenizer, and which character n-gram sizes. */
export interface FeatureOptions {
  tokenizer: WordTokenizer;
  ngramSizes: readonly number[];
  /** Adjacent word pairs and the first and last word, which carry much of a short message's intent. */
  wordContext?: boolean;
}

/** jieba words, the segmenter the project ships with. */
export const jiebaTokenizer: WordTokenizer = segment;

let intlSegmenter: Intl.Segmenter | undefined;

/** Intl.Segmenter (ICU) words, the built-in alternative measured against jieba in bench/nlu. */
export const intlTokenizer: WordTokenizer = (text) => {
  intlSegmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  const words: string[] = [];
  for (const part of intlSegmenter.segment(text)) if (part.isWordLike) words.push(part.segment);
  return words;
};

/** The default, chosen by 5-fold cross-validation on intents/: jieba words, word pairs, first and last word, character 1- and 2-grams. */
export const DEFAULT_FEATURES: FeatureOptions = {
  tokenizer: jiebaTokenizer,
  ngramSizes: [1, 2],
  wordContext: true,
};

/** Normalises a message for classification: half-width, lowercase, dialect to Mandarin, every digit run one token. */
export function normalizeForFeatures(text: string): string {
  // Phone and ID digits say "this is data", not which data; one token keeps them from swamping the n-grams.
  return normalizeDialect(foldText(text).trim()).replace(/[0-9]+(?:\.[0-9]+)?x?/gu, '0');
}

/** Turns a message into its bag of features (with repeats): `w:` words and `c:` character n-grams. */
export function extractFeatures(text: string, options: FeatureOptions = DEFAULT_FEATURES): string[] {
  const normalized = normalizeForFeatures(text);
  const features: string[] = [];
  const words = options.tokenizer(normalized);
  for (const word of words) features.push(`w:${word}`);
  if (options.wordContext && words.length > 0) {
    for (let i = 1; i < words.length; i++) features.push(`b:${words[i - 1] ?? ''}_${words[i] ?? ''}`);
    features.push(`f:${words[0] ?? ''}`, `l:${words[words.length - 1] ?? ''}`);
  }
  for (const n of options.ngramSizes)
    for (const gram of charNgrams(normalized, n)) features.push(`c:${gram}`);
  // Very short messages (嗯, 不, 好的) are decided by their whole form, so it is a feature of its own.
  const compact = normalized.replace(/[\s\p{P}\p{S}]+/gu, '');
  if (Array.from(compact).length <= 4) features.push(`s:${compact}`);
  if (/[?？]|吗$|呢$/u.test(normalized)) features.push('q:question');
  return features;
}
