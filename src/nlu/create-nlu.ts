import { join } from 'node:path';
import { MAX_MESSAGE_CHARS } from '../text/limits.js';
import { addSegmenterWords } from '../text/segment.js';
import { cutText } from '../text/well-formed.js';
import {
  fitIntentModel,
  intentClassifierFrom,
  type IntentClassifier,
  type IntentPrediction,
  type LabelledExample,
  type TrainOptions,
} from './classifier.js';
import { intentModelKey, readCachedIntentModel, writeCachedIntentModel } from './intent-cache.js';
import { combineIntent } from './combine.js';
import { DOMAIN_WORDS } from './domain-words.js';
import { extractEntities } from './entities/index.js';
import { loadTrainingData, type IntentResponse } from './training-data.js';
import type { IntentName, Nlu, ParseResult, Urgency } from './types.js';
import {
  applySafetyNet,
  createUrgencyAnalyzer,
  createUrgencyDetector,
  loadUrgencyLexicon,
  type UrgencyAnalyzer,
  type UrgencyDetector,
} from './urgency/index.js';

/** Where the NLU reads its data; the urgency lexicon defaults to intents/urgency.yaml. */
export interface CreateNluOptions {
  intentsDir: string;
  urgencyFile?: string;
  training?: TrainOptions;
  /**
   * The urgency parse() reports, when another detector decides it (the risk detector of src/nlu/risk);
   * without it, the lexicon of intents/urgency.yaml with the model as a safety net.
   */
  urgency?: (text: string) => Urgency;
  /** Where the trained classifier is kept between starts (RISK_CACHE_DIR); without it, it is trained every time. */
  cacheDir?: string;
}

/** The trained NLU plus the replies written for each intent in intents/. */
export interface TrainedNlu extends Nlu {
  /** The reply variants for an intent (1–3), as written in intents/<intent>.yaml. */
  responses: Readonly<Record<IntentName, readonly IntentResponse[]>>;
  /** The parts, for the benchmark and for tests that look at one signal alone. */
  classifier: IntentClassifier;
  /** Urgency as parse() reports it: the lexicon, with the model as a safety net for unlisted phrasings. */
  detectUrgency: UrgencyDetector;
  /** The lexicon alone, without the model's safety net. */
  lexiconUrgency: UrgencyDetector;
  /** The example sentences of intents/, as phrases residents use (the pinyin reader learns its words from them). */
  phrases: readonly string[];
  /** How many examples the classifier learned from, and how long loading and training took. */
  stats: { examples: number; vocabulary: number; trainingMs: number; classifierSource: 'trained' | 'cache' };
}

/** One message understood: the intent reconciled with its urgency, the classifier's own guess kept when it differs. */
function parsed(text: string, prediction: IntentPrediction, urgency: Urgency): ParseResult {
  const intent = combineIntent(prediction, urgency);
  const classified = { name: prediction.name, confidence: prediction.confidence };
  return {
    intent,
    ...(intent.name !== classified.name ? { classified } : {}),
    entities: extractEntities(text),
    urgency,
  };
}

/** Builds an Nlu from its parts; synchronous, for tests that bring their own classifier or lexicon. */
export function assembleNlu(classifier: IntentClassifier, analyzeUrgency: UrgencyAnalyzer): Nlu {
  return {
    parse(message: string): ParseResult {
      // Reads at most MAX_MESSAGE_CHARS, the channels' limit, so that no caller can make a turn slow.
      const text = cutText(message, MAX_MESSAGE_CHARS);
      // Urgency is judged on every message whatever the intent turns out to be; the intent never hides it.
      const analysis = analyzeUrgency(text);
      const prediction = classifier.classify(text);
      const urgency = applySafetyNet(analysis, prediction.probabilities.report_urgent);
      return parsed(text, prediction, urgency);
    },
  };
}

/** Loads intents/ and the urgency lexicon, trains the classifier in-process, and returns the synchronous NLU. */
export async function createNlu(options: CreateNluOptions): Promise<TrainedNlu> {
  const started = performance.now();
  addSegmenterWords(DOMAIN_WORDS);
  const [data, lexicon] = await Promise.all([
    loadTrainingData(options.intentsDir),
    loadUrgencyLexicon(options.urgencyFile ?? join(options.intentsDir, 'urgency.yaml')),
  ]);
  const { classifier, source } = await loadClassifier(
    data.examples,
    options.training ?? {},
    options.cacheDir,
  );
  const analyzeUrgency = createUrgencyAnalyzer(lexicon);
  const urgencyOverride = options.urgency;
  const nlu: Nlu = urgencyOverride
    ? {
        parse(text: string): ParseResult {
          const read = cutText(text, MAX_MESSAGE_CHARS);
          return parsed(read, classifier.classify(read), urgencyOverride(read));
        },
      }
    : assembleNlu(classifier, analyzeUrgency);
  const detectUrgency: UrgencyDetector = (message) => {
    const text = cutText(message, MAX_MESSAGE_CHARS);
    return applySafetyNet(analyzeUrgency(text), classifier.classify(text).probabilities.report_urgent);
  };
  const lexiconUrgency = createUrgencyDetector(lexicon);
  return {
    parse: (text) => nlu.parse(text),
    responses: data.responses,
    classifier,
    detectUrgency,
    lexiconUrgency: (message) => lexiconUrgency(cutText(message, MAX_MESSAGE_CHARS)),
    phrases: data.examples.map((e) => e.text),
    stats: {
      examples: data.examples.length,
      vocabulary: classifier.vocabularySize,
      trainingMs: performance.now() - started,
      classifierSource: source,
    },
  };
}

/** The classifier of these examples: read from the cache when it holds it, else trained (and kept there). */
async function loadClassifier(
  examples: readonly LabelledExample[],
  training: TrainOptions,
  cacheDir: string | undefined,
): Promise<{ classifier: IntentClassifier; source: 'trained' | 'cache' }> {
  if (cacheDir === undefined)
    return {
      classifier: intentClassifierFrom(fitIntentModel(examples, training), training.features),
      source: 'trained',
    };
  const key = await intentModelKey(examples, training);
  const cached = await readCachedIntentModel(cacheDir, key);
  if (cached) return { classifier: intentClassifierFrom(cached, training.features), source: 'cache' };
  const model = fitIntentModel(examples, training);
  await writeCachedIntentModel(cacheDir, key, model);
  return { classifier: intentClassifierFrom(model, training.features), source: 'trained' };
}
