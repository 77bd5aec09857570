// The simulated residents of `npm run bench:intake` and the application forms they fill, read from data
// and checked before any conversation runs, so a typo in the data is never reported as a bot failure.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { ASSISTANCE_TYPES } from '../../src/nlu/types.js';

/** The repository's forms directory. */
export const FORMS_DIR = fileURLToPath(new URL('../../forms', import.meta.url));
const RESIDENTS_FILE = fileURLToPath(new URL('./residents.yaml', import.meta.url));

// ── Forms ────────────────────────────────────────────────────────────────────────────────────────

const fieldSchema = z.object({
  name: z.string().min(1),
  label: z.string().min(1),
  kind: z.enum(['text', 'person_name', 'id_number', 'phone', 'address', 'integer', 'money', 'choice']),
  choices: z.array(z.coerce.string()).optional(),
});
const commonSchema = z.object({ fields: z.array(fieldSchema) });
const formSchema = z.object({
  type: z.string().min(1),
  title: z.string().min(1),
  fields: z.array(fieldSchema),
});

/** One field of an application form, as the bench needs it. */
export type FormField = z.infer<typeof fieldSchema>;

/** A form type with every field it asks, the common ones first. */
export interface Form {
  type: string;
  title: string;
  fields: FormField[];
}

/** Reads forms/common.yaml and every form type in forms/, each with the common fields first. */
export function loadForms(dir = FORMS_DIR): Map<string, Form> {
  const common = commonSchema.parse(parseYaml(readFileSync(path.join(dir, 'common.yaml'), 'utf8')));
  const forms = new Map<string, Form>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.yaml') && f !== 'common.yaml')) {
    const data: unknown = parseYaml(readFileSync(path.join(dir, file), 'utf8'));
    // forms/ also holds data about forms (suggestions.yaml …); a form is a mapping with a type.
    if (typeof data !== 'object' || data === null || Array.isArray(data) || !('type' in data)) continue;
    const form = formSchema.parse(data);
    forms.set(form.type, { type: form.type, title: form.title, fields: [...common.fields, ...form.fields] });
  }
  return forms;
}

/** The form a canonical assistance type is filled on: its own, or forms/general.yaml. */
export function formTypeOf(type: string, forms: Map<string, Form>): string {
  return forms.has(type) ? type : 'general';
}

// ── GB 11643-1999 check digit (written out here so the bench does not trust the code it measures) ──

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';

/** Strips the spaces people type inside an ID number and uppercases x. */
export function compactId(raw: string): string {
  return raw.replace(/\s+/gu, '').toUpperCase();
}

/** True when the 18-character ID number has the right check character (format and date are not checked). */
export function hasValidCheckDigit(raw: string): boolean {
  const id = compactId(raw);
  if (!/^\d{17}[\dX]$/u.test(id)) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(id[i]) * WEIGHTS[i]!;
  return CHECK[sum % 11] === id[17];
}

// ── Residents ────────────────────────────────────────────────────────────────────────────────────

// YAML reads 2 or 800 as numbers; every answer is what the resident types, so a string.
const typed = z.union([z.string(), z.number()]).transform(String);
const expectedValue = z.union([z.string(), z.number()]);
const event = z.object({ afterField: z.string().min(1), text: z.string().min(1) });

const residentSchema = z.object({
  id: z.string().regex(/^r\d{2,}$/u),
  style: z.string().min(1),
  type: z.enum(ASSISTANCE_TYPES),
  allInOne: z.boolean().default(false),
  /** Answers one field per message even when the bot asks for several at once. */
  piecemeal: z.boolean().default(false),
  opening: z.string().min(1),
  consent: typed,
  answers: z.record(z.string(), typed),
  expected: z.record(z.string(), expectedValue),
  invalidFirst: z.record(z.string(), typed).optional(),
  corrections: z.array(event.extend({ expected: z.record(z.string(), expectedValue) })).default([]),
  interruptions: z.array(event).default([]),
});

/** One simulated resident: how they open, how they answer each field, and what the case must hold. */
export type Resident = z.infer<typeof residentSchema>;

/** Reads bench/intake/residents.yaml. */
export function loadResidents(file = RESIDENTS_FILE): Resident[] {
  return z.array(residentSchema).parse(parseYaml(readFileSync(file, 'utf8')));
}

/** What the stored case must finally hold: `expected`, with each correction's value winning. */
export function finalExpected(resident: Resident): Record<string, string | number> {
  const out = { ...resident.expected };
  for (const correction of resident.corrections) Object.assign(out, correction.expected);
  return out;
}

/** The fields of the resident's form. */
export function fieldsOf(resident: Resident, forms: Map<string, Form>): FormField[] {
  return forms.get(formTypeOf(resident.type, forms))?.fields ?? [];
}

/**
 * Messages a naive form-by-form bot needs from this resident: the opening, then one answer per field
 * (free text never fills a later field), the consent, the confirmation, and one more message for each
 * interruption, correction and mistyped value the resident brings.
 */
export function baselineTurns(resident: Resident, forms: Map<string, Form>): number {
  const extras =
    resident.interruptions.length +
    resident.corrections.length +
    Object.keys(resident.invalidFirst ?? {}).length;
  return 1 + fieldsOf(resident, forms).length + 2 + extras;
}

const PHONE = /^1[3-9]\d{9}$/u;

/** Every problem with the resident data; empty when the set is usable. */
export function checkResidents(residents: Resident[], forms: Map<string, Form>): string[] {
  const problems: string[] = [];
  const seen = new Map<string, string>();
  const claim = (kind: string, value: string, owner: string) => {
    const key = `${kind}:${value}`;
    const other = seen.get(key);
    if (other && other !== owner) problems.push(`${owner}: ${kind} ${value} is also used by ${other}`);
    seen.set(key, owner);
  };
  for (const r of residents) {
    claim('resident id', r.id, `resident #${String(residents.indexOf(r) + 1)}`);
    const fields = fieldsOf(r, forms);
    const byName = new Map(fields.map((f) => [f.name, f]));
    for (const f of fields) {
      if (!(f.name in r.answers)) problems.push(`${r.id}: no answer for field ${f.name}`);
    }
    const expected = finalExpected(r);
    for (const name of new Set([...Object.keys(r.answers), ...Object.keys(expected)])) {
      if (!byName.has(name))
        problems.push(`${r.id}: ${name} is not a field of the ${formTypeOf(r.type, forms)} form`);
    }
    for (const [name, value] of Object.entries(expected)) {
      const field = byName.get(name);
      if (!field) continue;
      switch (field.kind) {
        case 'id_number':
          if (typeof value !== 'string' || !hasValidCheckDigit(value) || compactId(value) !== value)
            problems.push(`${r.id}: expected ${name} ${String(value)} is not a valid normalised ID number`);
          else claim('id_number', value, r.id);
          break;
        case 'phone':
          if (typeof value !== 'string' || !PHONE.test(value))
            problems.push(`${r.id}: expected ${name} ${String(value)} is not a mobile number`);
          else claim('phone', value, r.id);
          break;
        case 'integer':
        case 'money':
          if (typeof value !== 'number') problems.push(`${r.id}: expected ${name} must be a number`);
          break;
        case 'choice':
          if (!field.choices?.includes(String(value)))
            problems.push(
              `${r.id}: expected ${name} ${String(value)} is not one of ${field.choices?.join('/')}`,
            );
          break;
        case 'person_name':
          if (typeof value !== 'string' || !/^\p{Script=Han}{2,4}$/u.test(value))
            problems.push(`${r.id}: expected ${name} ${String(value)} is not a name`);
          break;
        case 'text':
        case 'address':
          problems.push(`${r.id}: ${name} is free text, kept as written; it takes no expected value`);
          break;
      }
    }
    // The ID the resident finally types must be the expected one, and a valid one.
    const typedId = r.answers.id_number;
    if (typedId !== undefined) {
      if (!hasValidCheckDigit(typedId))
        problems.push(`${r.id}: answers.id_number ${typedId} has a wrong check digit`);
      if (expected.id_number !== undefined && compactId(typedId) !== expected.id_number)
        problems.push(`${r.id}: answers.id_number and expected.id_number differ`);
    }
    for (const [name, value] of Object.entries(r.invalidFirst ?? {})) {
      if (name !== 'id_number') problems.push(`${r.id}: invalidFirst supports id_number only, not ${name}`);
      else if (hasValidCheckDigit(value))
        problems.push(`${r.id}: invalidFirst id_number ${value} is valid; it must have a wrong check digit`);
      else if (!/^\d{17}[\dX]$/u.test(compactId(value)))
        problems.push(`${r.id}: invalidFirst id_number ${value} is not 18 characters`);
    }
    if (r.allInOne) {
      const id = expected.id_number;
      if (typeof id === 'string' && !compactId(r.opening).includes(id))
        problems.push(`${r.id}: an all-in-one opening must carry the ID number`);
    }
    for (const e of [...r.corrections, ...r.interruptions]) {
      if (!byName.has(e.afterField))
        problems.push(`${r.id}: afterField ${e.afterField} is not a field of the form`);
    }
    if (!['同意', '可以', '行', '好'].some((w) => r.consent.includes(w)))
      problems.push(`${r.id}: consent ${r.consent} says neither yes nor agree`);
  }
  return problems;
}

/** Counts that the issue asks the set to cover, for the report and the data check. */
export function coverage(residents: Resident[], forms: Map<string, Form>) {
  const byType = new Map<string, number>();
  for (const r of residents) byType.set(r.type, (byType.get(r.type) ?? 0) + 1);
  const onBehalf = residents.filter((r) => {
    const relation = finalExpected(r).applicant_relation;
    return relation !== undefined && relation !== '本人申请';
  }).length;
  const dialectOrTypos = residents.filter((r) => /dialect|typo/iu.test(r.style)).length;
  return {
    residents: residents.length,
    allInOne: residents.filter((r) => r.allInOne).length,
    onBehalf,
    dialectOrTypos,
    corrections: residents.filter((r) => r.corrections.length > 0).length,
    invalidFirst: residents.filter((r) => r.invalidFirst !== undefined).length,
    interruptions: residents.filter((r) => r.interruptions.length > 0).length,
    byType,
    formTypesCovered: [...forms.keys()].filter(
      (t) => residents.filter((r) => formTypeOf(r.type, forms) === t).length >= 2,
    ),
  };
}

/** Problems with the mix of residents against the minimums. */
export function checkCoverage(residents: Resident[], forms: Map<string, Form>): string[] {
  const c = coverage(residents, forms);
  const problems: string[] = [];
  const atLeast = (what: string, have: number, need: number) => {
    if (have < need) problems.push(`${what}: ${have}, need at least ${need}`);
  };
  atLeast('residents', c.residents, 36);
  atLeast('all-in-one openings', c.allInOne, 8);
  atLeast('relatives or cadres applying', c.onBehalf, 6);
  atLeast('dialect or typos', c.dialectOrTypos, 4);
  atLeast('corrections', c.corrections, 3);
  atLeast('invalid ID first', c.invalidFirst, 3);
  atLeast('interruptions', c.interruptions, 2);
  for (const type of forms.keys()) {
    atLeast(
      `residents on the ${type} form`,
      residents.filter((r) => formTypeOf(r.type, forms) === type).length,
      2,
    );
  }
  return problems;
}
