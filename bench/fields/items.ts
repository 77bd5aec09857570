// Answers to one form question (bench/fields/FORMAT.md): the schema, the questions and the fields each fills.
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';

/** Each question the benchmark can put, with the form fields its answer fills. */
export const QUESTION_FIELDS = {
  relation: ['applicant_relation'],
  identity: ['applicant_name', 'id_number', 'phone'],
  household: ['address', 'household_size', 'monthly_income'],
  special_members: ['special_members'],
  supporters: ['supporters'],
  self_care: ['self_care'],
  hardship_cause: ['hardship_cause'],
  illness_and_costs: ['illness', 'medical_costs'],
  student_stage: ['student_stage'],
  housing_situation: ['housing_situation'],
  employment_status: ['employment_status'],
  disability_certificate: ['disability_certificate'],
} as const satisfies Record<string, readonly string[]>;

/** A question key of the format. */
export type Question = keyof typeof QUESTION_FIELDS;

const QUESTIONS = Object.keys(QUESTION_FIELDS) as [Question, ...Question[]];

const itemSchema = z.object({
  id: z.string().min(1),
  persona: z.string().optional(),
  type: z.string().min(1),
  applying_for: z.enum(['self', 'relative', 'committee']).default('self'),
  question: z.enum(QUESTIONS),
  answer: z.union([z.string(), z.number()]).transform(String),
  expect: z.record(z.string(), z.union([z.string(), z.number(), z.array(z.string())])),
});

/** One resident's answer to one question, and what staff should see stored from it. */
export type FieldItem = z.infer<typeof itemSchema>;

/** A set of items, and whether it is frozen (held out: its answers are never printed). */
export interface FieldSet {
  file: string;
  frozen: boolean;
  items: FieldItem[];
}

// Every field an item may expect: an answer may also tell what a later question asks (「没人管 吃饭还能自己弄」 to
// the question of supporters tells self-care too), and the bot then should not ask it.
const KNOWN_FIELDS: ReadonlySet<string> = new Set(Object.values(QUESTION_FIELDS).flat());

/** Reads a set and checks that each item expects only fields the forms ask. */
export function loadFieldSet(file: string): FieldSet {
  const text = readFileSync(file, 'utf8');
  const parsed = z.array(itemSchema).safeParse(parseYaml(text));
  if (!parsed.success) throw new Error(`${file}: ${parsed.error.message}`);
  const ids = new Set<string>();
  for (const item of parsed.data) {
    if (ids.has(item.id)) throw new Error(`${file}: ${item.id} appears twice`);
    ids.add(item.id);
    const stray = Object.keys(item.expect).filter((name) => !KNOWN_FIELDS.has(name));
    if (stray.length > 0)
      throw new Error(`${file}: ${item.id} expects ${stray.join(', ')}, which no question asks`);
  }
  const header = text.split('\n').filter((line) => line.startsWith('#'));
  const frozen = /(?:^|[\\/])heldout[\\/]/.test(file) || header.some((line) => /\bFROZEN\b/.test(line));
  return { file, frozen, items: parsed.data };
}
