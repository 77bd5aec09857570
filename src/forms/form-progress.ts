import type { FormDefinition } from './form-registry.js';
import type { FormField } from './form-schema.js';
import type { FieldValue } from './read-answer.js';

/** One question the form asks: a single field or a group of fields asked together. */
export interface FormQuestion {
  /** The field name, or `group:<name>`. */
  key: string;
  text: string;
  fields: readonly FormField[];
}

/** The form's questions in order: grouped fields collapse into their group's question. */
export function formQuestions(form: FormDefinition): FormQuestion[] {
  const questions: FormQuestion[] = [];
  for (const field of form.fields) {
    const groupText = field.group ? form.groups[field.group] : undefined;
    if (field.group && groupText) {
      const key = `group:${field.group}`;
      const existing = questions.find((q) => q.key === key);
      if (existing) (existing.fields as FormField[]).push(field);
      else questions.push({ key, text: groupText, fields: [field] });
    } else {
      questions.push({ key: field.name, text: field.question, fields: [field] });
    }
  }
  return questions;
}

/** Required fields without a value (skipped ones excluded), in form order. */
export function missingFields(
  form: FormDefinition,
  fields: Readonly<Record<string, FieldValue>>,
  skipped: readonly string[],
): FormField[] {
  return form.fields.filter((f) => !f.optional && fields[f.name] === undefined && !skipped.includes(f.name));
}

/**
 * The next question to ask and its position (第step步/共total步); the last step is the confirmation. `recheck` names
 * fields already filled that a group question asks again beside its open fields (`again`), when it is asked anyway.
 */
export function nextQuestion(
  form: FormDefinition,
  fields: Readonly<Record<string, FieldValue>>,
  skipped: readonly string[],
  recheck: readonly string[] = [],
):
  | { question: FormQuestion; again: FormField[]; missing: FormField[]; step: number; total: number }
  | undefined {
  const questions = formQuestions(form);
  const missing = missingFields(form, fields, skipped);
  const total = questions.length + 1;
  const index = questions.findIndex((q) => q.fields.some((f) => missing.includes(f)));
  const question = questions[index];
  if (!question) return undefined;
  // A group whose fields are partly answered asks only what is left, with each field's own question.
  const open = question.fields.filter((f) => missing.includes(f));
  const again = question.key.startsWith('group:')
    ? question.fields.filter((f) => !missing.includes(f) && recheck.includes(f.name))
    : [];
  if (open.length < question.fields.length && open.length === 1 && open[0] && again.length === 0) {
    return {
      question: { key: open[0].name, text: open[0].question, fields: open },
      again,
      missing,
      step: index + 1,
      total,
    };
  }
  return { question: { ...question, fields: open }, again, missing, step: index + 1, total };
}

/** The total number of steps, for the progress line once every field is in. */
export function totalSteps(form: FormDefinition): number {
  return formQuestions(form).length + 1;
}
