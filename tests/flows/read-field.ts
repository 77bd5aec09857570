import { loadForms } from '../../src/forms/load-forms.js';
import { readAnswer } from '../../src/forms/read-answer.js';
import { extractEntities } from '../../src/nlu/entities/index.js';

/** How the shipped form of `type` reads `answer` to its field `name`. */
export async function readField(type: string, name: string, answer: string): Promise<unknown> {
  const forms = await loadForms('forms', { warn: () => undefined });
  const field = forms.forType(type).fields.find((f) => f.name === name)!;
  return readAnswer(field, answer, extractEntities(answer));
}
