import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseYaml } from '../../content/parse-yaml.js';
import { z } from 'zod';
import { RiskDataError } from './errors.js';

const categorySchema = z.object({
  level: z.enum(['critical', 'high', 'distress']),
  rank: z.number().int().min(0),
  reason: z.string().min(1),
  number: z.enum(['110', '119', '120', '12356', 'hotline']),
  person: z.boolean(),
  notify: z.enum(['operators', 'none']),
  reply: z.string().min(1),
});

/** The shape of risk/taxonomy.yaml. */
export const riskTaxonomySchema = z.object({
  version: z.literal(1),
  categories: z.record(z.string().regex(/^[a-z][a-z0-9_]*$/u), categorySchema),
});

const replySchema = z.object({ text: z.string().min(1) });

/** The shape of risk/replies.yaml. */
export const riskRepliesSchema = z.object({
  version: z.literal(1),
  replies: z.record(z.string(), replySchema),
});

/** One risk category as declared in risk/taxonomy.yaml. */
export type RiskCategory = z.infer<typeof categorySchema> & { name: string };

/** The taxonomy and its replies, validated against each other. */
export interface RiskTaxonomy {
  categories: ReadonlyMap<string, RiskCategory>;
  replies: ReadonlyMap<string, string>;
}

/** Longest reply: a person in crisis reads a few lines, not a page. */
export const MAX_REPLY_CHARS = 200;

function parse<T extends z.ZodType>(schema: T, raw: unknown, file: string): z.infer<T> {
  const parsed = schema.safeParse(raw);
  if (!parsed.success)
    throw new RiskDataError(`${file} does not match the schema: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

/**
 * Validates parsed taxonomy and replies: every category's reply exists, names the number the category
 * declares (the locality's line through a placeholder), and stays short; every reply is used.
 */
export function buildRiskTaxonomy(rawTaxonomy: unknown, rawReplies: unknown): RiskTaxonomy {
  const taxonomy = parse(riskTaxonomySchema, rawTaxonomy, 'risk/taxonomy.yaml');
  const replies = parse(riskRepliesSchema, rawReplies, 'risk/replies.yaml');
  const categories = new Map<string, RiskCategory>();
  const used = new Set<string>();
  for (const [name, category] of Object.entries(taxonomy.categories)) {
    const reply = replies.replies[category.reply];
    if (!reply)
      throw new RiskDataError(
        `risk/taxonomy.yaml: category ${name} names reply "${category.reply}", which risk/replies.yaml lacks`,
      );
    const names =
      category.number === 'hotline'
        ? reply.text.includes('{hotline}') || reply.text.includes('{hotlineName}')
        : reply.text.includes(category.number);
    if (!names)
      throw new RiskDataError(
        `risk/replies.yaml: reply ${category.reply} (category ${name}) must name ${category.number === 'hotline' ? '{hotline} or {hotlineName}' : category.number}`,
      );
    if (category.level === 'distress' && category.notify !== 'none')
      throw new RiskDataError(
        `risk/taxonomy.yaml: category ${name} is distress and must not notify operators`,
      );
    used.add(category.reply);
    categories.set(name, { ...category, name });
  }
  for (const [key, reply] of Object.entries(replies.replies)) {
    if (!used.has(key)) throw new RiskDataError(`risk/replies.yaml: reply ${key} is used by no category`);
    const length = reply.text.replace(/\{[a-zA-Z]+\}/gu, '').length;
    if (length > MAX_REPLY_CHARS)
      throw new RiskDataError(
        `risk/replies.yaml: reply ${key} has ${String(length)} characters; keep it under ${String(MAX_REPLY_CHARS)}`,
      );
  }
  return {
    categories,
    replies: new Map(Object.entries(replies.replies).map(([key, reply]) => [key, reply.text])),
  };
}

async function readYaml(file: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new RiskDataError(`${file} cannot be read: ${(error as Error).message}`);
  }
  try {
    return parseYaml(text);
  } catch (error) {
    throw new RiskDataError(`${file} is not valid YAML: ${(error as Error).message}`);
  }
}

/** Reads and validates risk/taxonomy.yaml and risk/replies.yaml from `dir`. */
export async function loadRiskTaxonomy(dir: string): Promise<RiskTaxonomy> {
  const [taxonomy, replies] = await Promise.all([
    readYaml(join(dir, 'taxonomy.yaml')),
    readYaml(join(dir, 'replies.yaml')),
  ]);
  return buildRiskTaxonomy(taxonomy, replies);
}

/** Reads one YAML file of risk/, naming the file in any error. */
export { readYaml as readRiskYaml };
