import { readFile } from 'node:fs/promises';
import { parseYaml } from '../content/parse-yaml.js';
import { z } from 'zod';

const WORD_KEYS = [
  'confirm',
  'cancel',
  'edit',
  'withdraw_consent',
  'consent_yes',
  'consent_no',
  'skip',
  'resume_restart',
  'resume_stop',
  'no_receipt',
  'anonymous',
  'unknown',
  'volunteer_cancel',
  'offer_yes',
  'offer_no',
] as const;

/** A kind of short answer residents give: 「确认」, 「取消」, 「同意」 … */
export type AnswerWordKind = (typeof WORD_KEYS)[number];

const wordsSchema = z
  .object(
    Object.fromEntries(
      WORD_KEYS.map((key) => [
        key,
        z.object({
          exact: z.array(z.string().min(1)).default([]),
          contains: z.array(z.string().min(1)).default([]),
        }),
      ]),
    ) as unknown as Record<AnswerWordKind, z.ZodType<{ exact: string[]; contains: string[] }>>,
  )
  .strict();

/** The answer words as data (replies/answer-words.yaml): which short messages mean yes, no, cancel … */
export interface AnswerWords {
  /** True when the message is (exactly) one of the words of this kind, or contains one of its phrases. */
  is(kind: AnswerWordKind, text: string): boolean;
}

// Residents end short answers with punctuation or a polite particle: 「同意。」, 「确认吧」.
const TRAILING_MARK = /^[\s。！!，,.~～…]$/u;
const TRAILING_PARTICLES = new Set([...'吧啊呀哈嘛的了']);

/**
 * The answer without its trailing marks and its last polite particle. Scanned from the end by hand: a
 * pattern anchored at the end tries every start, so a long run of marks cost quadratic time.
 */
function withoutTrailing(text: string): string {
  const chars = [...text];
  let end = chars.length;
  while (end > 0 && TRAILING_MARK.test(chars[end - 1] ?? '')) end--;
  // A particle alone is the answer itself, not an ending (「的」 may be a reply of its own).
  if (end > 1 && TRAILING_PARTICLES.has(chars[end - 1] ?? '')) end--;
  return chars.slice(0, end).join('');
}

/** Builds the matcher from parsed data (tests pass their own). */
export function createAnswerWords(data: unknown, source = 'answer-words'): AnswerWords {
  const parsed = wordsSchema.safeParse(data);
  if (!parsed.success) throw new Error(`${source} is not valid: ${parsed.error.message}`);
  const sets = new Map(
    Object.entries(parsed.data).map(([kind, words]) => [
      kind,
      // Latin letters compare without case: 「Yes」「OK」「I agree」 as typed on any keyboard.
      { exact: new Set(words.exact.map((w) => w.toLowerCase())), contains: words.contains },
    ]),
  );
  return {
    is(kind, text) {
      const set = sets.get(kind);
      if (!set) return false;
      const clean = text.trim().slice(0, 200);
      const lower = clean.toLowerCase();
      if (set.exact.has(lower) || set.exact.has(withoutTrailing(lower))) return true;
      return set.contains.some((phrase) => clean.includes(phrase));
    },
  };
}

/** Loads replies/answer-words.yaml; a broken file stops the start with its name. */
export async function loadAnswerWords(file: string): Promise<AnswerWords> {
  return createAnswerWords(parseYaml(await readFile(file, 'utf8')), file);
}
