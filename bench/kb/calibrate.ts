// npx tsx bench/kb/calibrate.ts [--split calibration|held-out|all] [--list]
// Sweeps the abstention threshold (coverage of the question by the best chunk) on one split of
// bench/kb/questions.yaml and prints, per threshold, how many answerable questions would be declined
// and how many unanswerable ones caught. MIN_COVERAGE in src/knowledge/answerability.ts is the middle
// of the run of thresholds that, on the calibration split, decline no answerable question and catch
// the most unanswerable ones.
import { asksForFigure } from '../../src/knowledge/answerability.js';
import { loadKnowledgeBase } from '../../src/knowledge/create-knowledge-base.js';
import { isHit, KNOWLEDGE_DIR, loadQuestions } from './questions.js';

const args = process.argv.slice(2);
const split = args.includes('--split') ? (args[args.indexOf('--split') + 1] ?? 'calibration') : 'calibration';
const list = args.includes('--list');

const kb = await loadKnowledgeBase({ dir: KNOWLEDGE_DIR });
const questions = loadQuestions().filter((q) => split === 'all' || q.split === split);

interface Row {
  q: string;
  answerable: boolean;
  coverage: number;
  rank: number;
  figureGate: boolean;
}

const rows: Row[] = questions.map((question) => {
  const d = kb.diagnose(question.q, { region: question.locality });
  const rank = d.ranked.findIndex((r) => isHit(question, r.chunk.documentId, r.chunk.text));
  // The gates abstain regardless of coverage: an amount asked and none stated, or the thing asked for (哪些 X) missing.
  const figureGate = d.verdict === 'no-figure' || d.verdict === 'no-content' || d.focusMissing;
  return { q: question.q, answerable: question.expect.length > 0, coverage: d.coverage, rank, figureGate };
});

if (list) {
  for (const r of [...rows].sort((a, b) => a.coverage - b.coverage)) {
    const tag = r.answerable ? `A rank ${r.rank === -1 ? '-' : r.rank + 1}` : 'U';
    console.log(`${r.coverage.toFixed(3)}  ${tag.padEnd(9)} ${r.figureGate ? 'gate ' : '     '}${r.q}`);
  }
}

const answerable = rows.filter((r) => r.answerable);
const unanswerable = rows.filter((r) => !r.answerable);
console.log(`\nsplit: ${split}; ${answerable.length} answerable, ${unanswerable.length} unanswerable; ${rows.filter((r) => asksForFigure(r.q)).length} ask for a figure`);
console.log('| threshold | answerable declined | unanswerable caught (recall) | abstention precision |');
console.log('| --- | --- | --- | --- |');
let chosen: number | undefined;
const sweep: { t: number; declined: number; caught: number }[] = [];
for (let i = 0; i <= 18; i++) {
  const t = i * 0.05;
  const declined = answerable.filter((r) => r.figureGate || r.coverage < t).length;
  const caught = unanswerable.filter((r) => r.figureGate || r.coverage < t).length;
  sweep.push({ t, declined, caught });
  const precision = declined + caught === 0 ? 1 : caught / (declined + caught);
  console.log(`| ${t.toFixed(2)} | ${declined} (${((100 * declined) / answerable.length).toFixed(1)} %) | ${caught} (${(caught / unanswerable.length).toFixed(3)}) | ${precision.toFixed(3)} |`);
  if (declined / answerable.length <= 0.05) chosen = t;
}
// The setting is the middle of the widest run of thresholds that decline no answerable question and
// catch the most unanswerable ones: the point furthest from both kinds of error on this split.
const safe = sweep.filter((r) => r.declined === 0);
const bestCaught = Math.max(...safe.map((r) => r.caught));
const plateau = safe.filter((r) => r.caught === bestCaught).map((r) => r.t);
const low = Math.min(...plateau);
const high = Math.max(...plateau);
console.log(`\nno answerable declined and most unanswerable caught (${bestCaught}/${unanswerable.length}): thresholds ${low.toFixed(2)}–${high.toFixed(2)}, middle ${((low + high) / 2).toFixed(2)}`);
console.log(`highest threshold with ≤ 5 % answerable declined: ${chosen?.toFixed(2) ?? 'none'}`);
