import { readFileSync } from 'node:fs';
import { loadForms } from '../src/forms/load-forms.js';
import { fillFields } from '../src/flows/application/fill.js';
import { extractEntities } from '../src/nlu/entities/index.js';
const silent = { info: () => {}, warn: () => {}, error: () => {} };
const reg = await loadForms('forms', silent as never);
const def = reg.forType('minimum_living');
for (const line of readFileSync(process.argv[2]!, 'utf8').split('\n').filter((l) => l.trim())) {
  const [asked, text] = line.split(' :: ');
  const fields = def.fields.filter((f) => asked!.split(',').includes(f.name));
  const r = fillFields({}, def, text!, extractEntities(text!), fields);
  console.log(text, '=>', JSON.stringify(r.fields), r.problems.map((p) => p.field.name).join(','));
}
