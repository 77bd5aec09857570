// What a held-out set's writer may know of the forms: each form's questions, in the order the bot asks them, and
// the choices it offers, without the word lists and notes that show how the bot reads answers (forms/*.yaml holds
// both, so a writer who read it learnt the bot's reading; bench/WRITERS.md sends writers here instead).
// Run: npx tsx scripts/forms-for-writers.ts > /path/for/the/writers/forms.md
import { exitWithUsageOnHelp } from '../bench/support/usage.js';
import { fileURLToPath } from 'node:url';
import type { FormDefinition } from '../src/forms/form-registry.js';
import { loadForms } from '../src/forms/load-forms.js';

exitWithUsageOnHelp(import.meta.url);

/** The markdown a writer reads for one form: its title, then one line per question with its choices. */
function formForWriters(form: FormDefinition): string {
  const lines = [`## ${form.title} (\`type: ${form.formType}\`)`, ''];
  const asked = new Set<string>();
  for (const field of form.fields) {
    const group = field.group === undefined ? undefined : form.groups[field.group];
    if (group !== undefined && !asked.has(group)) {
      asked.add(group);
      lines.push(`- group \`${field.group}\`, asked in one question: ${group}`);
    }
    const choices = field.choices
      ? ` Choices${field.multiple ? ' (several may apply)' : ''}: ${field.choices.join(' / ')}.`
      : '';
    const optional = field.optional ? ' (optional)' : '';
    const indent = group === undefined ? '' : '  ';
    lines.push(`${indent}- \`${field.name}\` (${field.kind}${optional}): ${field.question}${choices}`);
  }
  return lines.join('\n');
}

const dir = fileURLToPath(new URL('../forms', import.meta.url));
const forms = await loadForms(dir, { warn: (obj, msg) => console.error(msg, obj) });
console.log('# The forms: questions and choices (for writers of held-out sets)\n');
console.log(forms.formTypes.map((type) => formForWriters(forms.forType(type))).join('\n\n'));
