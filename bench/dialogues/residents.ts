// The scripted residents of `npm run bench:dialogues`, read and checked against bench/dialogues/FORMAT.md
// before any conversation runs, so a slip in the data is reported as such and never as a bot failure.
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';

/** The conversation kinds a set covers. */
export const KINDS = ['application', 'status', 'report', 'policy', 'urgent', 'distress', 'volunteer', 'mixed'] as const;

/** The outcomes a conversation can end in. */
export const OUTCOMES = [
  'registered',
  'status_told',
  'report_filed',
  'answered',
  'abstained',
  'urgent_handoff',
  'distress_support',
  'consent_refused',
  'cancelled',
  'registered_volunteer',
] as const;

/** One of OUTCOMES. */
export type Outcome = (typeof OUTCOMES)[number];

const scalar = z.union([z.string(), z.number()]).transform(String);
const fieldValue = z.union([z.string(), z.number(), z.array(z.string())]);

const scriptEvent = z.object({
  at: z.string().regex(/^(?:after:[a-z0-9_:]+|confirm|turn:[0-9]+)$/, 'at: after:<key> | confirm | turn:<n>'),
  say: scalar,
  expectReplyMentions: z.array(scalar).optional(),
});

/** One scripted event, sent instead of the normal answer when its moment has come. */
export type ScriptEvent = z.infer<typeof scriptEvent>;

// The statuses a seeded case can be moved to (bench/dialogues/run.ts walks the department updates), with
// the everyday words writers use for them; an unknown status fails the load instead of staying registered.
const STATUS_WORDS: Readonly<Record<string, string>> = {
  rejected: 'refused',
  denied: 'refused',
  declined: 'refused',
  closed: 'completed',
  done: 'completed',
  finished: 'completed',
  in_review: 'accepted',
  reviewing: 'accepted',
  processing: 'accepted',
  submitted: 'registered',
};
const caseStatus = z
  .string()
  .default('registered')
  .transform((status) => STATUS_WORDS[status] ?? status)
  .pipe(z.enum(['registered', 'transferred', 'accepted', 'approved', 'refused', 'completed', 'referred']));

const residentSchema = z.object({
  id: scalar,
  kind: z.enum(KINDS),
  persona: z.string().optional(),
  type: z.string().optional(),
  opening: scalar,
  say: z.record(z.string(), scalar).default({}),
  answers: z.record(z.string(), scalar).default({}),
  script: z.array(scriptEvent).default([]),
  facts: z
    .object({
      existingCase: z.object({ type: z.string(), status: caseStatus, phone: scalar }).optional(),
    })
    .passthrough()
    .default({}),
  expect: z.object({
    outcome: z.enum(OUTCOMES),
    type: z.string().optional(),
    fields: z.record(z.string(), fieldValue).default({}),
    urgency: z.enum(['none', 'distress', 'high', 'critical']).default('none'),
    subject: z.string().optional(),
    maxTurns: z.number().int().positive().optional(),
  }),
});

/** One scripted resident. */
export type Resident = z.infer<typeof residentSchema>;

/** A set of residents and whether it is a frozen held-out set (its misses are never listed). */
export interface ResidentSet {
  file: string;
  frozen: boolean;
  residents: Resident[];
}

/** Reads a set; files under a `heldout/` folder, or whose header says FROZEN, are frozen held-out sets. */
export function loadResidentSet(file: string): ResidentSet {
  const source = readFileSync(file, 'utf8');
  const raw: unknown = parseYaml(source);
  const list = Array.isArray(raw) ? raw : (raw as { residents?: unknown } | null)?.residents;
  const parsed = z.array(residentSchema).safeParse(list);
  if (!parsed.success) {
    // The first problem only, by position: a held-out set's texts are never printed.
    const issue = parsed.error.issues[0];
    throw new Error(`${file}: ${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`);
  }
  const ids = new Set<string>();
  for (const resident of parsed.data) {
    if (ids.has(resident.id)) throw new Error(`${file}: resident id ${resident.id} appears twice`);
    ids.add(resident.id);
  }
  const header = source.split('\n').filter((line) => line.startsWith('#'));
  const frozen = /(?:^|[\\/])heldout[\\/]/.test(file) || header.some((line) => /\bFROZEN\b/.test(line));
  return { file, frozen, residents: parsed.data };
}
