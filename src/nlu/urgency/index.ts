export {
  createUrgencyAnalyzer,
  createUrgencyDetector,
  type UrgencyAnalysis,
  type UrgencyAnalyzer,
  type UrgencyDetector,
} from './detector.js';
export {
  compileUrgencyLexicon,
  loadUrgencyLexicon,
  urgencyLexiconSchema,
  UrgencyLexiconError,
  type CompiledLexicon,
  type UrgencyLexicon,
} from './lexicon.js';
export { applySafetyNet, MODEL_REASON } from './safety-net.js';
