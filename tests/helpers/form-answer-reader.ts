import type { FormRegistry } from '../../src/forms/form-registry.js';
import { loadForms } from '../../src/forms/load-forms.js';
import { readAnswer } from '../../src/forms/read-answer.js';
import { extractEntities } from '../../src/nlu/entities/index.js';
import { createTextReader } from '../../src/text/text-reader.js';

/** The shipped forms, loaded once per test file (forms/). */
export async function shippedForms(): Promise<FormRegistry> {
  return loadForms('forms', { warn: () => undefined });
}

const spell = createTextReader([]);

/**
 * What one form question of a type reads from a resident's answer, as the bot reads it (spelling mended first);
 * undefined when the answer is not read.
 */
export function readFormAnswer(forms: FormRegistry, type: string, name: string, answer: string): unknown {
  const text = spell(answer);
  const field = forms.forType(type).fields.find((f) => f.name === name)!;
  const reading = readAnswer(field, text, extractEntities(text));
  return reading.ok ? reading.value : undefined;
}
