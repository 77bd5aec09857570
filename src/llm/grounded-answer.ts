import { z } from 'zod';
import { citationLine } from '../knowledge/answer.js';
import { APPLY_FOLLOW_UP, APPLY_LABEL } from '../knowledge/compose-answer.js';
import type { Citation, PolicyAnswer, PolicyDocument, SearchHit } from '../knowledge/types.js';
import { withDeadline } from './deadline.js';
import { describeLlmError, llmFailureAdvice } from './errors.js';
import { quoteResidentText, renderPrompt, type PromptTemplate } from './prompts.js';
import { redactIdentifiers } from './redact.js';
import type { Llm, LlmLogger } from './types.js';
import { verifySentences, type Passage, type VerifiedSentence } from './verify-sentences.js';

/** What the LLM is asked to return: sentences, each with the ids of the passages it rests on. */
export const groundedAnswerSchema = z.object({
  sentences: z
    .array(
      z.object({
        text: z.string().describe('one plain Simplified Chinese sentence, without passage ids'),
        citations: z.array(z.string()).describe('ids of the passages this sentence rests on, e.g. ["P1"]'),
      }),
    )
    .describe('2 or 3 sentences; empty when the passages do not answer the question'),
});

/** Options of createGroundedAnswerer. */
export interface GroundedAnswererOptions {
  llm: Llm;
  /** prompts/grounded-answer.md, loaded at start. */
  prompt: PromptTemplate;
  timeoutMs: number;
  logger: LlmLogger;
  /** The knowledge base's documents, for the citation line's document number and the answer's region. */
  documents?: readonly PolicyDocument[];
  /** How many of the search hits are sent (best first). */
  maxPassages?: number;
  /** How many verified sentences are kept. */
  maxSentences?: number;
}

/** Policy answers phrased by the LLM from retrieved passages, verified, with the offline answer as fallback. */
export interface GroundedAnswerer {
  /** Answers from `hits` when `offline` is answerable; resolves within the timeout, with `offline` on any failure. */
  answer(
    question: string,
    hits: readonly SearchHit[],
    offline: PolicyAnswer,
    options?: { signal?: AbortSignal },
  ): Promise<PolicyAnswer>;
}

function describePassage({ id, hit }: Passage, document: PolicyDocument | undefined): string {
  // A programme card states national rules in plain words; its basis line says which regulations.
  if (hit.kind === 'programme')
    return `[${id}] 救助项目：${hit.title}·${hit.section}｜${hit.basis ?? ''}\n${hit.text.trim()}`;
  const reference = document?.docNumber ? `（${document.docNumber}）` : '';
  const region = document?.region ? `｜适用地区：${document.region}` : '';
  return `[${id}] 《${hit.title}》${reference}${hit.section}${region}\n${hit.text.trim()}`;
}

/** Builds the PolicyAnswer from verified sentences, with citation lines in the offline answer's style. */
export function composeGroundedAnswer(
  sentences: readonly VerifiedSentence[],
  documents: ReadonlyMap<string, PolicyDocument>,
  offline: PolicyAnswer,
): PolicyAnswer {
  const cited = new Map<string, SearchHit>();
  for (const passage of sentences.flatMap((s) => s.passages)) {
    const key = `${passage.hit.documentId}\u0000${passage.hit.section}`;
    if (!cited.has(key)) cited.set(key, passage.hit);
  }
  const lines: string[] = [];
  const citations: Citation[] = [];
  let programme: SearchHit['assistanceType'];
  for (const hit of cited.values()) {
    if (hit.kind === 'programme') {
      lines.push(hit.basis ?? `依据：${hit.title}`);
      citations.push({ documentId: hit.documentId, title: hit.title, section: hit.section });
      programme ??= hit.assistanceType;
      continue;
    }
    const document = documents.get(hit.documentId);
    lines.push(document ? citationLine(document, hit.section) : `依据：《${hit.title}》${hit.section}`);
    const citation: Citation = { documentId: hit.documentId, title: hit.title, section: hit.section };
    if (document?.docNumber !== undefined) citation.docNumber = document.docNumber;
    citations.push(citation);
  }
  const first = citations[0];
  const region = (first && documents.get(first.documentId)?.region) ?? offline.region;
  const answer: PolicyAnswer = {
    answerable: true,
    text: [sentences.map((s) => s.text).join(''), ...lines].join('\n'),
    citations,
  };
  if (region !== undefined) answer.region = region;
  // The phrased answer ends with the same action as the offline one: apply for the programme a cited
  // card describes, or whatever the offline answer offered.
  if (programme !== undefined) {
    answer.suggestedAction = { id: 'apply', assistanceType: programme, label: APPLY_LABEL };
    answer.followUp = APPLY_FOLLOW_UP;
  } else if (offline.suggestedAction) {
    answer.suggestedAction = offline.suggestedAction;
    if (offline.followUp !== undefined) answer.followUp = offline.followUp;
  }
  return answer;
}

/**
 * Lets the LLM phrase the answer from the passages the offline search retrieved, then verifies every
 * sentence (see verifySentences). The offline answer is returned when it is an abstention, when nothing
 * survives verification, and on any LLM failure or timeout.
 */
export function createGroundedAnswerer(options: GroundedAnswererOptions): GroundedAnswerer {
  const { llm, prompt, timeoutMs, logger } = options;
  const maxPassages = options.maxPassages ?? 4;
  const maxSentences = options.maxSentences ?? 3;
  const documents = new Map((options.documents ?? []).map((d) => [d.id, d]));

  return {
    async answer(question, hits, offline, call = {}) {
      // An abstention stays an abstention: the LLM only rephrases what the documents already answer.
      if (!offline.answerable || hits.length === 0) return offline;
      const passages: Passage[] = hits
        .slice(0, maxPassages)
        .map((hit, i) => ({ id: `P${String(i + 1)}`, hit }));
      const messages = renderPrompt(prompt, {
        passages: passages.map((p) => describePassage(p, documents.get(p.hit.documentId))).join('\n\n'),
        question: quoteResidentText(redactIdentifiers(question, { allLongNumbers: true })),
      });
      const started = performance.now();
      const elapsedMs = (): number => Math.round(performance.now() - started);
      try {
        const draft = await withDeadline(timeoutMs, call.signal, (signal) =>
          llm.structured(groundedAnswerSchema, messages, { timeoutMs, signal, name: 'grounded_answer' }),
        );
        const verification = verifySentences(draft.sentences, passages, {
          prompt: messages.find((m) => m.role === 'system')?.content ?? '',
        });
        const kept = verification.kept.slice(0, maxSentences);
        const { kept: _kept, ...dropped } = verification;
        logger.debug(
          {
            model: llm.model,
            elapsedMs: elapsedMs(),
            sentences: draft.sentences.length,
            kept: kept.length,
            ...dropped,
          },
          'LLM answer verified',
        );
        if (kept.length === 0) {
          if (draft.sentences.length > 0) {
            logger.warn(
              { model: llm.model, purpose: 'policy_answer', ...dropped },
              'no LLM sentence was grounded in the passages; answered offline',
            );
          }
          return offline;
        }
        return composeGroundedAnswer(kept, documents, offline);
      } catch (error) {
        logger.warn(
          { ...describeLlmError(error), model: llm.model, elapsedMs: elapsedMs(), purpose: 'policy_answer' },
          llmFailureAdvice(error),
        );
        return offline;
      }
    },
  };
}
