// The held-out evaluation files in bench/nlu/, validated so that a typo fails the run, not a metric.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { z } from 'zod';
import { INTENT_NAMES } from '../../src/nlu/types.js';

/** This folder. */
export const BENCH_DIR = fileURLToPath(new URL('.', import.meta.url));
/** The training data the benchmark trains both systems on. */
export const INTENTS_DIR = join(BENCH_DIR, '..', '..', 'intents');

const intentCase = z.object({
  text: z.union([z.string(), z.number()]).transform(String),
  intent: z.enum(INTENT_NAMES),
});
const urgencyCase = z.object({
  text: z.string(),
  level: z.enum(['critical', 'high', 'none']),
  note: z.string().default(''),
});
const entityCase = z.object({
  text: z.string(),
  entities: z.array(z.object({ type: z.string(), value: z.union([z.string(), z.number(), z.boolean()]) })),
  note: z.string().optional(),
});

export type IntentCase = z.infer<typeof intentCase>;
export type UrgencyCase = z.infer<typeof urgencyCase>;
export type EntityCase = z.infer<typeof entityCase>;

async function load<T extends z.ZodType>(file: string, schema: T): Promise<z.infer<T>[]> {
  const raw: unknown = parse(await readFile(join(BENCH_DIR, file), 'utf8'));
  const parsed = z.array(schema).safeParse(raw);
  if (!parsed.success) throw new Error(`bench/nlu/${file} is malformed: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

/** Loads the three held-out case files. */
export async function loadCases(): Promise<{
  intents: IntentCase[];
  urgency: UrgencyCase[];
  entities: EntityCase[];
}> {
  const [intents, urgency, entities] = await Promise.all([
    load('intent-cases.yaml', intentCase),
    load('urgency-cases.yaml', urgencyCase),
    load('entity-cases.yaml', entityCase),
  ]);
  return { intents, urgency, entities };
}

/** The comparison key for "the same sentence": no whitespace or punctuation, lowercase. */
export function sentenceKey(text: string): string {
  return text.toLowerCase().replace(/[\s\p{P}\p{S}]+/gu, '');
}
