// npm run bench:risk — the new crisis detector (src/nlu/risk) beside the old urgency detector (src/nlu/urgency)
// on every labelled set: the development sets in risk/examples/ (in-sample: the rules and the net were
// tuned and trained on them), bench/nlu/urgency-cases.yaml mapped to the new levels (in-sample for the
// rules), and the frozen held-out set when present (aggregates only, never its messages).
//
//   --heldout <file>   the held-out set (default bench/risk/heldout/set-a.yaml); skipped with a note when absent
//   --misses           list the new detector's misses on the in-sample sets (never on the held-out set)
//   --rounds <n>       timed passes per set (default 5)
//   --heldout-only     measure the held-out set alone (the development sets still train the net)
//   --dev              the development sets only, no held-out set at all (use it while tuning)
import { exitWithUsageOnHelp } from '../support/usage.js';
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createNlu } from '../../src/nlu/create-nlu.js';
import {
  createRiskAssessor,
  loadRiskAssessor,
  loadRiskExamples,
  riskExampleFiles,
  trainNetFor,
  type RiskExample,
} from '../../src/nlu/risk/index.js';
import { machineLine, printTable } from '../support/stats.js';
import { evaluate, ROWS, type Detector } from './metrics.js';

exitWithUsageOnHelp(import.meta.url);

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const RISK_DIR = join(ROOT, 'risk');

function option(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

interface LabelledSet {
  name: string;
  file: string;
  examples: RiskExample[];
  inSample: boolean;
  heldOut: boolean;
}

async function loadSets(): Promise<{ sets: LabelledSet[]; heldoutNote: string | undefined }> {
  const sets: LabelledSet[] = [];
  for (const file of await riskExampleFiles(RISK_DIR))
    sets.push({
      name: basename(file, '.yaml'),
      file,
      examples: await loadRiskExamples(file),
      inSample: true,
      heldOut: false,
    });
  // The writers' sets D to BQ (risk/examples/writers-*.yaml) were held out in turn, measured, and are now
  // development data the net trains on, listed with the rest of risk/examples/ above.
  const urgency = join(ROOT, 'bench', 'nlu', 'urgency-cases.yaml');
  // The old set has levels critical | high | none and no categories; its calm messages are mostly hard negatives.
  sets.push({
    name: 'nlu-urgency',
    file: urgency,
    examples: (await loadRiskExamples(urgency)).map((e) => ({
      ...e,
      category: e.level === 'none' ? 'ordinary' : null,
    })),
    inSample: true,
    heldOut: false,
  });
  // While tuning, a held-out set is not measured at all, not even as aggregates.
  if (process.argv.includes('--dev')) return { sets, heldoutNote: 'development sets only (--dev)' };
  const heldout = option('--heldout') ?? join(ROOT, 'bench', 'risk', 'heldout', 'set-a.yaml');
  if (!existsSync(heldout))
    return { sets, heldoutNote: `held-out set not found at ${heldout}: skipped (pass --heldout <file>)` };
  let examples: RiskExample[];
  try {
    examples = await loadRiskExamples(heldout);
  } catch {
    // The error could quote a message of the set, which must never be printed.
    return {
      sets,
      heldoutNote: `held-out set at ${heldout} could not be read as labelled messages: skipped`,
    };
  }
  const heldOutSet: LabelledSet = {
    name: 'held-out',
    file: heldout,
    examples,
    inSample: false,
    heldOut: true,
  };
  if (process.argv.includes('--heldout-only')) return { sets: [heldOutSet], heldoutNote: undefined };
  sets.push(heldOutSet);
  return { sets, heldoutNote: undefined };
}

async function main(): Promise<void> {
  const rounds = Number(option('--rounds') ?? 5);
  const showMisses = process.argv.includes('--misses');
  console.log('# Risk detector benchmark\n');
  console.log(`Machine: ${await machineLine()}\n`);

  const [{ sets, heldoutNote }, loaded, nlu] = await Promise.all([
    loadSets(),
    loadRiskAssessor({ riskDir: RISK_DIR }),
    createNlu({ intentsDir: join(ROOT, 'intents') }),
  ]);
  console.log(
    `New detector: risk/ rules + net trained on ${String(loaded.examples)} examples of risk/examples/ in ${loaded.trainingMs.toFixed(0)} ms.`,
  );
  console.log('Old detector: src/nlu createNlu().detectUrgency (lexicon + intent-model safety net).\n');
  if (heldoutNote) console.log(`Note: ${heldoutNote}\n`);

  const rulesOnly = createRiskAssessor({ data: loaded.data });
  const detectors: [string, Detector][] = [
    ['new', (t, expecting) => loaded.assess(t, expecting ? { expecting } : {})],
    ['new, rules only', (t, expecting) => rulesOnly(t, expecting ? { expecting } : {})],
    ['old', (t) => ({ level: nlu.detectUrgency(t).level, category: null })],
  ];
  const devSets = sets.filter((s) => s.file.startsWith(RISK_DIR));

  for (const set of sets) {
    const label = set.heldOut ? 'HELD-OUT (aggregates only)' : 'in-sample';
    console.log(`## ${set.name} — ${label}, ${String(set.examples.length)} messages\n`);
    const columns: [string, Detector][] = [...detectors];
    if (set.inSample && devSets.includes(set) && devSets.length > 1) {
      // The net trained without this set: what the net adds on messages it never saw (the rules still did).
      const others = devSets.filter((s) => s !== set).flatMap((s) => s.examples);
      const net = trainNetFor(loaded.data, others);
      const outOfSet = createRiskAssessor({ data: loaded.data, net });
      columns.splice(1, 0, ['new, net out-of-set', (t, e) => outOfSet(t, e ? { expecting: e } : {})]);
    }
    const reports = columns.map(([, detect]) => evaluate(set.examples, detect, rounds));
    printTable(
      ['metric', ...columns.map(([name]) => name)],
      ROWS.map(([name, value]) => [name, ...reports.map(value)]),
    );
    console.log('');
    if (showMisses && !set.heldOut) {
      const misses = reports[0]?.misses ?? [];
      console.log(`### misses of the new detector on ${set.name} (${String(misses.length)})\n`);
      for (const m of misses) console.log(`- [${m.kind}] ${m.expected} → ${m.got}: ${m.text}`);
      console.log('');
    }
  }
  console.log(
    `Load average while measuring: ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' / ')}`,
  );
}

await main();
