import path from 'node:path';
import { z } from 'zod';
import type { RiskTaxonomy } from '../nlu/risk/taxonomy.js';
import { levelRank, RISK_LEVELS, type RiskAssessment, type RiskLevel } from '../nlu/risk/types.js';
import { personMentions } from '../nlu/entities/person-name.js';
import { projectPath } from '../paths.js';
import { withDeadline } from './deadline.js';
import { describeLlmError, llmFailureAdvice } from './errors.js';
import { loadPrompt, quoteResidentText, renderPrompt, type PromptTemplate } from './prompts.js';
import { redactIdentifiers } from './redact.js';
import type { Llm, LlmLogger } from './types.js';

/** What the LLM is asked to return for one message (a forced tool call with this schema). */
export const riskOpinionSchema = z.object({
  level: z.enum(RISK_LEVELS).describe('critical, high, distress or none'),
  category: z.string().describe('one of the listed category names, or none'),
  reason: z.string().describe('one short Chinese sentence for the operator'),
});

/** The LLM's opinion on one message. */
export type RiskOpinion = z.infer<typeof riskOpinionSchema>;

/**
 * The highest level the LLM can bring a message to. Like the learned net, the LLM may raise a message the
 * offline signals left calm, but only the offline signals decide `critical`: a model that can be talked into
 * an alarm must not open a life-at-risk case on its own word.
 */
export const LLM_MAX_LEVEL: RiskLevel = 'high';

/** Reason the operator reads when the LLM raised the level. */
export const LLM_REASON_PREFIX = '大模型复核认为有风险（请人工核实）：';

// When the LLM names no category we know, a raised message gets the urgent-hardship reply, which names the
// locality's line and a person, never a wrong emergency number.
const FALLBACK_CATEGORY = 'sudden_hardship';
const MAX_REASON_CHARS = 80;

/** Options of createRiskSecondOpinion. */
export interface RiskSecondOpinionOptions {
  llm: Llm;
  /** prompts/risk-second-opinion.md (loadRiskSecondOpinionPrompt). */
  prompt: PromptTemplate;
  /** The categories the LLM may name, with their reasons. */
  taxonomy: RiskTaxonomy;
  /** Longest wait for the LLM; the offline assessment stands after it. */
  timeoutMs: number;
  logger: LlmLogger;
}

/** The LLM's second opinion on danger, run alongside the offline turn. */
export interface RiskSecondOpinion {
  /**
   * Resolves within `timeoutMs` (or when `signal` aborts) and never rejects: the offline assessment, raised
   * when the LLM sees more danger (up to LLM_MAX_LEVEL), unchanged on any failure or disagreement.
   */
  check(text: string, offline: RiskAssessment, options?: { signal?: AbortSignal }): Promise<RiskAssessment>;
}

/** Merges the LLM's opinion into the offline assessment: it can only raise, and never above LLM_MAX_LEVEL. */
export function mergeRiskOpinion(
  offline: RiskAssessment,
  opinion: RiskOpinion,
  taxonomy: RiskTaxonomy,
): RiskAssessment {
  const wanted = levelRank(opinion.level) > levelRank(LLM_MAX_LEVEL) ? LLM_MAX_LEVEL : opinion.level;
  if (levelRank(wanted) <= levelRank(offline.level)) return offline;
  const known = taxonomy.categories.get(opinion.category);
  const category =
    wanted === 'distress'
      ? 'distress'
      : known && known.level !== 'distress'
        ? opinion.category
        : (offline.category ?? FALLBACK_CATEGORY);
  // The reason is the model's own words shown to an operator: a model talked into quoting someone's number or
  // name must not put it in front of staff as if it were this resident's.
  const reason = maskPersons(redactIdentifiers(opinion.reason.trim().slice(0, MAX_REASON_CHARS * 2))).slice(
    0,
    MAX_REASON_CHARS,
  );
  return {
    level: wanted,
    category,
    categories: [category, ...offline.categories.filter((c) => c !== category)],
    reasons: [...offline.reasons, `${LLM_REASON_PREFIX}${reason || (known?.reason ?? category)}`],
    signals: [...offline.signals, `llm:${opinion.level}/${known ? opinion.category : 'other'}`],
    source: offline.source === 'none' ? 'model' : 'both',
  };
}

function maskPersons(text: string): string {
  return personMentions(text).reduce((out, name) => out.replaceAll(name, '〔姓名〕'), text);
}

function categoryList(taxonomy: RiskTaxonomy): string {
  return [...taxonomy.categories.values()]
    .sort((a, b) => levelRank(b.level) - levelRank(a.level) || a.rank - b.rank)
    .map((c) => `- ${c.name}：${c.reason}`)
    .join('\n');
}

/**
 * Asks the configured LLM for a risk level and category with structured output. Identity numbers (11 digits
 * or more: phones, ID numbers, bank cards) are masked before the message leaves; the answer passes through
 * mergeRiskOpinion, so it can raise the offline level to `high` at most and never lower it.
 */
export function createRiskSecondOpinion(options: RiskSecondOpinionOptions): RiskSecondOpinion {
  const { llm, prompt, taxonomy, timeoutMs, logger } = options;
  const categories = categoryList(taxonomy);
  return {
    async check(text, offline, call = {}) {
      // Already at the ceiling: nothing the LLM says could change the verdict, so nothing is sent.
      if (levelRank(offline.level) >= levelRank(LLM_MAX_LEVEL)) return offline;
      const started = performance.now();
      const elapsedMs = (): number => Math.round(performance.now() - started);
      try {
        const message = quoteResidentText(
          redactIdentifiers(typeof text === 'string' ? text : '', { allLongNumbers: true }),
        );
        const opinion = await withDeadline(timeoutMs, call.signal, (signal) =>
          llm.structured(riskOpinionSchema, renderPrompt(prompt, { message, categories }), {
            timeoutMs,
            signal,
            name: 'assess_risk',
          }),
        );
        const merged = mergeRiskOpinion(offline, opinion, taxonomy);
        logger.debug(
          { model: llm.model, elapsedMs: elapsedMs(), llmLevel: opinion.level, raised: merged !== offline },
          'LLM risk second opinion',
        );
        return merged;
      } catch (error) {
        logger.warn(
          { ...describeLlmError(error), model: llm.model, elapsedMs: elapsedMs(), purpose: 'risk' },
          llmFailureAdvice(error),
        );
        return offline;
      }
    },
  };
}

/** Loads prompts/risk-second-opinion.md (or the same file in `dir`) and checks its placeholders. */
export async function loadRiskSecondOpinionPrompt(
  dir: string = projectPath('prompts'),
): Promise<PromptTemplate> {
  return loadPrompt(path.join(dir, 'risk-second-opinion.md'), ['message', 'categories']);
}
