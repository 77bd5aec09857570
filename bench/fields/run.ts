// npm run bench:fields — answers to one form question (bench/fields/FORMAT.md), each sent in a real application
// over the REST channel, in process, on a fresh PGlite data dir; the stored case is read back through the staff
// API. Prints, per question: answers read right (every expected field stored exactly, none asked again), fields
// exact, fields asked again, fields stored wrong; beside the same items answered with their expected values said
// plainly (the control: what the flow stores when the reading is easy).
// Usage: npm run bench:fields [-- --set bench/fields/dev-fa.yaml] [-- --only fa001,fa002] [-- --misses]
//   --set     the set to play (default: every bench/fields/dev-*.yaml, then every bench/fields/heldout/*.yaml)
//   --misses  list the answers not read right, with what was stored; refused for a frozen held-out set
//   --no-control  skip the plain answers
import { exitWithUsageOnHelp } from '../support/usage.js';
import { randomBytes } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { startTestApp } from '../../tests/helpers/test-app.js';
import { login } from '../dialogues/staff-api.js';
import { machineLine, printTable } from '../support/stats.js';
import { loadFieldSet, QUESTION_FIELDS, type FieldItem, type FieldSet, type Question } from './items.js';
import { saidPlainly } from './plain.js';
import { playItem, type ItemResult } from './play-item.js';

exitWithUsageOnHelp(import.meta.url);

function argument(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

function defaultSets(): string[] {
  const inFolder = (dir: string, prefix: string): string[] =>
    readdirSync(dir)
      .filter((f) => f.startsWith(prefix) && f.endsWith('.yaml'))
      .sort()
      .map((f) => join(dir, f));
  return [...inFolder('bench/fields', 'dev-'), ...inFolder('bench/fields/heldout', '')];
}

/** The control answer: the item's expected values said plainly, in the question's order. */
function plainly(item: FieldItem): string {
  const order: readonly string[] = QUESTION_FIELDS[item.question];
  return Object.entries(item.expect)
    .sort(([a], [b]) => order.indexOf(a) - order.indexOf(b))
    .map(([name, value]) => saidPlainly(name, value))
    .join(' ');
}

const percent = (part: number, whole: number): string =>
  whole === 0 ? '–' : `${((100 * part) / whole).toFixed(1)} %`;

function row(label: string, results: ItemResult[], control: ItemResult[]): string[] {
  const right = results.filter((r) => r.right).length;
  const exact = results.reduce((sum, r) => sum + r.exact, 0);
  const expected = results.reduce((sum, r) => sum + r.expected, 0);
  const again = results.reduce((sum, r) => sum + r.askedAgain.length, 0);
  const wrong = results.reduce((sum, r) => sum + r.wrong.length, 0);
  const unfiled = results.filter((r) => !r.filed).length;
  const controlRight = control.filter((r) => r.right).length;
  return [
    label,
    String(results.length),
    `${percent(right, results.length)} (${right})`,
    `${percent(exact, expected)} (${exact}/${expected})`,
    String(again),
    String(wrong),
    String(unfiled),
    control.length > 0 ? `${percent(controlRight, control.length)} (${controlRight})` : '–',
  ];
}

function printMisses(results: ItemResult[]): void {
  const misses = results.filter((r) => !r.right);
  console.log(`\n## Misses (${misses.length})\n`);
  for (const r of misses) {
    const problems = [
      ...(r.answered ? [] : ['question never asked']),
      ...(r.filed ? [] : ['no case filed']),
      ...r.askedAgain.map((f) => `asked again: ${f}`),
      ...r.wrong.map(
        (f) =>
          `${f}: expected ${JSON.stringify(r.item.expect[f])}, stored ${JSON.stringify(r.stored[f] ?? null)}`,
      ),
    ];
    console.log(`### ${r.item.id} (${r.item.question}, ${r.item.type}): ${problems.join('; ')}`);
    console.log(`> ${r.answer}`);
    if (!r.filed || !r.answered)
      for (const { said, bot } of r.exchanges)
        console.log(`    < ${said}\n    [expecting ${bot.state.expecting.join(', ') || '–'}]`);
    console.log('');
  }
}

async function playSet(set: FieldSet, withControl: boolean, only?: string[]): Promise<void> {
  const username = 'bench-admin';
  const password = randomBytes(18).toString('base64url');
  const test = await startTestApp({ ADMIN_USERNAME: username, ADMIN_PASSWORD: password });
  const results: ItemResult[] = [];
  const control: ItemResult[] = [];
  try {
    const token = await login(test.app, username, password);
    const run = randomBytes(3).toString('hex');
    for (const item of set.items.filter((i) => !only || only.includes(i.id))) {
      results.push(await playItem(test.app, token, item, item.answer, `fields-${run}-${item.id}`));
      if (withControl)
        control.push(await playItem(test.app, token, item, plainly(item), `plain-${run}-${item.id}`));
    }
  } finally {
    await test.close();
  }
  console.log(`\n# Form answers: ${set.file}${set.frozen ? ' (frozen held-out set)' : ''}\n`);
  console.log(`${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC · ${await machineLine()}\n`);
  const questions = Object.keys(QUESTION_FIELDS) as Question[];
  const of = (list: ItemResult[], q: Question): ItemResult[] => list.filter((r) => r.item.question === q);
  printTable(
    [
      'question',
      'answers',
      'read right',
      'fields exact',
      'asked again',
      'stored wrong',
      'no case',
      'plain answers read right (control)',
    ],
    [
      ...questions
        .filter((q) => of(results, q).length > 0)
        .map((q) => row(q, of(results, q), of(control, q))),
      row('**all**', results, control),
    ],
  );
  if (process.argv.includes('--misses')) printMisses(results);
}

async function main(): Promise<void> {
  const files = argument('--set') ? [argument('--set')!] : defaultSets();
  const sets = files.map(loadFieldSet);
  if (process.argv.includes('--misses') && sets.some((s) => s.frozen)) {
    console.error('A frozen held-out set never has its answers printed: pass --set with a development set.');
    process.exitCode = 2;
    return;
  }
  const only = argument('--only')?.split(',');
  for (const set of sets) await playSet(set, !process.argv.includes('--no-control'), only);
}

await main();
