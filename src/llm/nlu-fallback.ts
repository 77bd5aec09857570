import { z } from 'zod';
import { INTENT_NAMES, type Entity, type EntityType, type Nlu, type ParseResult } from '../nlu/types.js';
import { withDeadline } from './deadline.js';
import { describeLlmError, llmFailureAdvice } from './errors.js';
import { quoteResidentText, renderPrompt, type PromptTemplate } from './prompts.js';
import { redactIdentifiers } from './redact.js';
import type { Llm, LlmLogger } from './types.js';
import { LLM_ENTITY_TYPES, vetLlmEntity } from './vet-entities.js';

/** What the LLM is asked to return for one message (a forced tool call with this schema). */
export const llmUnderstandingSchema = z.object({
  intent: z.enum(INTENT_NAMES).describe('the intent of the message, one of the listed names'),
  confidence: z.number().min(0).max(1).describe('how sure you are of the intent, 0 to 1'),
  entities: z
    .array(
      z.object({
        type: z.enum(LLM_ENTITY_TYPES),
        value: z.union([z.string(), z.number()]).describe('the normalised value'),
        text: z.string().describe('the span exactly as it appears in the message'),
      }),
    )
    .describe('details the resident wrote in the message; empty when there are none'),
});

/** The LLM's answer for one message. */
export type LlmUnderstanding = z.infer<typeof llmUnderstandingSchema>;

/** Options of createLlmUnderstanding. */
export interface LlmUnderstandingOptions {
  llm: Llm;
  /** The offline NLU; its answer is computed first and always stands for urgency. */
  nlu: Nlu;
  /** prompts/nlu-fallback.md, loaded at start. */
  prompt: PromptTemplate;
  /** Longest wait for the LLM before the offline answer is used. */
  timeoutMs: number;
  /** Below this offline intent confidence the LLM is asked for the intent. */
  minConfidence?: number;
  /** From this many characters on, the LLM is asked for entities the extractors may have missed. */
  longMessageChars?: number;
  logger: LlmLogger;
}

/** Understanding with the optional LLM behind the offline NLU. */
export interface Understanding {
  /**
   * Understands one message; resolves within the timeout, with the offline result on any LLM failure.
   * Pass `offline` when the caller already ran `nlu.parse(text)` (for its urgency check), to skip a second parse.
   */
  understand(text: string, options?: { signal?: AbortSignal; offline?: ParseResult }): Promise<ParseResult>;
}

// An offline id_number or invalid_id_number is our verdict on the number the resident gave; the LLM does not overrule it.
const SAME_FAMILY: Partial<Record<EntityType, EntityType>> = { invalid_id_number: 'id_number' };

/** Merges the LLM's answer into the offline one under the rules in createLlmUnderstanding. */
export function mergeUnderstanding(
  offline: ParseResult,
  answer: LlmUnderstanding,
  message: string,
  options: { replaceIntent: boolean; minConfidence: number },
): { result: ParseResult; intentReplaced: boolean; entitiesAdded: number; entitiesRejected: number } {
  const intentReplaced =
    options.replaceIntent &&
    // Urgency is the offline detector's call alone; an LLM "report_urgent" must not act as one.
    answer.intent !== 'report_urgent' &&
    answer.confidence >= options.minConfidence &&
    answer.confidence > offline.intent.confidence;
  const intent = intentReplaced ? { name: answer.intent, confidence: answer.confidence } : offline.intent;

  const found = new Set<EntityType>(offline.entities.flatMap((e) => [e.type, SAME_FAMILY[e.type] ?? e.type]));
  const added: Entity[] = [];
  let entitiesRejected = 0;
  for (const candidate of answer.entities) {
    if (found.has(candidate.type)) continue;
    const entity = vetLlmEntity(candidate, message);
    if (!entity) {
      entitiesRejected++;
      continue;
    }
    if (!added.some((e) => e.type === entity.type && e.value === entity.value)) added.push(entity);
  }
  return {
    result: { intent, entities: [...offline.entities, ...added], urgency: offline.urgency },
    intentReplaced,
    entitiesAdded: added.length,
    entitiesRejected,
  };
}

/**
 * Wraps the offline NLU with the LLM: the LLM is asked only when the offline intent is unsure or the
 * message is long, never for an urgent message (which must not wait), and only within `timeoutMs`.
 * Its intent replaces the offline one only when the offline one was unsure; its entities are only added
 * for types the offline extractors did not find, after our own validators; urgency is always offline.
 */
export function createLlmUnderstanding(options: LlmUnderstandingOptions): Understanding {
  const { llm, nlu, prompt, timeoutMs, logger } = options;
  const minConfidence = options.minConfidence ?? 0.6;
  const longMessageChars = options.longMessageChars ?? 60;

  return {
    async understand(text, call = {}) {
      const offline = call.offline ?? nlu.parse(text);
      if (offline.urgency.level !== 'none') return offline;
      const unsure = offline.intent.confidence < minConfidence;
      const long = [...text].length >= longMessageChars;
      if (!unsure && !long) return offline;

      const started = performance.now();
      const elapsedMs = (): number => Math.round(performance.now() - started);
      try {
        const answer = await withDeadline(timeoutMs, call.signal, (signal) =>
          llm.structured(
            llmUnderstandingSchema,
            renderPrompt(prompt, {
              message: quoteResidentText(redactIdentifiers(text, { entities: offline.entities })),
            }),
            {
              timeoutMs,
              signal,
              name: 'understand_message',
            },
          ),
        );
        const merged = mergeUnderstanding(offline, answer, text, { replaceIntent: unsure, minConfidence });
        logger.debug(
          {
            model: llm.model,
            elapsedMs: elapsedMs(),
            asked: unsure ? 'intent' : 'entities',
            intentReplaced: merged.intentReplaced,
            entitiesAdded: merged.entitiesAdded,
            entitiesRejected: merged.entitiesRejected,
          },
          'LLM understanding merged',
        );
        return merged.result;
      } catch (error) {
        logger.warn(
          { ...describeLlmError(error), model: llm.model, elapsedMs: elapsedMs(), purpose: 'nlu' },
          llmFailureAdvice(error),
        );
        return offline;
      }
    },
  };
}
