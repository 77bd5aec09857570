// The figures the risk benchmark reports for one labelled set and one detector.
import { quantile } from '../support/stats.js';
import type { RiskExample } from '../../src/nlu/risk/index.js';
import type { RiskLevel } from '../../src/nlu/risk/index.js';

/** A detector as the benchmark sees it: a level and a category per message. */
export type Detector = (text: string, expecting?: string) => { level: RiskLevel; category: string | null };

/** The suicide ladder, lowest rung first (Columbia), and self-harm beside it. */
export const LADDER = [
  'suicide_passive',
  'suicide_active',
  'suicide_method',
  'suicide_plan',
  'suicide_preparation',
  'suicide_attempt',
  'self_harm',
  'self_harm_past',
] as const;

// Writers of held-out sets name their categories in their own words (method_seeking_pills, preparation_stockpile,
// passive_death_wish_elderly …): a rung is recognised by the words of the name, first match wins. Farewells,
// entrusting others and a place of danger reached are preparation, burden talk active thoughts (risk/README.md).
const RUNG_WORDS: readonly [RegExp, (typeof LADDER)[number]][] = [
  [/method/u, 'suicide_method'],
  [
    /preparation|stockpile|giving_away|farewell|entrusting|last_thank|means_at_hand|at_edge/u,
    'suicide_preparation',
  ],
  [
    /past_self_harm|self_harm_past|past_attempt|attempt_past|recurrent_self_harm|recent_self_harm|recent_attempt/u,
    'self_harm_past',
  ],
  [/self_harm/u, 'self_harm'],
  [/attempt/u, 'suicide_attempt'],
  [/(?:^|_)plan(?:_|$)/u, 'suicide_plan'],
  [/passive/u, 'suicide_passive'],
  // Intent without a plan (Columbia's fourth rung) is counted with active thoughts, as the taxonomy has no rung of its own.
  [/active_ideation|(?:^|_)ideation(?:_|$)|burden_talk|suicide_intent/u, 'suicide_active'],
];

// The rungs writers name in a `rung` field (sets from BL on), which says more than any category name.
const WRITER_RUNGS: Readonly<Record<string, (typeof LADDER)[number]>> = {
  passive: 'suicide_passive',
  active: 'suicide_active',
  method: 'suicide_method',
  plan: 'suicide_plan',
  preparation: 'suicide_preparation',
  attempt: 'suicide_attempt',
  selfharm: 'self_harm',
  self_harm: 'self_harm',
};

/**
 * The rung of the ladder a labelled message stands for: the writer's own `rung` when it names one, else by its
 * category's name (ours, or a writer's own words).
 */
export function ladderRung(
  category: string | null | undefined,
  level: RiskLevel,
  rung?: string,
): string | undefined {
  if (level === 'none') return undefined;
  const named = rung === undefined ? undefined : WRITER_RUNGS[rung];
  if (named) return named;
  if (!category) return undefined;
  if ((LADDER as readonly string[]).includes(category)) return category;
  const byWords = RUNG_WORDS.find(([words]) => words.test(category))?.[1];
  if (byWords) return byWords;
  // A writer asked to start with a rung's name (suicide_active_hopeless): the longest rung that begins it.
  return [...LADDER].sort((a, b) => b.length - a.length).find((rung) => category.startsWith(`${rung}_`));
}

const RANK: Record<RiskLevel, number> = { none: 0, distress: 1, high: 2, critical: 3 };

/** A ratio with its counts, so that a reader sees 0.97 of 30 apart from 0.97 of 300. */
export interface Ratio {
  hit: number;
  of: number;
}

/** Everything reported for one set and one detector. */
export interface SetReport {
  criticalAny: Ratio;
  criticalAtCritical: Ratio;
  methodPrep: Ratio;
  ladder: Record<string, Ratio>;
  highAny: Ratio;
  /** High messages raised to critical: the cost of a net or a rule that says critical too readily. */
  highAtCritical: Ratio;
  distressAny: Ratio;
  ordinaryAlarm: Ratio;
  ordinaryDistress: Ratio;
  hardshipAlarm: Ratio;
  hardshipDistress: Ratio;
  p50us: number;
  p99us: number;
  /** Per-item outcome, for --misses on in-sample sets only. */
  misses: { text: string; expected: string; got: string; kind: string }[];
}

const ratio = (): Ratio => ({ hit: 0, of: 0 });
function count(r: Ratio, ok: boolean): void {
  r.of++;
  if (ok) r.hit++;
}

/** A ratio as a figure with its denominator: `0.975 (39/40)`, or `—` when there was nothing to count. */
export function show(r: Ratio): string {
  return r.of === 0 ? '—' : `${(r.hit / r.of).toFixed(3)} (${String(r.hit)}/${String(r.of)})`;
}

/** Calm messages split into hardship talk and everything else ("ordinary"). */
export function isHardship(example: RiskExample): boolean {
  return example.category === 'hardship' || (example.level === 'none' && example.group === 'hardship');
}

/** Runs a detector over a set (with `rounds` timed passes) and computes the report. */
export function evaluate(examples: readonly RiskExample[], detect: Detector, rounds = 5): SetReport {
  for (const e of examples) detect(e.text, e.expecting); // warm-up
  const times: number[][] = examples.map(() => []);
  let results: { level: RiskLevel; category: string | null }[] = [];
  for (let round = 0; round < rounds; round++) {
    results = examples.map((e, i) => {
      const start = performance.now();
      const r = detect(e.text, e.expecting);
      times[i]?.push(performance.now() - start);
      return r;
    });
  }
  const perMessage = times.map((t) => quantile(t, 0.5) * 1000);
  const report: SetReport = {
    criticalAny: ratio(),
    criticalAtCritical: ratio(),
    methodPrep: ratio(),
    ladder: Object.fromEntries(LADDER.map((r) => [r, ratio()])),
    highAny: ratio(),
    highAtCritical: ratio(),
    distressAny: ratio(),
    ordinaryAlarm: ratio(),
    ordinaryDistress: ratio(),
    hardshipAlarm: ratio(),
    hardshipDistress: ratio(),
    p50us: quantile(perMessage, 0.5),
    p99us: quantile(perMessage, 0.99),
    misses: [],
  };
  examples.forEach((e, i) => {
    const got = results[i] ?? { level: 'none', category: null };
    const atLeastHigh = RANK[got.level] >= RANK.high;
    const miss = (kind: string): void =>
      void report.misses.push({
        text: e.text,
        expected: `${e.level}/${e.category ?? '-'}`,
        got: `${got.level}/${got.category ?? '-'}`,
        kind,
      });
    if (e.level === 'critical') {
      count(report.criticalAny, atLeastHigh);
      count(report.criticalAtCritical, got.level === 'critical');
      if (!atLeastHigh) miss('critical missed');
      else if (got.level !== 'critical') miss('critical at high');
    }
    const rungName = ladderRung(e.category, e.level, e.rung);
    if (rungName === 'suicide_method' || rungName === 'suicide_preparation')
      count(report.methodPrep, atLeastHigh);
    const rung = rungName ? report.ladder[rungName] : undefined;
    if (rung) count(rung, atLeastHigh);
    if (e.level === 'high') {
      count(report.highAny, atLeastHigh);
      count(report.highAtCritical, got.level === 'critical');
      if (!atLeastHigh) miss('high missed');
    }
    if (e.level === 'distress') {
      count(report.distressAny, RANK[got.level] >= RANK.distress);
      if (got.level === 'none') miss('distress missed');
    }
    if (e.level === 'none') {
      const hardship = isHardship(e);
      count(hardship ? report.hardshipAlarm : report.ordinaryAlarm, atLeastHigh);
      count(hardship ? report.hardshipDistress : report.ordinaryDistress, got.level === 'distress');
      if (atLeastHigh) miss(hardship ? 'false alarm (hardship)' : 'false alarm (ordinary)');
    }
  });
  return report;
}

/** The rows every table of the risk benchmark prints, in order. */
export const ROWS: [string, (r: SetReport) => string][] = [
  ['critical recall (≥ high)', (r) => show(r.criticalAny)],
  ['critical recall (at critical)', (r) => show(r.criticalAtCritical)],
  ['method-seeking + preparation (≥ high)', (r) => show(r.methodPrep)],
  ...LADDER.map((rung): [string, (r: SetReport) => string] => [
    `ladder: ${rung} (≥ high)`,
    (r) => show(r.ladder[rung] ?? { hit: 0, of: 0 }),
  ]),
  ['high recall (≥ high)', (r) => show(r.highAny)],
  ['high raised to critical', (r) => show(r.highAtCritical)],
  ['distress recall (≥ distress)', (r) => show(r.distressAny)],
  ['false alarms, ordinary (≥ high)', (r) => show(r.ordinaryAlarm)],
  ['distress rate, ordinary', (r) => show(r.ordinaryDistress)],
  ['false alarms, hardship (≥ high)', (r) => show(r.hardshipAlarm)],
  ['distress rate, hardship', (r) => show(r.hardshipDistress)],
  ['p50 µs / message', (r) => r.p50us.toFixed(0)],
  ['p99 µs / message', (r) => r.p99us.toFixed(0)],
];

function add(a: Ratio, b: Ratio): Ratio {
  return { hit: a.hit + b.hit, of: a.of + b.of };
}

/** Several reports added up (the folds of a cross-validation); times are the worst fold's. */
export function mergeReports(reports: readonly SetReport[]): SetReport {
  const sum = (pick: (r: SetReport) => Ratio): Ratio => reports.map(pick).reduce(add, ratio());
  return {
    criticalAny: sum((r) => r.criticalAny),
    criticalAtCritical: sum((r) => r.criticalAtCritical),
    methodPrep: sum((r) => r.methodPrep),
    ladder: Object.fromEntries(LADDER.map((rung) => [rung, sum((r) => r.ladder[rung] ?? ratio())])),
    highAny: sum((r) => r.highAny),
    highAtCritical: sum((r) => r.highAtCritical),
    distressAny: sum((r) => r.distressAny),
    ordinaryAlarm: sum((r) => r.ordinaryAlarm),
    ordinaryDistress: sum((r) => r.ordinaryDistress),
    hardshipAlarm: sum((r) => r.hardshipAlarm),
    hardshipDistress: sum((r) => r.hardshipDistress),
    p50us: Math.max(0, ...reports.map((r) => r.p50us)),
    p99us: Math.max(0, ...reports.map((r) => r.p99us)),
    misses: reports.flatMap((r) => r.misses),
  };
}
