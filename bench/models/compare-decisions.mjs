// Compares two outputs of bench/models/decisions.mjs (the same messages, two builds): how many risk levels,
// risk categories and intents differ, and how far the probabilities moved. Lists every differing decision.
// Usage: node bench/models/compare-decisions.mjs before.jsonl after.jsonl
import { readFile } from 'node:fs/promises';

const [beforeFile, afterFile] = process.argv.slice(2);
if (!beforeFile || !afterFile) throw new Error('usage: compare-decisions.mjs before.jsonl after.jsonl');
const lines = async (file) =>
  (await readFile(file, 'utf8'))
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l));
const before = await lines(beforeFile);
const after = await lines(afterFile);
if (before.length !== after.length)
  throw new Error(`${before.length} messages before, ${after.length} after`);

const decisions = ['level', 'category', 'intent', 'netCategory'];
const probabilities = ['pIntent', 'pUrgent', 'pDistress'];
const differ = Object.fromEntries(decisions.map((d) => [d, 0]));
const moved = Object.fromEntries(probabilities.map((p) => [p, 0]));
before.forEach((b, i) => {
  const a = after[i];
  if (a.text !== b.text) throw new Error(`message ${i} differs: ${b.text} / ${a.text}`);
  for (const d of decisions)
    if (a[d] !== b[d]) {
      differ[d]++;
      console.log(`${d} ${b.set}: ${JSON.stringify(b.text)} ${b[d]} → ${a[d]}`);
    }
  for (const p of probabilities) moved[p] = Math.max(moved[p], Math.abs((a[p] ?? 0) - (b[p] ?? 0)));
});
console.log(`messages: ${before.length}`);
console.log(`decisions that differ: ${JSON.stringify(differ)}`);
console.log(`largest probability change: ${JSON.stringify(moved)}`);
