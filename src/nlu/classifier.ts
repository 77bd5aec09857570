import { DEFAULT_FEATURES, extractFeatures, type FeatureOptions } from './features.js';
import { FeatureIndex, type FeatureLookup } from './feature-index.js';
import { MAX_MESSAGE_CHARS } from '../text/limits.js';
import { cutText } from '../text/well-formed.js';
import { INTENT_NAMES, type IntentName } from './types.js';

/** A labelled training sentence. */
export interface LabelledExample {
  text: string;
  intent: IntentName;
}

/** The classifier's verdict: the best intent, its probability, and every intent's probability. */
export interface IntentPrediction {
  name: IntentName;
  confidence: number;
  probabilities: Record<IntentName, number>;
}

/** A trained intent classifier; `classify` is synchronous and allocation-light. */
export interface IntentClassifier {
  classify(text: string): IntentPrediction;
  /** Size of the learned vocabulary, for the benchmark's report. */
  readonly vocabularySize: number;
}

/**
 * The learned weights: feature j of `vocabulary` has weights[j * K + k] for intent k of INTENT_NAMES. Fitted in
 * float64 and kept in float32 (idf and weights), as the risk net's are: half the memory, no intent changes on
 * the development sets (bench/models/compare-decisions.mjs).
 */
export interface IntentModel {
  vocabulary: string[];
  idf: Float32Array;
  weights: Float32Array;
  bias: Float64Array;
  temperature: number;
}

/** Training settings; the defaults were chosen on the training data alone, never on bench/nlu. */
export interface TrainOptions {
  features?: FeatureOptions;
  epochs?: number;
  learningRate?: number;
  l2?: number;
  seed?: number;
  /** Divides the scores before the softmax so that confidence matches accuracy; fitted by cross-validation. */
  temperature?: number;
}

interface SparseVector {
  index: Int32Array;
  value: Float64Array;
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

function count(features: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const f of features) counts.set(f, (counts.get(f) ?? 0) + 1);
  return counts;
}

function softmaxInPlace(scores: Float64Array): void {
  let max = -Infinity;
  for (const s of scores) if (s > max) max = s;
  let sum = 0;
  for (let k = 0; k < scores.length; k++) {
    const e = Math.exp((scores[k] ?? 0) - max);
    scores[k] = e;
    sum += e;
  }
  for (let k = 0; k < scores.length; k++) scores[k] = (scores[k] ?? 0) / sum;
}

/**
 * Trains a multinomial logistic regression over TF-IDF weighted jieba words and character n-grams.
 * Deterministic (seeded shuffle), class-balanced, and a few hundred milliseconds for ~1,000 examples.
 */
export function trainIntentClassifier(
  examples: readonly LabelledExample[],
  options: TrainOptions = {},
): IntentClassifier {
  return intentClassifierFrom(fitIntentModel(examples, options), options.features);
}

/** The TF-IDF vector of a bag of features over a model's vocabulary, L2-normalised. */
function vectorizer(vocabulary: FeatureLookup, idf: Float32Array | Float64Array) {
  return (bag: ReadonlyMap<string, number>): SparseVector => {
    const index: number[] = [];
    const value: number[] = [];
    let norm = 0;
    for (const [feature, n] of bag) {
      const j = vocabulary.get(feature);
      if (j === undefined) continue;
      const v = (1 + Math.log(n)) * (idf[j] ?? 1);
      index.push(j);
      value.push(v);
      norm += v * v;
    }
    norm = Math.sqrt(norm) || 1;
    return { index: Int32Array.from(index), value: Float64Array.from(value, (v) => v / norm) };
  };
}

/** Adds bias and the weights of each feature of `x` into `scores` (one per intent). */
function scoreInto(
  scores: Float64Array,
  x: SparseVector,
  weights: Float32Array | Float64Array,
  bias: Float64Array,
): void {
  const K = scores.length;
  scores.set(bias);
  for (let t = 0; t < x.index.length; t++) {
    const base = (x.index[t] ?? 0) * K;
    const v = x.value[t] ?? 0;
    for (let k = 0; k < K; k++) scores[k] = (scores[k] ?? 0) + v * (weights[base + k] ?? 0);
  }
}

/** Fits the model of trainIntentClassifier (see there). */
export function fitIntentModel(
  examples: readonly LabelledExample[],
  options: TrainOptions = {},
): IntentModel {
  const featureOptions = options.features ?? DEFAULT_FEATURES;
  const epochs = options.epochs ?? 20;
  const learningRate = options.learningRate ?? 1;
  const l2 = options.l2 ?? 3e-4;
  // 0.6 minimises the log-loss of 5-fold cross-validation on intents/ (bench/nlu was not used).
  const temperature = options.temperature ?? 0.6;
  const classes = INTENT_NAMES;
  const K = classes.length;
  const classIndex = new Map<IntentName, number>(classes.map((name, i) => [name, i]));

  const bags = examples.map((e) => count(extractFeatures(e.text, featureOptions)));
  const vocabulary = new Map<string, number>();
  const documentFrequency: number[] = [];
  for (const bag of bags) {
    for (const feature of bag.keys()) {
      let j = vocabulary.get(feature);
      if (j === undefined) {
        j = vocabulary.size;
        vocabulary.set(feature, j);
        documentFrequency.push(0);
      }
      documentFrequency[j] = (documentFrequency[j] ?? 0) + 1;
    }
  }
  const N = examples.length;
  const idf = Float64Array.from(documentFrequency, (df) => Math.log((N + 1) / (df + 1)) + 1);

  const vectorize = vectorizer(vocabulary, idf);

  const V = vocabulary.size;
  const weights = new Float64Array(V * K);
  const bias = new Float64Array(K);
  const vectors = bags.map(vectorize);
  const labels = examples.map((e) => classIndex.get(e.intent) ?? 0);
  const perClass = new Array<number>(K).fill(0);
  for (const y of labels) perClass[y] = (perClass[y] ?? 0) + 1;
  // Rare intents weigh as much as common ones, so 「嗯」 is not drowned by the many policy questions.
  const classWeight = perClass.map((n) => (n > 0 ? N / (K * n) : 0));

  const scores = new Float64Array(K);

  const rand = random(options.seed ?? 20240601);
  const order = Array.from({ length: N }, (_, i) => i);
  let step = 0;
  const totalSteps = epochs * N;
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = N - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j] ?? 0, order[i] ?? 0];
    }
    for (const n of order) {
      const x = vectors[n];
      const y = labels[n] ?? 0;
      if (!x) continue;
      // Linearly decaying step size: large moves early, fine adjustments at the end.
      const lr = learningRate * (1 - step / totalSteps) + 0.01;
      step++;
      scoreInto(scores, x, weights, bias);
      softmaxInPlace(scores);
      const w = classWeight[y] ?? 1;
      for (let k = 0; k < K; k++) {
        const gradient = w * ((scores[k] ?? 0) - (k === y ? 1 : 0));
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

  return {
    vocabulary: [...vocabulary.keys()],
    idf: Float32Array.from(idf),
    weights: Float32Array.from(weights),
    bias,
    temperature,
  };
}

/** The classifier of a fitted (or cached) model, reading messages with the features it was fitted with. */
export function intentClassifierFrom(
  model: IntentModel,
  featureOptions: FeatureOptions = DEFAULT_FEATURES,
): IntentClassifier {
  const classes = INTENT_NAMES;
  const K = classes.length;
  // Packed (feature-index.ts): the same rows as a Map of the list, in a fraction of the heap.
  const vectorize = vectorizer(new FeatureIndex(model.vocabulary), model.idf);
  const { weights, bias, temperature } = model;
  const scores = new Float64Array(K);
  return {
    vocabularySize: model.vocabulary.length,
    classify(text: string): IntentPrediction {
      const x = vectorize(count(extractFeatures(cutText(text, MAX_MESSAGE_CHARS), featureOptions)));
      const probabilities = {} as Record<IntentName, number>;
      if (x.index.length === 0) {
        // Nothing the model has ever seen: say so with a low confidence rather than guess.
        for (const name of classes) probabilities[name] = name === 'out_of_scope' ? 0.3 : 0.7 / (K - 1);
        return { name: 'out_of_scope', confidence: 0.3, probabilities };
      }
      scoreInto(scores, x, weights, bias);
      for (let k = 0; k < K; k++) scores[k] = (scores[k] ?? 0) / temperature;
      softmaxInPlace(scores);
      let best = 0;
      for (let k = 0; k < K; k++) {
        probabilities[classes[k] ?? 'out_of_scope'] = scores[k] ?? 0;
        if ((scores[k] ?? 0) > (scores[best] ?? 0)) best = k;
      }
      return { name: classes[best] ?? 'out_of_scope', confidence: scores[best] ?? 0, probabilities };
    },
  };
}
