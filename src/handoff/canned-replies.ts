import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseYaml } from '../content/parse-yaml.js';
import { z } from 'zod';
import { fillTemplate } from '../engine/system-replies.js';
import { normalizeText } from '../text/normalize.js';

/** The placeholders a canned reply may use; anything else is a content mistake caught at start. */
export const CANNED_PLACEHOLDERS = [
  'name',
  'operator',
  'caseNo',
  'hotline',
  'hotlineName',
  'officeHours',
] as const;

/** The values a canned reply is filled with. */
export type CannedValues = Record<(typeof CANNED_PLACEHOLDERS)[number], string>;

const replySchema = z.strictObject({
  id: z.string().regex(/^[a-z][a-z0-9_]*$/, 'ids are lower_snake_case'),
  title: z.string().trim().min(1),
  // YAML reads 「120」 as a number; a keyword is a word either way.
  keywords: z
    .array(z.preprocess((v) => (typeof v === 'number' ? String(v) : v), z.string().trim().min(1)))
    .default([]),
  text: z
    .string()
    .trim()
    .min(1)
    .max(500)
    .refine(
      (text) =>
        [...text.matchAll(/\{(\w+)\}/g)].every((m) =>
          (CANNED_PLACEHOLDERS as readonly string[]).includes(m[1]!),
        ),
      { message: `only these placeholders: ${CANNED_PLACEHOLDERS.map((p) => `{${p}}`).join(' ')}` },
    ),
});

const fileSchema = z
  .strictObject({
    locality: z.preprocess((v) => (typeof v === 'number' ? String(v) : v), z.string().regex(/^\d{6}$/)),
    replies: z.array(replySchema).min(1),
  })
  .refine((f) => new Set(f.replies.map((r) => r.id)).size === f.replies.length, {
    message: 'reply ids must be unique',
  });

/** One canned reply as written in the data. */
export type CannedReplyTemplate = z.output<typeof replySchema>;

/** A canned reply ready for the operator: its text with the placeholders filled. */
export interface CannedReplyView {
  id: string;
  title: string;
  text: string;
}

/** The canned replies of one locality, searchable. */
export interface CannedReplyBook {
  /** Replies whose title, keywords or text contain every word of the query (all of them for an empty query). */
  search(query: string, values: CannedValues): CannedReplyView[];
}

/** Fills a reply's placeholders; an unknown value (no name yet) leaves nothing behind rather than 「{name}」. */
export function renderCannedReply(template: CannedReplyTemplate, values: CannedValues): CannedReplyView {
  return { id: template.id, title: template.title, text: fillTemplate(template.text, values).trim() };
}

/** True when every word of the query occurs in the reply (case and width folded). */
export function matchesQuery(template: CannedReplyTemplate, query: string): boolean {
  const haystack = normalizeText([template.title, ...template.keywords, template.text].join(' '));
  return normalizeText(query)
    .split(/\s+/u)
    .filter((w) => w.length > 0)
    .every((word) => haystack.includes(word));
}

/** Builds the searchable book from validated replies. */
export function cannedReplyBook(templates: readonly CannedReplyTemplate[]): CannedReplyBook {
  return {
    search: (query, values) =>
      templates.filter((t) => matchesQuery(t, query)).map((t) => renderCannedReply(t, values)),
  };
}

/**
 * Loads `<localitiesDir>/canned-replies/*.yaml` and keeps the file of this locality (none: an empty book).
 * A file that does not validate stops the start with its name and the problem.
 */
export async function loadCannedReplies(
  localitiesDir: string,
  localityCode: string,
): Promise<CannedReplyBook> {
  const dir = path.join(localitiesDir, 'canned-replies');
  let names: string[];
  try {
    names = (await readdir(dir)).filter(
      (n) => /\.ya?ml$/i.test(n) && !n.startsWith('_') && !n.startsWith('.'),
    );
  } catch {
    return cannedReplyBook([]);
  }
  const mine: CannedReplyTemplate[] = [];
  for (const name of names.sort()) {
    const file = path.join(dir, name);
    const parsed = fileSchema.safeParse(parseYaml(await readFile(file, 'utf8')));
    if (!parsed.success) throw new Error(`${file} is not valid: ${parsed.error.message}`);
    if (parsed.data.locality === localityCode) mine.push(...parsed.data.replies);
  }
  return cannedReplyBook(mine);
}
