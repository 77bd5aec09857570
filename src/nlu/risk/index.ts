export {
  CALM,
  createHintReader,
  createNetReader,
  createRiskAssessor,
  DEFAULT_NET_THRESHOLDS,
  NET_CRITICAL_CATEGORIES,
  NET_DISTRESS_REASON,
  NET_REASON,
  type NetThresholds,
  type RiskAssessorOptions,
} from './assessor.js';
export { loadRiskData, type RiskData } from './data.js';
export { RiskDataError } from './errors.js';
export { loadRiskExamples, parseRiskExamples, type RiskExample } from './examples.js';
export {
  loadRiskAssessor,
  riskExampleFiles,
  NET_OPTIONS,
  trainNetFor,
  type LoadedRiskAssessor,
  type LoadRiskAssessorOptions,
  type RiskNetSource,
} from './load.js';
export {
  netFeatures,
  riskNetFromModel,
  trainRiskNet,
  type RiskNetModel,
  type RiskNet,
  type RiskNetOptions,
  type RiskNetPrediction,
} from './net.js';
export { riskResponse, riskResponseFor, type RiskHotline, type RiskResponse } from './reply.js';
export { compileRiskSignals, type CompiledSignals } from './signals.js';
export { buildRiskTaxonomy, loadRiskTaxonomy, type RiskCategory, type RiskTaxonomy } from './taxonomy.js';
export {
  levelRank,
  maxLevel,
  RISK_LEVELS,
  type RiskAssessment,
  type RiskAssessor,
  type RiskContext,
  type RiskLevel,
  type RiskSource,
} from './types.js';
export {
  decodeRiskNetModel,
  encodeRiskNetModel,
  readCachedRiskNet,
  riskNetCacheKey,
  writeCachedRiskNet,
} from './net-cache.js';
