// The household questions' answers of every development set of scripted residents, read by the form's own answer
// reader alone (no conversation): household size and monthly income, as each resident answers when asked, against
// the value the writer expects in the case. Many writers' answers in one place, so a change to a reader is judged
// on all of them at once, per set; it is quicker than whole conversations and names the reader, not the dialogue,
// when a field is wrong. An answer whose right value depends on something said earlier is counted too (the
// reader alone cannot know it), so 100 % is not the ceiling; compare runs, not against 100 %.
// Usage: npx tsx bench/dialogues/field-answers.ts [--misses] [--field monthly_income|household_size]
// Held-out sets (bench/dialogues/heldout/) are never read here.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fillFields } from '../../src/flows/application/fill.js';
import { loadForms } from '../../src/forms/load-forms.js';
import { extractEntities } from '../../src/nlu/entities/index.js';
import { normalizeText } from '../../src/text/normalize.js';
import { spellOut } from '../../src/text/text-reader.js';
import { loadResidentSet } from './residents.js';

const FIELDS = ['household_size', 'monthly_income'] as const;
const ROOT = new URL('.', import.meta.url).pathname;
const only = process.argv.includes('--field') ? process.argv[process.argv.indexOf('--field') + 1] : undefined;
const showMisses = process.argv.includes('--misses');

const forms = await loadForms('forms', { warn: () => undefined });
const form = forms.forType('minimum_living');

/** What the reader stores for one field from one answer given alone. */
function readAlone(field: string, answer: string): unknown {
  const asked = form.fields.filter((f) => f.name === field);
  const normal = normalizeText(spellOut(answer));
  return fillFields({}, form, normal, extractEntities(normal), asked).fields[field];
}

const files = readdirSync(ROOT)
  .filter((name) => /^dev(?:-[a-z])?\.yaml$/.test(name))
  .sort();
const rows: string[] = [];
const misses: string[] = [];
const total = Object.fromEntries(FIELDS.map((f) => [f, { right: 0, of: 0 }]));
for (const name of files) {
  const set = loadResidentSet(join(ROOT, name));
  if (set.frozen) continue;
  const cells: string[] = [];
  for (const field of FIELDS) {
    if (only && field !== only) continue;
    let right = 0;
    let of = 0;
    for (const resident of set.residents) {
      const answer = resident.answers[field];
      const want = resident.expect.fields[field];
      if (answer === undefined || want === undefined || Array.isArray(want)) continue;
      of++;
      const got = readAlone(field, answer);
      if (String(got) === String(want)) right++;
      else
        misses.push(`${name} ${resident.id} ${field}: want ${String(want)}, read ${String(got)} | ${answer}`);
    }
    total[field]!.right += right;
    total[field]!.of += of;
    cells.push(`${String(right)}/${String(of)}`);
  }
  rows.push(`| ${name} | ${cells.join(' | ')} |`);
}
const shown = FIELDS.filter((f) => !only || f === only);
console.log(`| set | ${shown.join(' | ')} |`);
console.log(`| --- | ${shown.map(() => '---').join(' | ')} |`);
for (const row of rows) console.log(row);
const pct = (f: string): string =>
  `${String(total[f]!.right)}/${String(total[f]!.of)} (${((100 * total[f]!.right) / Math.max(1, total[f]!.of)).toFixed(1)} %)`;
console.log(`| **all** | ${shown.map(pct).join(' | ')} |`);
if (showMisses) console.log(`\n${misses.join('\n')}`);
