import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';

/** The repository's knowledge directory. */
export const KNOWLEDGE_DIR = fileURLToPath(new URL('../../knowledge', import.meta.url));

const expectation = z.object({ doc: z.string().min(1), text: z.string().min(1) });
const answerable = z.object({ q: z.string().min(1), locality: z.string().optional(), expect: z.array(expectation).min(1) });
const unanswerable = z.object({ q: z.string().min(1), locality: z.string().optional() });
const questionFile = z.object({
  answerable: z.array(answerable),
  unanswerable: z.array(unanswerable),
  fresh: z.object({ answerable: z.array(answerable).default([]), unanswerable: z.array(unanswerable).default([]) }).optional(),
});

/** Which part of the question set a question belongs to. */
export type Split = 'calibration' | 'held-out' | 'fresh';

/** One benchmark question; `expect` is empty for the ones the documents cannot answer. */
export interface BenchQuestion {
  q: string;
  locality?: string | undefined;
  expect: { doc: string; text: string }[];
  split: Split;
}

/** Reads bench/kb/questions.yaml: even positions are the calibration split, odd the held-out one. */
export function loadQuestions(): BenchQuestion[] {
  const file = questionFile.parse(parseYaml(readFileSync(new URL('./questions.yaml', import.meta.url), 'utf8')));
  const bySplit = (i: number): Split => (i % 2 === 0 ? 'calibration' : 'held-out');
  return [
    ...file.answerable.map((x, i) => ({ ...x, split: bySplit(i) })),
    ...file.unanswerable.map((x, i) => ({ ...x, expect: [], split: bySplit(i) })),
    ...(file.fresh?.answerable ?? []).map((x) => ({ ...x, split: 'fresh' as const })),
    ...(file.fresh?.unanswerable ?? []).map((x) => ({ ...x, expect: [], split: 'fresh' as const })),
  ];
}

/** True when a retrieved passage answers the question (its document and text match an expectation). */
export function isHit(question: BenchQuestion, documentId: string, text: string): boolean {
  return question.expect.some((e) => e.doc === documentId && text.includes(e.text));
}
