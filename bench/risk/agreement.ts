// npm run bench:risk:agreement — how far two careful people agree on a crisis set's levels, and how the detector
// reads the set under each: the writer's labels, a second annotator's (labelled blind, from the texts alone, by the
// same rule), and only the messages both gave the same level. A target above the agreement of two people measures
// the labels' noise, not the detector. Aggregates only: a held-out set's messages are never printed.
//
//   --set <file>      the labelled set (default risk/examples/writers-bo.yaml: set BO, held out when it was labelled
//                     twice, the net's training data since round 47, so the detector's figures on it are in-sample)
//   --labels <file>   the second annotator's levels: a mapping from the set's ids to critical | high | distress | none
//                     (default: bench/risk/second-labels/set-bo.yaml with the default set, else the set's file name
//                     with .second-labels.yaml)
import { exitWithUsageOnHelp } from '../support/usage.js';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseYaml } from '../../src/content/parse-yaml.js';
import { loadRiskAssessor, loadRiskExamples, type RiskExample } from '../../src/nlu/risk/index.js';
import type { RiskLevel } from '../../src/nlu/risk/types.js';
import { cohensKappa, machineLine, printTable } from '../support/stats.js';
import { evaluate, ROWS, type Detector } from './metrics.js';

exitWithUsageOnHelp(import.meta.url);

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const LEVELS: readonly RiskLevel[] = ['critical', 'high', 'distress', 'none'];

function option(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

/** The set's ids in file order (the loader keeps the order but not the ids). */
async function idsOf(file: string): Promise<string[]> {
  const raw = parseYaml(await readFile(file, 'utf8'));
  if (!Array.isArray(raw)) throw new Error(`${file}: not a list`);
  return raw.map((item: unknown, i) => {
    const id = (item as { id?: unknown }).id;
    if (typeof id !== 'string') throw new Error(`${file}: item ${String(i + 1)} has no id`);
    return id;
  });
}

/** The second annotator's level for every id of the set; a missing id or an unknown level stops the run. */
async function secondLevels(file: string, ids: readonly string[]): Promise<RiskLevel[]> {
  const raw = parseYaml(await readFile(file, 'utf8')) as Record<string, unknown>;
  return ids.map((id) => {
    const level = raw[id];
    if (!LEVELS.includes(level as RiskLevel)) throw new Error(`${file}: no level for ${id}`);
    return level as RiskLevel;
  });
}

const pct = (hit: number, of: number): string =>
  of === 0 ? '—' : `${((100 * hit) / of).toFixed(1)} % (${String(hit)}/${String(of)})`;

async function main(): Promise<void> {
  const givenSet = option('--set');
  const set = givenSet ?? join(ROOT, 'risk', 'examples', 'writers-bo.yaml');
  const labels =
    option('--labels') ??
    (givenSet
      ? givenSet.replace(/\.yaml$/, '.second-labels.yaml')
      : join(ROOT, 'bench', 'risk', 'second-labels', 'set-bo.yaml'));
  const [examples, ids] = await Promise.all([loadRiskExamples(set), idsOf(set)]);
  if (ids.length !== examples.length) throw new Error(`${set}: ids and messages differ in number`);
  const second = await secondLevels(labels, ids);
  const writer = examples.map((e) => e.level);

  console.log('# Agreement of two annotators on a crisis set\n');
  console.log(`Machine: ${await machineLine()}\n`);
  const agreed = writer.filter((w, i) => w === second[i]).length;
  console.log(
    `${String(examples.length)} messages; the same level from both: ${pct(agreed, examples.length)}; Cohen's kappa ${cohensKappa(writer, second).toFixed(3)}.\n`,
  );
  console.log('Writer (rows) × second annotator (columns):\n');
  printTable(
    ['writer \\ second', ...LEVELS],
    LEVELS.map((w) => [
      w,
      ...LEVELS.map((s) => String(writer.filter((x, i) => x === w && second[i] === s).length)),
    ]),
  );
  const groups = [...new Set(examples.map((e) => e.group ?? '–'))];
  console.log('\nThe same level, by the writer’s group:\n');
  printTable(
    ['group', 'the same level'],
    groups.map((g) => {
      const inGroup = examples.map((e, i) => i).filter((i) => (examples[i]?.group ?? '–') === g);
      return [g, pct(inGroup.filter((i) => writer[i] === second[i]).length, inGroup.length)];
    }),
  );

  const loaded = await loadRiskAssessor({ riskDir: join(ROOT, 'risk') });
  const detector: Detector = (t, expecting) => loaded.assess(t, expecting ? { expecting } : {});
  const byText = new Map(examples.map((e, i) => [e.text, second[i] ?? 'none']));
  const secondAsDetector: Detector = (t) => ({ level: byText.get(t) ?? 'none', category: null });
  // A message the second annotator levelled otherwise keeps no rung or category of the writer's: its ladder step
  // was the writer's reading.
  const relabelled: RiskExample[] = examples.map((e, i) => {
    const level = second[i] ?? e.level;
    return level === e.level ? e : { ...e, level, category: null, rung: undefined };
  });
  const consensus = examples.filter((e, i) => e.level === second[i]);
  const reports = [
    evaluate(examples, detector),
    evaluate(examples, secondAsDetector, 1),
    evaluate(relabelled, detector),
    evaluate(consensus, detector),
  ];
  console.log(
    `\nThe detector (risk/ rules + net trained on ${String(loaded.examples)} examples) under each labelling, and the second annotator read as a detector against the writer:\n`,
  );
  printTable(
    [
      'metric',
      'detector vs writer',
      'second annotator vs writer',
      'detector vs second annotator',
      `detector, both agree (${String(consensus.length)})`,
    ],
    ROWS.filter(([name]) => !name.startsWith('p50') && !name.startsWith('p99')).map(([name, value]) => [
      name,
      ...reports.map(value),
    ]),
  );
}

await main();
