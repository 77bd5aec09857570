import { nextQuestion } from '../../forms/form-progress.js';
import type { FormDefinition } from '../../forms/form-registry.js';
import type { FormField } from '../../forms/form-schema.js';
import type { FieldValue } from '../../forms/read-answer.js';
import { withTold } from './fill.js';
import type { ApplicationState } from './state.js';

// Kinds whose reading in a group answer needs the answer to speak of them (digits, a count, an amount): asked again
// beside the fields still open, a reply that leaves them out leaves them as they were. A name, an address, a choice
// or a description is read from any words, so an inferred one is shown in the summary rather than asked again.
const RECHECKED_KINDS: ReadonlySet<FormField['kind']> = new Set(['integer', 'money', 'id_number', 'phone']);

/**
 * The form with its record of inferred fields brought up to date after a turn: a field newly filled by words that
 * did not answer its question (the opening's story, a number said in passing) is inferred; a field answered when
 * asked, or changed in so many words (a correction), is the resident's own answer; a field emptied is neither.
 */
export function withInferredMarked(
  before: Readonly<Record<string, unknown>>,
  after: ApplicationState,
  previouslyInferred: readonly string[],
  asked: readonly string[],
): ApplicationState {
  const inferred = Object.keys(after.fields).filter((name) => {
    const was = before[name];
    const now = after.fields[name];
    if (now === was) return previouslyInferred.includes(name);
    return was === undefined && !asked.includes(name);
  });
  return { ...after, inferred };
}

/**
 * The fields the opening or a passing remark filled that are asked again when their group's question is asked
 * anyway for a field still open (no extra turn): what was read from a story is the likeliest to be wrong.
 */
export function fieldsToRecheck(definition: FormDefinition, form: ApplicationState): string[] {
  return definition.fields
    .filter(
      (f) =>
        f.group !== undefined &&
        RECHECKED_KINDS.has(f.kind) &&
        form.inferred.includes(f.name) &&
        form.fields[f.name] !== undefined &&
        !form.skipped.includes(f.name),
    )
    .map((f) => f.name);
}

/** The fields of the question the form is asking: the one field, or a group's open and rechecked fields. */
export function fieldsAsked(definition: FormDefinition, form: ApplicationState): FormField[] {
  const key = form.asking ?? '';
  if (!key.startsWith('group:')) return definition.fields.filter((f) => f.name === key);
  const recheck = fieldsToRecheck(definition, form);
  // A field of the group already left for staff is no longer asked, so a 「不清楚」 cannot skip it again and again.
  return definition.fields.filter(
    (f) =>
      `group:${f.group}` === key &&
      (form.fields[f.name] === undefined || recheck.includes(f.name)) &&
      !form.skipped.includes(f.name),
  );
}

/**
 * The question the form asks next, with the fields it is read against: a field left for staff still holds what the
 * opening told of it, and inferred fields of the question's group are asked again (`again`).
 */
export function upcomingQuestion(
  definition: FormDefinition,
  form: ApplicationState,
): { fields: Record<string, FieldValue>; next: ReturnType<typeof nextQuestion> } {
  const fields = withTold(definition, form.fields, form.told, [], form.skipped);
  const recheck = fieldsToRecheck(definition, { ...form, fields });
  return { fields, next: nextQuestion(definition, fields, form.skipped, recheck) };
}
