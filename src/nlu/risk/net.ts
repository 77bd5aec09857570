import { DEFAULT_FEATURES, extractFeatures } from '../features.js';
import { FeatureIndex, type FeatureLookup } from '../feature-index.js';
import { HALF_VALUES, halfArrayFrom } from '../half-float.js';
import type { RiskExample } from './examples.js';

/** What the learned net says about a message. */
export interface RiskNetPrediction {
  /** Probability that the message is urgent (critical or high in the labels). */
  urgent: number;
  /** Probability that it is distress or worse. */
  distressOrWorse: number;
  /** The most likely known category among the urgent ones, or null when none was learned. */
  category: string | null;
}

/** A trained safety net: synchronous, a few tens of microseconds per message. */
export interface RiskNet {
  /**
   * `text` is the message as the rules read it (createMessageReader): prepared, rewritten, hard negatives
   * blanked; `hints` are the rules' partial signals (netHints), used when the net was trained with them.
   */
  predict(text: string, hints?: readonly string[]): RiskNetPrediction;
  /** How many examples it learned from, per class. */
  readonly classes: ReadonlyMap<string, number>;
  /** The trained parameters, for the on-disk cache (absent for a hand-made net in tests). */
  readonly model?: RiskNetModel;
}

/** Everything a trained net is made of: what the cache stores and riskNetFromModel rebuilds. */
export interface RiskNetModel {
  /** Class names: none, distress, then the urgent ones (`c:<category>` or `urgent`). */
  classNames: string[];
  /** Examples per class, in the order of classNames. */
  counts: number[];
  /** The features, in the order of their rows in `weights`. */
  vocabulary: string[];
  /** Computed in float64 and kept in float32 (1 MB less; no decision changes, see weights). */
  idf: Float32Array;
  /**
   * vocabulary.length × classNames.length, row-major, as half-precision patterns (half-float.ts). Trained in
   * float64 and kept in 16 bits: the largest table of the process (about 29 MB in float32) halves, the urgent
   * probability moves by less than 0.0002 and no level or category changes on the development messages.
   */
  weights: Uint16Array;
  bias: Float64Array;
  /** Buckets of the hashed character 3-grams read beside the classifier's features (0 or absent: none). */
  trigramBuckets?: number;
  /** Whether the rules' partial signals (hints) are read as features. */
  hints?: boolean;
}

/** Training settings; defaults chosen on the development data by cross-validation (bench/risk). */
export interface RiskNetOptions {
  epochs?: number;
  learningRate?: number;
  l2?: number;
  seed?: number;
  /** Categories of the taxonomy, so that a label outside it trains its level only. */
  knownCategories?: ReadonlySet<string>;
  /**
   * How an example is read before training, exactly as the assessor reads a message before asking the net
   * (createNetReader): prepared, slang rewritten, hard negatives blanked. Default: the text as it is.
   */
  read?: (text: string) => string;
  /** The rules' partial signals of an example (netHints of its composition); absent: not used as features. */
  hintsOf?: (text: string) => readonly string[];
  /** Buckets of hashed character 3-grams added to the features (0: none). */
  trigramBuckets?: number;
  /** Weight of the urgent group against none and distress, on top of the balancing (1: balanced). */
  urgentWeight?: number;
  /** A weight per example (same order), on top of the class balancing; absent: 1 each. */
  exampleWeights?: readonly number[];
}

const NONE = 'none';
const DISTRESS = 'distress';
// An urgent example whose category is unknown still teaches the model what urgent looks like.
const URGENT_UNKNOWN = 'urgent';
// The net reads at most this much: enough for the gist, and bounded on a 2,000-character message.
const MAX_NET_CHARS = 300;

function classOf(example: RiskExample, known: ReadonlySet<string> | undefined): string {
  if (example.level === 'none') return NONE;
  if (example.level === 'distress') return DISTRESS;
  if (example.category && (!known || known.has(example.category))) return `c:${example.category}`;
  return URGENT_UNKNOWN;
}

// A tiny seeded PRNG (mulberry32) so that the same data always trains the same model.
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The part of a message the net reads: its head and its tail when it is long. */
export function netText(text: string): string {
  if (text.length <= MAX_NET_CHARS) return text;
  const half = MAX_NET_CHARS / 2;
  return `${text.slice(0, half)}。${text.slice(text.length - half)}`;
}

// FNV-1a over UTF-16 code units: cheap, deterministic, no allocation per gram.
function hashGram(text: string, start: number, end: number, buckets: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0) % buckets;
}

/**
 * The features the net reads: the intent classifier's (words, word pairs, character 1–2-grams), hashed
 * character 3-grams when `trigramBuckets` > 0 (phrasings the words split apart), and the rules' hints.
 */
export function netFeatures(
  text: string,
  trigramBuckets: number,
  hints: readonly string[] | undefined,
): string[] {
  const short = netText(text);
  const features = extractFeatures(short, DEFAULT_FEATURES);
  if (trigramBuckets > 0) {
    // Grams inside runs of letters only: punctuation and the blanking mask carry no phrasing.
    const letters = short.replace(/[\s\p{P}\p{S}□]+/gu, ' ');
    for (let i = 0; i + 3 <= letters.length; i++) {
      if (
        letters.charCodeAt(i) === 32 ||
        letters.charCodeAt(i + 1) === 32 ||
        letters.charCodeAt(i + 2) === 32
      )
        continue;
      features.push(`t:${String(hashGram(letters, i, i + 3, trigramBuckets))}`);
    }
  }
  if (hints) for (const hint of hints) features.push(`r:${hint}`);
  return features;
}

/**
 * Trains a softmax regression over the intent classifier's features (jieba words, word pairs, character
 * 1–2-grams) with classes none, distress and one per urgent category; class-balanced and deterministic.
 */
export function trainRiskNet(examples: readonly RiskExample[], options: RiskNetOptions = {}): RiskNet {
  const epochs = options.epochs ?? 15;
  const learningRate = options.learningRate ?? 0.8;
  const l2 = options.l2 ?? 5e-4;
  const labels = examples.map((e) => classOf(e, options.knownCategories));
  const classNames = [...new Set([NONE, DISTRESS, ...labels])];
  const K = classNames.length;
  const classIndex = new Map(classNames.map((name, i) => [name, i]));

  const read = options.read ?? ((text: string): string => text);
  const trigramBuckets = options.trigramBuckets ?? 0;
  const hintsOf = options.hintsOf;
  const bags = examples.map((e) => netFeatures(read(e.text), trigramBuckets, hintsOf?.(e.text)));
  const vocabulary = new Map<string, number>();
  const df: number[] = [];
  for (const bag of bags) {
    for (const feature of new Set(bag)) {
      let j = vocabulary.get(feature);
      if (j === undefined) {
        j = vocabulary.size;
        vocabulary.set(feature, j);
        df.push(0);
      }
      df[j] = (df[j] ?? 0) + 1;
    }
  }
  const N = examples.length;
  const idf = Float64Array.from(df, (d) => Math.log((N + 1) / (d + 1)) + 1);
  const vectorize = (features: readonly string[]): Vector => toVector(features, vocabulary, idf);
  const vectors = bags.map(vectorize);
  const y = labels.map((l) => classIndex.get(l) ?? 0);
  const perClass = new Array<number>(K).fill(0);
  for (const k of y) perClass[k] = (perClass[k] ?? 0) + 1;
  // Balanced between none, distress and urgent as groups, so that many calm messages do not drown the rest.
  const groupOf = (k: number): string => (k <= 1 ? (classNames[k] ?? NONE) : 'urgent');
  const perGroup = new Map<string, number>();
  for (const k of y) perGroup.set(groupOf(k), (perGroup.get(groupOf(k)) ?? 0) + 1);
  const urgentWeight = options.urgentWeight ?? 1;
  const weightOf = (k: number): number =>
    (N / (perGroup.size * (perGroup.get(groupOf(k)) ?? N))) * (k > 1 ? urgentWeight : 1);

  const V = vocabulary.size;
  const weights = new Float64Array(V * K);
  const bias = new Float64Array(K);
  const scores = new Float64Array(K);
  const score = (x: Vector): void => {
    addScores(x, weights, bias, scores);
    softmax(scores);
  };

  const rand = random(options.seed ?? 20261202);
  const order = Array.from({ length: N }, (_, i) => i);
  const total = epochs * N;
  let step = 0;
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = N - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j] ?? 0, order[i] ?? 0];
    }
    for (const n of order) {
      const x = vectors[n];
      const target = y[n] ?? 0;
      if (!x) continue;
      const lr = learningRate * (1 - step / total) + 0.01;
      step++;
      score(x);
      const w = weightOf(target) * (options.exampleWeights?.[n] ?? 1);
      for (let k = 0; k < K; k++) {
        const gradient = w * ((scores[k] ?? 0) - (k === target ? 1 : 0));
        scores[k] = gradient;
        bias[k] = (bias[k] ?? 0) - lr * gradient;
      }
      for (let t = 0; t < x.index.length; t++) {
        const base = (x.index[t] ?? 0) * K;
        const v = x.value[t] ?? 0;
        for (let k = 0; k < K; k++) {
          const current = weights[base + k] ?? 0;
          weights[base + k] = current - lr * ((scores[k] ?? 0) * v + l2 * current);
        }
      }
    }
  }

  return riskNetFromModel({
    classNames,
    counts: perClass,
    vocabulary: [...vocabulary.keys()],
    idf: Float32Array.from(idf),
    weights: halfArrayFrom(weights),
    bias,
    ...(trigramBuckets > 0 ? { trigramBuckets } : {}),
    ...(hintsOf ? { hints: true } : {}),
  });
}

interface Vector {
  index: Int32Array;
  value: Float64Array;
}

/** A bag of features as a sparse, tf-idf weighted, unit-length vector over the vocabulary. */
function toVector(
  features: readonly string[],
  vocabulary: FeatureLookup,
  idf: Float32Array | Float64Array,
): Vector {
  const counts = new Map<number, number>();
  for (const f of features) {
    const j = vocabulary.get(f);
    if (j !== undefined) counts.set(j, (counts.get(j) ?? 0) + 1);
  }
  // Filled in the map's order, as Int32Array.from / Float64Array.from over its entries did, without their iterators.
  const index = new Int32Array(counts.size);
  const value = new Float64Array(counts.size);
  let at = 0;
  for (const [j, n] of counts) {
    index[at] = j;
    value[at] = (1 + Math.log(n)) * (idf[j] ?? 1);
    at++;
  }
  let norm = 0;
  for (const v of value) norm += v * v;
  norm = Math.sqrt(norm) || 1;
  for (let t = 0; t < value.length; t++) value[t] = (value[t] ?? 0) / norm;
  return { index, value };
}

/** The scores of a vector under float64 weights (training), written into `out` (length K). */
function addScores(x: Vector, weights: Float64Array, bias: Float64Array, out: Float64Array): void {
  const K = out.length;
  out.set(bias);
  for (let t = 0; t < x.index.length; t++) {
    const base = (x.index[t] ?? 0) * K;
    const v = x.value[t] ?? 0;
    for (let k = 0; k < K; k++) out[k] = (out[k] ?? 0) + v * (weights[base + k] ?? 0);
  }
}

/**
 * The same under the kept half-precision weights (prediction). Apart from addScores so that each hot loop reads
 * one kind of typed array (V8 keeps such loops monomorphic), and training's float64 sums stay exactly as they were.
 */
function addHalfScores(x: Vector, weights: Uint16Array, bias: Float64Array, out: Float64Array): void {
  const K = out.length;
  out.set(bias);
  for (let t = 0; t < x.index.length; t++) {
    const base = (x.index[t] ?? 0) * K;
    const v = x.value[t] ?? 0;
    for (let k = 0; k < K; k++) out[k] = (out[k] ?? 0) + v * (HALF_VALUES[weights[base + k] ?? 0] ?? 0);
  }
}

/** Scores turned into class probabilities, in place. */
function softmax(out: Float64Array): void {
  const K = out.length;
  let max = -Infinity;
  for (const s of out) if (s > max) max = s;
  let sum = 0;
  for (let k = 0; k < K; k++) {
    const e = Math.exp((out[k] ?? 0) - max);
    out[k] = e;
    sum += e;
  }
  for (let k = 0; k < K; k++) out[k] = (out[k] ?? 0) / sum;
}

/** The net a model describes (freshly trained or read from the cache): the same predictions either way. */
export function riskNetFromModel(model: RiskNetModel): RiskNet {
  // The list of features is not kept: the packed index holds them (see feature-index.ts), and the model for the
  // cache is put back together from it on the rare read of `model`.
  const { vocabulary: list, ...rest } = model;
  const { classNames, idf, weights, bias } = rest;
  const trigramBuckets = rest.trigramBuckets ?? 0;
  const readsHints = rest.hints === true;
  const K = classNames.length;
  const vocabulary = new FeatureIndex(list);
  const scores = new Float64Array(K);
  return {
    classes: new Map(classNames.map((name, k) => [name, rest.counts[k] ?? 0])),
    get model(): RiskNetModel {
      return { ...rest, vocabulary: vocabulary.features() };
    },
    predict(text: string, hints?: readonly string[]): RiskNetPrediction {
      const features = netFeatures(text, trigramBuckets, readsHints ? (hints ?? []) : undefined);
      const x = toVector(features, vocabulary, idf);
      if (x.index.length === 0) return { urgent: 0, distressOrWorse: 0, category: null };
      addHalfScores(x, weights, bias, scores);
      softmax(scores);
      let urgent = 0;
      let best: string | null = null;
      let bestP = -1;
      for (let k = 2; k < K; k++) {
        const p = scores[k] ?? 0;
        urgent += p;
        const name = classNames[k] ?? '';
        if (name.startsWith('c:') && p > bestP) {
          bestP = p;
          best = name.slice(2);
        }
      }
      return { urgent, distressOrWorse: urgent + (scores[1] ?? 0), category: best };
    },
  };
}
