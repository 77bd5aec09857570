/**
 * Conditions on an application's answers, written as data in locality profiles: which materials an
 * applicant needs (`showIf`) and who is offered to have the village committee apply for them (`offerWhen`).
 */
import { z } from 'zod';
import { validateIdNumber } from '../identity/id-number.js';
import { formatLocalDate, localDateOf } from '../cases/local-date.js';

/** One condition; any one of its parts is enough (a choice, words in a written answer, the applicant's age). */
const singleCondition = z
  .strictObject({
    /** A choice field and the choices any of which meets the condition. */
    field: z
      .string()
      .regex(/^[a-z_]+$/)
      .optional(),
    anyOf: z.array(z.string().min(1)).optional(),
    /** Words in any written answer (the hardship, the address …); a word right after 没/未/不/无 does not count. */
    words: z.array(z.string().min(1)).optional(),
    /** The applicant's age in whole years, from the ID number's birth date, is at least this. */
    ageAtLeast: z.number().int().min(0).max(150).optional(),
    /** The applicant's age is below this (a minor: 18). */
    ageBelow: z.number().int().min(1).max(150).optional(),
  })
  .superRefine((c, ctx) => {
    if ((c.field === undefined) !== (c.anyOf === undefined)) {
      ctx.addIssue({ code: 'custom', message: '`field` and `anyOf` go together', path: ['anyOf'] });
    }
    if (c.anyOf === undefined && !c.words && c.ageAtLeast === undefined && c.ageBelow === undefined) {
      ctx.addIssue({ code: 'custom', message: 'a condition needs anyOf, words, ageAtLeast or ageBelow' });
    }
  });

/** A condition, or a list of conditions any one of which is enough. */
export const answerCondition = z.union([singleCondition, z.array(singleCondition).min(1)]);

/** A validated condition on the answers. */
export type AnswerCondition = z.output<typeof answerCondition>;

type SingleCondition = z.output<typeof singleCondition>;

/** The answers a condition is read against. */
export type Answers = Readonly<Record<string, string | number>>;

// Two characters back is enough for 没有离婚 / 未婚 / 不租房; a longer look-back would swallow real mentions.
const NEGATIONS = /[没未不无]有?$/;

function mentioned(text: string, word: string): boolean {
  let from = 0;
  for (;;) {
    const at = text.indexOf(word, from);
    if (at < 0) return false;
    if (!NEGATIONS.test(text.slice(Math.max(0, at - 2), at))) return true;
    from = at + 1;
  }
}

/** The applicant's age in whole years on the local date of `at`, or undefined without a valid ID number. */
export function applicantAge(answers: Answers, at: Date, timezone: string): number | undefined {
  const id = answers.id_number;
  if (typeof id !== 'string') return undefined;
  const valid = validateIdNumber(id, at);
  if (!valid.ok) return undefined;
  const today = formatLocalDate(localDateOf(at, timezone));
  const [by, bm, bd] = valid.birthDate.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = today.split('-').map(Number) as [number, number, number];
  return ty - by - (tm < bm || (tm === bm && td < bd) ? 1 : 0);
}

function meetsOne(c: SingleCondition, answers: Answers, age: number | undefined): boolean {
  if (c.field !== undefined && c.anyOf !== undefined) {
    const chosen = String(answers[c.field] ?? '').split('、');
    if (c.anyOf.some((choice) => chosen.includes(choice))) return true;
  }
  if (c.words) {
    const written = Object.values(answers).filter((v): v is string => typeof v === 'string');
    if (c.words.some((word) => written.some((answer) => mentioned(answer, word)))) return true;
  }
  if (c.ageAtLeast !== undefined && age !== undefined && age >= c.ageAtLeast) return true;
  return c.ageBelow !== undefined && age !== undefined && age < c.ageBelow;
}

/** Whether the answers meet the condition (any one of a list). */
export function meetsCondition(
  condition: AnswerCondition,
  answers: Answers,
  at: Date,
  timezone: string,
): boolean {
  const age = applicantAge(answers, at, timezone);
  const list = Array.isArray(condition) ? condition : [condition];
  return list.some((c) => meetsOne(c, answers, age));
}
