import { readFile } from 'node:fs/promises';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { RiskDataError } from './errors.js';
import { RISK_LEVELS, type RiskLevel } from './types.js';

const exampleSchema = z.object({
  text: z.union([z.string(), z.number()]).transform(String),
  level: z.enum(RISK_LEVELS),
  category: z.string().nullish(),
  note: z.string().nullish(),
  /** What the bot had just asked, when the message is a form answer (`field:phone` …). */
  expecting: z.string().nullish(),
  /** The writer's group (suicide, acute, high, distress, ordinary, hardship), as the held-out sets label it. */
  group: z.string().nullish(),
  /** The writer's rung of the suicide ladder (passive, active, method, plan, preparation, attempt, selfharm). */
  rung: z.string().nullish(),
});

/** One labelled message: risk/examples/*.yaml, the colleagues' dev sets and bench/nlu/urgency-cases.yaml. */
export interface RiskExample {
  text: string;
  level: RiskLevel;
  category: string | null;
  note: string;
  expecting: string | undefined;
  /** The writer's group, when the file gives one (held-out sets): tells calm hardship talk from the rest. */
  group: string | undefined;
  /** The writer's rung of the suicide ladder, when the file gives one (held-out sets from BL on). */
  rung: string | undefined;
}

/** Validates a parsed list of labelled messages; `file` names it in errors. */
export function parseRiskExamples(raw: unknown, file: string): RiskExample[] {
  const parsed = z.array(exampleSchema).safeParse(raw ?? []);
  if (!parsed.success)
    throw new RiskDataError(`${file} is not a list of labelled messages: ${z.prettifyError(parsed.error)}`);
  return parsed.data.map((e) => ({
    text: e.text,
    level: e.level,
    category: e.category ?? null,
    note: e.note ?? '',
    expecting: e.expecting ?? undefined,
    group: e.group ?? undefined,
    rung: e.rung ?? undefined,
  }));
}

/** Reads one file of labelled messages ({text, level, category?, note?, expecting?} per item). */
export async function loadRiskExamples(file: string): Promise<RiskExample[]> {
  let raw: unknown;
  try {
    raw = parseYaml(await readFile(file, 'utf8'));
  } catch (error) {
    throw new RiskDataError(`${file} cannot be read as YAML: ${(error as Error).message}`);
  }
  return parseRiskExamples(raw, file);
}
