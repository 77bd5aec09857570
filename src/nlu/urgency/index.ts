export { createUrgencyDetector, type UrgencyDetector } from './detector.js';
export {
  compileUrgencyLexicon,
  loadUrgencyLexicon,
  urgencyLexiconSchema,
  UrgencyLexiconError,
  type CompiledLexicon,
  type UrgencyLexicon,
} from './lexicon.js';
