// npm run bench:risk:cv — leave-one-file-out cross-validation over the development sets in risk/examples/.
// For each file, the learned net is trained on the other files only and the detector (rules + that net) is
// measured on the file left out; the folds are then added up. The rules themselves were written with every
// development file in view, so only the net's part of these figures is out-of-sample; a file measured
// before any rule was tuned on it (say so in the report) is the closest the development data comes to a
// held-out set. The frozen held-out sets in bench/risk/heldout/ are never read here.
//
//   --only <a,b>         measure only these files (names without .yaml); the net still trains on all others
//   --thresholds <h,d[,f[,c[,k[,cd]]]]>  the net's thresholds for high, distress, high-from-distress, past a
//                        calming context, critical and distress past a calming context (default: shipped; `-` for
//                        c, k or cd: never)
//   --misses             list the misses of the new detector, per file (development data only)
//   --net <json>         training options of the net, e.g. '{"trigramBuckets":8192,"hints":true}' (default: shipped)
//   --sweep <h1,h2,…>    also measure these `high` thresholds (fromDistress 0.1 below) on the same folds' nets
//   --without <prefix>   also measure, on each fold, a net trained without the files whose names start with the
//                        prefix (e.g. writers-): what those files add to the net out of fold
import { exitWithUsageOnHelp } from '../support/usage.js';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createNlu } from '../../src/nlu/create-nlu.js';
import {
  createHintReader,
  createNetReader,
  createRiskAssessor,
  DEFAULT_NET_THRESHOLDS,
  loadRiskData,
  loadRiskExamples,
  NET_OPTIONS,
  riskExampleFiles,
  trainNetFor,
  type NetThresholds,
  type RiskExample,
} from '../../src/nlu/risk/index.js';
import { printTable } from '../support/stats.js';
import { evaluate, mergeReports, ROWS, show, type Detector, type Ratio, type SetReport } from './metrics.js';

exitWithUsageOnHelp(import.meta.url);

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const RISK_DIR = join(ROOT, 'risk');

function option(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function thresholds(): NetThresholds {
  const raw = option('--thresholds');
  if (!raw) return DEFAULT_NET_THRESHOLDS;
  const [high, distress, fromDistress, calmed, critical, calmedDistress] = raw
    .split(',')
    .map((v) => (v === '-' ? Number.NaN : Number(v)));
  const optional = (v: number | undefined, shipped: number | undefined): { value?: number } => {
    if (v === undefined) return shipped === undefined ? {} : { value: shipped };
    return Number.isNaN(v) ? {} : { value: v };
  };
  const c = optional(calmed, DEFAULT_NET_THRESHOLDS.calmed).value;
  const k = optional(critical, DEFAULT_NET_THRESHOLDS.critical).value;
  const cd = optional(calmedDistress, DEFAULT_NET_THRESHOLDS.calmedDistress).value;
  return {
    high: high ?? DEFAULT_NET_THRESHOLDS.high,
    distress: distress ?? DEFAULT_NET_THRESHOLDS.distress,
    fromDistress: fromDistress ?? high ?? DEFAULT_NET_THRESHOLDS.fromDistress,
    ...(c === undefined ? {} : { calmed: c }),
    ...(k === undefined ? {} : { critical: k }),
    ...(cd === undefined ? {} : { calmedDistress: cd }),
  };
}

async function main(): Promise<void> {
  const showMisses = process.argv.includes('--misses');
  const only = option('--only')?.split(',');
  const files = await riskExampleFiles(RISK_DIR);
  const sets = await Promise.all(
    files.map(async (file) => ({ name: basename(file, '.yaml'), examples: await loadRiskExamples(file) })),
  );
  const netOptions = option('--net');
  const trainOptions = netOptions ? (JSON.parse(netOptions) as typeof NET_OPTIONS) : NET_OPTIONS;
  const [data, nlu] = await Promise.all([
    loadRiskData(RISK_DIR),
    createNlu({ intentsDir: join(ROOT, 'intents') }),
  ]);
  const limits = thresholds();
  const rulesOnly = createRiskAssessor({ data });
  const old: Detector = (t) => ({ level: nlu.detectUrgency(t).level, category: null });
  console.log('# Risk detector, leave-one-file-out cross-validation over risk/examples/\n');
  console.log(
    `Net thresholds: high ${String(limits.high)}, distress ${String(limits.distress)}, past a calming context ${String(limits.calmed ?? 'never')}, critical ${String(limits.critical ?? 'never')}; training ${JSON.stringify(trainOptions)}. The rules are in-sample on every file; the net never saw the file it is measured on.\n`,
  );

  const sweep = (option('--sweep') ?? '').split(',').filter(Boolean).map(Number);
  const swept: SetReport[][] = sweep.map(() => []);
  // The net on its own (out-of-fold, every message): how well it ranks fresh text, the rules aside.
  const readForNet = createNetReader(data);
  const hintsFor = createHintReader(data);
  const without = option('--without');
  const columns = [
    'new (net out-of-fold)',
    'new, rules only',
    'old',
    'net alone (out-of-fold)',
    ...(without ? [`new, net without ${without}*`] : []),
  ];
  const perColumn: SetReport[][] = columns.map(() => []);
  for (const set of sets) {
    if (only && !only.includes(set.name)) continue;
    const others: RiskExample[] = sets.filter((s) => s !== set).flatMap((s) => s.examples);
    const started = performance.now();
    const net = trainNetFor(data, others, trainOptions);
    const trainMs = performance.now() - started;
    const assess = createRiskAssessor({ data, net, thresholds: limits });
    // Beside it, a net that never trained on the files named with --without (as shipped before they joined).
    const netWithout = without
      ? createRiskAssessor({
          data,
          net: trainNetFor(
            data,
            sets.filter((s) => s !== set && !s.name.startsWith(without)).flatMap((s) => s.examples),
            trainOptions,
          ),
          thresholds: limits,
        })
      : undefined;
    const detectors: Detector[] = [
      (t, e) => assess(t, e ? { expecting: e } : {}),
      (t, e) => rulesOnly(t, e ? { expecting: e } : {}),
      old,
      (t, e) => {
        if (e) return { level: 'none', category: null };
        const p = net.predict(readForNet(t), trainOptions.hints ? hintsFor(t) : undefined);
        if (p.urgent >= limits.high) return { level: 'high', category: p.category };
        return { level: p.distressOrWorse >= limits.distress ? 'distress' : 'none', category: null };
      },
      ...(netWithout ? [(t: string, e?: string) => netWithout(t, e ? { expecting: e } : {})] : []),
    ];
    const reports = detectors.map((d) => evaluate(set.examples, d, 1));
    sweep.forEach((high, i) => {
      const at = createRiskAssessor({
        data,
        net,
        thresholds: { ...limits, high, fromDistress: Math.round((high - 0.1) * 100) / 100 },
      });
      swept[i]?.push(evaluate(set.examples, (t, e) => at(t, e ? { expecting: e } : {}), 1));
    });
    reports.forEach((r, i) => perColumn[i]?.push(r));
    console.log(
      `## ${set.name}: ${String(set.examples.length)} messages (net trained on ${String(others.length)} in ${trainMs.toFixed(0)} ms)\n`,
    );
    printTable(
      ['metric', ...columns],
      ROWS.map(([name, value]) => [name, ...reports.map(value)]),
    );
    console.log('');
    if (showMisses) {
      const misses = reports[0]?.misses ?? [];
      console.log(`### misses on ${set.name} (${String(misses.length)})\n`);
      for (const m of misses) console.log(`- [${m.kind}] ${m.expected} → ${m.got}: ${m.text}`);
      console.log('');
    }
  }
  // One line per fold: the net's own part (hits and false alarms the rules alone did not make) stays visible.
  console.log("## per file (net out-of-fold; + the net's hits, false alarms over the rules alone)\n");
  const brief = (
    r: SetReport | undefined,
    base: SetReport | undefined,
    pick: (r: SetReport) => Ratio,
  ): string => {
    if (!r || !base) return '—';
    const extra = pick(r).hit - pick(base).hit;
    return `${show(pick(r))}${extra ? ` +${String(extra)}` : ''}`;
  };
  const picks: [string, (r: SetReport) => Ratio][] = [
    ['critical ≥ high', (r) => r.criticalAny],
    ['at critical', (r) => r.criticalAtCritical],
    ['method + prep', (r) => r.methodPrep],
    ['high', (r) => r.highAny],
    ['high → critical', (r) => r.highAtCritical],
    ['distress', (r) => r.distressAny],
    ['FA ordinary', (r) => r.ordinaryAlarm],
    ['FA hardship', (r) => r.hardshipAlarm],
  ];
  const names = sets.filter((s) => !only || only.includes(s.name)).map((s) => s.name);
  printTable(
    ['file', ...picks.map(([n]) => n)],
    [...names, 'all'].map((name, i) => {
      const r = i < names.length ? perColumn[0]?.[i] : mergeReports(perColumn[0] ?? []);
      const b = i < names.length ? perColumn[1]?.[i] : mergeReports(perColumn[1] ?? []);
      return [name, ...picks.map(([, pick]) => brief(r, b, pick))];
    }),
  );
  console.log('');
  if (sweep.length > 0) {
    console.log('## thresholds swept (all folds added up)\n');
    printTable(
      ['high', ...picks.map(([n]) => n)],
      sweep.map((high, i) => [
        String(high),
        ...picks.map(([, pick]) => show(pick(mergeReports(swept[i] ?? [])))),
      ]),
    );
    console.log('');
  }
  console.log('## all folds added up\n');
  const merged = perColumn.map((reports) => mergeReports(reports));
  printTable(
    ['metric', ...columns],
    ROWS.map(([name, value]) => [name, ...merged.map(value)]),
  );
}

await main();
