/** The optional LLM layer: everything the services need to wire it, nothing the engine must know. */
export { createLlm, type CreateLlmOptions, type LlmConfig, type StructuredMethod } from './create-llm.js';
export { LlmApiError, LlmError, LlmOutputError, LlmUnavailableError, type LlmErrorCode } from './errors.js';
export {
  createGroundedAnswerer,
  type GroundedAnswerer,
  type GroundedAnswererOptions,
} from './grounded-answer.js';
export { createLlmUnderstanding, type LlmUnderstandingOptions, type Understanding } from './nlu-fallback.js';
export { loadLlmPrompts, PromptError, type LlmPrompts, type PromptTemplate } from './prompts.js';
export {
  createRiskSecondOpinion,
  LLM_MAX_LEVEL,
  loadRiskSecondOpinionPrompt,
  mergeRiskOpinion,
  type RiskSecondOpinion,
  type RiskSecondOpinionOptions,
} from './risk-second-opinion.js';
export type { Llm, LlmCallOptions, LlmLogger, LlmMessage } from './types.js';
