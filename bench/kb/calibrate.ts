// npx tsx bench/kb/calibrate.ts [--set documents|programmes|dev|writers] [--list] [--without-list] [--hardship 0.1]
// Sweeps the abstention threshold (coverage of the question by the best passage) on the development
// questions (never the held-out set) and prints, per threshold, how many answerable questions would be
// declined and how many out-of-scope ones caught. MIN_COVERAGE in src/knowledge/answerability.ts is
// the middle of the run of thresholds that decline the fewest answerable questions and catch the most
// out-of-scope ones on the `dev` set (both development files).
import { HARDSHIP_MIN_COVERAGE } from '../../src/knowledge/answerability.js';
import { loadKnowledgeBase } from '../../src/knowledge/create-knowledge-base.js';
import {
  isHit,
  KNOWLEDGE_DIR,
  loadProcessTopics,
  loadProgrammeQuestions,
  loadProgrammeQuestions2,
  loadProgrammeQuestions3,
  loadProgrammeQuestions4,
  loadProgrammeQuestions5,
  loadProgrammeQuestions6,
  loadQuestions,
  loadDevSet,
} from './questions.js';

const args = process.argv.slice(2);
const set = args.includes('--set') ? (args[args.indexOf('--set') + 1] ?? 'dev') : 'dev';
const list = args.includes('--list');

// --without-list: knowledge/out-of-scope.yaml was written alongside these questions, so with it the
// threshold would be tuned to neighbours the list already knows; without it, to the ones it does not.
const kb = await loadKnowledgeBase({ dir: KNOWLEDGE_DIR, outOfScopeList: !args.includes('--without-list') });
const topics = loadProcessTopics();
// --set writers: the sets written blind by writers (D-J), each held out once and now development data: the
// residents' own words rather than ours.
const writers = (['d', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'm'] as const).flatMap((letter) => loadDevSet(letter));
const questions =
  set === 'writers'
    ? writers
    : [
        ...(set === 'programmes' ? [] : loadQuestions()),
        ...(set === 'documents'
          ? []
          : [
              ...loadProgrammeQuestions(),
              ...loadProgrammeQuestions2(),
              ...loadProgrammeQuestions3(),
              ...loadProgrammeQuestions4(),
              ...loadProgrammeQuestions5(),
              ...loadProgrammeQuestions6(),
            ]),
      ];

interface Row {
  q: string;
  answerable: boolean;
  coverage: number;
  rank: number;
  /** Declined whatever the threshold (out of scope, amount, missing focus) … */
  gate: boolean;
  /** … or answered whatever the threshold (the card of a programme the question names). */
  named: boolean;
  /** Ours by its own words (hardship, a programme, ours.yaml): its threshold is the lower of the two (HARDSHIP_MIN_COVERAGE). */
  hardship: boolean;
}

const rows: Row[] = questions.map((question) => {
  const d = kb.diagnose(question.q, { region: question.locality });
  const rank = d.ranked.findIndex((r) => isHit(question, r.chunk, topics, kb));
  const best = d.ranked[0]?.chunk.programme;
  const hard = ['no-figure', 'no-content', 'out-of-scope'].includes(d.verdict);
  const named = !hard && best !== undefined && d.scope.named.includes(best.type);
  // The order of judge(): the gates, then a named programme's card, then the missing focus.
  const gate = hard || (!named && d.focusMissing);
  return {
    q: question.q,
    answerable: question.answerable,
    coverage: d.coverage,
    rank,
    gate,
    named,
    // The floor is the last resort for a question that is ours (create-knowledge-base.ts): read here as its threshold.
    hardship: d.scope.hardship || d.scope.ours,
  };
});

if (list) {
  for (const r of [...rows].sort((a, b) => a.coverage - b.coverage)) {
    const tag = r.answerable ? `A rank ${r.rank === -1 ? '-' : r.rank + 1}` : 'U';
    console.log(
      `${r.coverage.toFixed(3)}  ${tag.padEnd(9)} ${r.gate ? 'gate  ' : r.named ? 'named ' : '      '}${r.q}`,
    );
  }
}

const answerable = rows.filter((r) => r.answerable);
const unanswerable = rows.filter((r) => !r.answerable);
const hardshipFloor = args.includes('--hardship')
  ? Number(args[args.indexOf('--hardship') + 1])
  : HARDSHIP_MIN_COVERAGE;
const declined = (r: Row, t: number): boolean =>
  r.gate || (!r.named && r.coverage < (r.hardship ? Math.min(t, hardshipFloor) : t));
console.log(`\nset: ${set}; ${answerable.length} answerable, ${unanswerable.length} out of scope`);
console.log('| threshold | answerable declined | out of scope caught (recall) | abstention precision |');
console.log('| --- | --- | --- | --- |');
const sweep: { t: number; declined: number; caught: number }[] = [];
for (let i = 0; i <= 16; i++) {
  const t = i * 0.05;
  const d = answerable.filter((r) => declined(r, t)).length;
  const caught = unanswerable.filter((r) => declined(r, t)).length;
  sweep.push({ t, declined: d, caught });
  const precision = d + caught === 0 ? 1 : caught / (d + caught);
  console.log(
    `| ${t.toFixed(2)} | ${d} (${((100 * d) / answerable.length).toFixed(1)} %) | ${caught} (${(caught / unanswerable.length).toFixed(3)}) | ${precision.toFixed(3)} |`,
  );
}
// The fewest errors of both kinds, counted alike; the setting is the middle of the run of thresholds
// that reach it: the point furthest from both kinds of error on these questions.
const errors = (r: { declined: number; caught: number }): number =>
  r.declined + (unanswerable.length - r.caught);
const least = Math.min(...sweep.map(errors));
const plateau = sweep.filter((r) => errors(r) === least).map((r) => r.t);
const low = Math.min(...plateau);
const high = Math.max(...plateau);
console.log(
  `\nfewest errors (${least}): thresholds ${low.toFixed(2)}–${high.toFixed(2)}, middle ${((low + high) / 2).toFixed(2)}`,
);
