import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseYaml } from '../content/parse-yaml.js';
import { z } from 'zod';
import type { KnowledgeLogger } from './load-documents.js';

/** Synonyms as loaded from knowledge/synonyms.yaml. */
export interface SynonymData {
  /** Groups of words that all stand for each other. */
  equivalent: string[][];
  /** One-way expansions: the key also searches for its list. */
  expand: Record<string, string[]>;
  /** Slips residents type → the word they meant, fixed in the question before it is read (「低宝」 → 「低保」). */
  corrections: Record<string, string>;
  /** Key words whose same-sound slips are fixed wherever they appear (「底保」 → 「低保」); see homophones.ts. */
  soundAlike: string[];
  /**
   * The window's own words for how one applies, whatever the programme (代为申请, 网上申请, 上门服务 …):
   * a card that shares only these with a question is not what it is about (see genericCards).
   */
  process: string[];
  /** Everyday words for a benefit (看病 → medical): a question asking about two of them gets both cards. */
  benefits: Record<string, string>;
}

/** Term → plain-word explanation, from knowledge/glossary.yaml. */
export type Glossary = Record<string, string>;

/** The data files that sit beside the documents. */
export interface KnowledgeResources {
  synonyms: SynonymData;
  glossary: Glossary;
  /** Neighbouring services the knowledge base does not cover (knowledge/out-of-scope.yaml). */
  outOfScope: string[];
  /** Out-of-scope term → the department a resident asking about it is referred to (out-of-scope.yaml `departments`). */
  referrals?: Record<string, string>;
  /** Words that tell of hardship (knowledge/hardship.yaml): a message telling one and asking for help is in scope. */
  hardship: string[];
  /** Words that say a question is the window's business (knowledge/ours.yaml; see scope.ts). */
  ours?: string[];
  /** Requests the window declines whatever else they name, each with what it says (out-of-scope.yaml `declined`). */
  declined?: DeclinedRequests[];
}

/** Requests of one kind the window declines (help to hide income, other people's data), and what it says to them. */
export interface DeclinedRequests {
  reply: string;
  terms: string[];
}

/** File names of the resource files inside the knowledge directory. */
export const SYNONYMS_FILE = 'synonyms.yaml';
/** File name of the glossary inside the knowledge directory. */
export const GLOSSARY_FILE = 'glossary.yaml';
/** File name of the list of uncovered neighbouring services inside the knowledge directory. */
export const OUT_OF_SCOPE_FILE = 'out-of-scope.yaml';
/** File name of the list of hardship words inside the knowledge directory. */
export const HARDSHIP_FILE = 'hardship.yaml';
/** File name of the list of words that make a question the window's business inside the knowledge directory. */
export const OURS_FILE = 'ours.yaml';

const word = z.string().trim().min(1);
const synonymSchema = z.object({
  equivalent: z.array(z.array(word).min(2)).default([]),
  expand: z.record(word, z.array(word).min(1)).default({}),
  corrections: z.record(word, word).default({}),
  soundAlike: z.array(word).default([]),
  process: z.array(word).default([]),
  benefits: z.record(word, word).default({}),
});
const glossarySchema = z.record(word, word);
const outOfScopeSchema = z.object({
  terms: z.array(word).default([]),
  departments: z.array(z.object({ refer: word, terms: z.array(word).default([]) })).default([]),
  declined: z.array(z.object({ reply: word, terms: z.array(word).min(1) })).default([]),
});
const hardshipSchema = z.object({ words: z.array(word).default([]) });

/** An empty resource set: retrieval still works, only without synonyms and explanations. */
export const EMPTY_RESOURCES: KnowledgeResources = {
  synonyms: { equivalent: [], expand: {}, corrections: {}, soundAlike: [], process: [], benefits: {} },
  glossary: {},
  outOfScope: [],
  hardship: [],
};

/** Reads synonyms.yaml, glossary.yaml, out-of-scope.yaml, hardship.yaml and ours.yaml; a missing file is fine, a malformed one is logged and ignored. */
export async function loadResources(dir: string, logger?: KnowledgeLogger): Promise<KnowledgeResources> {
  const synonyms = await readYaml(dir, SYNONYMS_FILE, synonymSchema, logger);
  const glossary = await readYaml(dir, GLOSSARY_FILE, glossarySchema, logger);
  const outOfScope = await readYaml(dir, OUT_OF_SCOPE_FILE, outOfScopeSchema, logger);
  const hardship = await readYaml(dir, HARDSHIP_FILE, hardshipSchema, logger);
  const ours = await readYaml(dir, OURS_FILE, hardshipSchema, logger);
  return {
    synonyms: synonyms ?? EMPTY_RESOURCES.synonyms,
    glossary: glossary ?? EMPTY_RESOURCES.glossary,
    outOfScope: [...(outOfScope?.terms ?? []), ...(outOfScope?.departments ?? []).flatMap((d) => d.terms)],
    referrals: Object.fromEntries((outOfScope?.departments ?? []).flatMap((d) => d.terms.map((t) => [t, d.refer]))),
    hardship: hardship?.words ?? [],
    ours: ours?.words ?? [],
    declined: outOfScope?.declined ?? [],
  };
}

async function readYaml<T>(dir: string, file: string, schema: z.ZodType<T>, logger?: KnowledgeLogger): Promise<T | undefined> {
  let text: string;
  try {
    text = await readFile(join(dir, file), 'utf8');
  } catch {
    return undefined;
  }
  try {
    const parsed = schema.safeParse(parseYaml(text) ?? {});
    if (parsed.success) return parsed.data;
    const issues = parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
    logger?.warn({ file, reason: issues }, `knowledge file ${file} ignored: ${issues}. Fix it and restart.`);
  } catch (error) {
    const reason = (error as Error).message.split('\n')[0] ?? 'invalid YAML';
    logger?.warn({ file, reason }, `knowledge file ${file} ignored: not valid YAML (${reason}). Fix it and restart.`);
  }
  return undefined;
}
