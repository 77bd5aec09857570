import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseYaml } from '../content/parse-yaml.js';
import { z } from 'zod';
import type { PolicyDocument } from './types.js';

/** The slice of a pino-style logger the knowledge base needs. */
export interface KnowledgeLogger {
  warn(obj: object, msg: string): void;
}

/** A policy document as loaded from knowledge/: metadata, region hierarchy and its verbatim text. */
export interface LoadedDocument extends PolicyDocument {
  /** Region from the largest to the smallest unit, e.g. [江苏省, 无锡市, 江阴市]. */
  regionPath: string[];
  /** The document text with stray whitespace stripped. */
  body: string;
  /** File name inside the knowledge directory. */
  file: string;
}

/** A knowledge file that was not loaded, and why. */
export interface SkippedFile {
  file: string;
  reason: string;
}

/** Everything found in a knowledge directory. */
export interface LoadedDocuments {
  documents: LoadedDocument[];
  skipped: SkippedFile[];
}

const frontMatterSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'id must be lowercase letters, digits and dashes'),
  title: z.string().trim().min(1),
  issuer: z.string().trim().min(1),
  docNumber: z.string().trim().min(1).optional(),
  // An unquoted year (2015) arrives from YAML as a number; accept it as text.
  date: z
    .union([z.string(), z.number()])
    .transform(String)
    .pipe(z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'date must look like 2018, 2018-12 or 2018-12-11'))
    .optional(),
  region: z.string().trim().min(1),
  regionPath: z.array(z.string().trim().min(1)).min(1).optional(),
  source: z.string().trim().min(1).optional(),
});

/** The outcome of parsing one knowledge file: a document, or the reason it cannot be used. */
export type ParsedFile = { ok: true; document: LoadedDocument } | { ok: false; reason: string };

const FRONT_MATTER = /^---[ \t]*\n([\s\S]*?)\n---[ \t]*(?:\n|$)/;

/** Parses one knowledge file (YAML front matter, then the document text) without touching the disk. */
export function parseDocumentFile(file: string, content: string): ParsedFile {
  const text = content.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const match = FRONT_MATTER.exec(text);
  if (!match) return { ok: false, reason: 'no YAML front matter: the file must start with a line "---"' };
  let meta: unknown;
  try {
    meta = parseYaml(match[1] ?? '');
  } catch (error) {
    return { ok: false, reason: `front matter is not valid YAML: ${(error as Error).message.split('\n')[0]}` };
  }
  const parsed = frontMatterSchema.safeParse(meta);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
    return { ok: false, reason: `front matter is incomplete: ${issues}` };
  }
  const body = cleanBody(text.slice(match[0].length));
  if (body === '') return { ok: false, reason: 'the document has no text after the front matter' };
  const { regionPath, ...fields } = parsed.data;
  const document: LoadedDocument = {
    ...stripUndefined(fields),
    regionPath: regionPath ?? [fields.region],
    body,
    file,
  };
  return { ok: true, document };
}

/** Strips stray whitespace only: trims every line and collapses runs of blank lines. */
export function cleanBody(text: string): string {
  const lines: string[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.replace(/^[\s\u3000]+|[\s\u3000]+$/gu, '');
    if (line === '' && (lines.length === 0 || lines[lines.length - 1] === '')) continue;
    lines.push(line);
  }
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines.join('\n');
}

/** True for the files the loader reads as documents: `*.md` other than the folder's README. */
export function isDocumentFile(name: string): boolean {
  return name.toLowerCase().endsWith('.md') && name.toLowerCase() !== 'readme.md';
}

/** Reads every document in `dir`; a malformed file is logged by name and skipped, never thrown. */
export async function loadDocuments(dir: string, logger?: KnowledgeLogger): Promise<LoadedDocuments> {
  const skipped: SkippedFile[] = [];
  const skip = (file: string, reason: string): void => {
    skipped.push({ file, reason });
    logger?.warn({ file, reason }, `knowledge file ${file} skipped: ${reason}. Fix the file and restart, or run npm run kb:build to check it.`);
  };
  let names: string[];
  try {
    names = (await readdir(dir)).filter(isDocumentFile).sort();
  } catch (error) {
    logger?.warn({ dir, reason: (error as Error).message }, `knowledge directory ${dir} cannot be read: check the path; the bot will abstain on every policy question`);
    return { documents: [], skipped };
  }
  const documents: LoadedDocument[] = [];
  const seen = new Map<string, string>();
  for (const name of names) {
    let content: string;
    try {
      content = await readFile(join(dir, name), 'utf8');
    } catch (error) {
      skip(name, `cannot be read: ${(error as Error).message}`);
      continue;
    }
    const parsed = parseDocumentFile(name, content);
    if (!parsed.ok) {
      skip(name, parsed.reason);
      continue;
    }
    const first = seen.get(parsed.document.id);
    if (first !== undefined) {
      skip(name, `id "${parsed.document.id}" is already used by ${first}`);
      continue;
    }
    seen.set(parsed.document.id, name);
    documents.push(parsed.document);
  }
  return { documents, skipped };
}

function stripUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
