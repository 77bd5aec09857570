export { createNlu, assembleNlu, type CreateNluOptions, type TrainedNlu } from './create-nlu.js';
export {
  trainIntentClassifier,
  type IntentClassifier,
  type IntentPrediction,
  type LabelledExample,
  type TrainOptions,
} from './classifier.js';
export {
  loadTrainingData,
  buildTrainingData,
  TrainingDataError,
  type IntentResponse,
  type TrainingData,
} from './training-data.js';
export { extractEntities } from './entities/index.js';
export {
  applySafetyNet,
  createUrgencyAnalyzer,
  createUrgencyDetector,
  loadUrgencyLexicon,
  compileUrgencyLexicon,
  UrgencyLexiconError,
  type UrgencyAnalyzer,
  type UrgencyDetector,
} from './urgency/index.js';
export {
  DEFAULT_FEATURES,
  intlTokenizer,
  jiebaTokenizer,
  extractFeatures,
  type FeatureOptions,
  type WordTokenizer,
} from './features.js';
export * from './types.js';
