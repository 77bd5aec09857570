// npm run bench:kb — policy retrieval: our BM25 (jieba words + bigrams + synonyms + region) against
// MiniSearch over the same chunks. Prints a markdown table; `--verbose` lists every miss.
import { cpus } from 'node:os';
import MiniSearch from 'minisearch';
import { createAnalyzer } from '../../src/knowledge/analyzer.js';
import { loadKnowledgeBase } from '../../src/knowledge/create-knowledge-base.js';
import { buildGazetteer } from '../../src/knowledge/region.js';
import type { BenchQuestion, Split } from './questions.js';
import { isHit, KNOWLEDGE_DIR, loadQuestions } from './questions.js';

interface Retrieved {
  ranked: { documentId: string; text: string }[];
  abstained: boolean;
}

interface System {
  name: string;
  run(question: BenchQuestion): Retrieved;
}

interface Figures {
  answerable: number;
  unanswerable: number;
  hit1: number;
  hit3: number;
  mrr: number;
  abstainPrecision: number | undefined;
  abstainRecall: number | undefined;
  falseAbstain: number;
  misses: string[];
}

const verbose = process.argv.includes('--verbose');
const RUNS = 20;

const kb = await loadKnowledgeBase({ dir: KNOWLEDGE_DIR, logger: { warn: (obj, msg) => console.warn(msg, obj) } });
const questions = loadQuestions();
checkExpectations(questions);

const ours: System = {
  name: 'yimen BM25 (jieba + bigrams + synonyms + region)',
  run(question) {
    const res = kb.search(question.q, { limit: 10, region: question.locality });
    return { ranked: res.results, abstained: !res.answerable };
  },
};

const docOf = new Map(kb.chunks.map((c) => [c.id, c.documentId]));
const miniDefault = new MiniSearch<{ id: string; documentId: string; text: string }>({ fields: ['text'], storeFields: ['documentId', 'text'] });
miniDefault.addAll(kb.chunks.map((c) => ({ id: c.id, documentId: c.documentId, text: c.text })));
const minisearch: System = {
  name: 'MiniSearch, default settings',
  run(question) {
    const results = miniDefault.search(question.q).slice(0, 10);
    // MiniSearch has no score threshold, so "abstains" means it returned nothing.
    return { ranked: results.map((r) => ({ documentId: docOf.get(String(r.id))!, text: String(r.text) })), abstained: results.length === 0 };
  },
};

const analyzer = createAnalyzer({ equivalent: [], expand: {} }, buildGazetteer([]));
const miniJieba = new MiniSearch<{ id: string; documentId: string; text: string }>({
  fields: ['text'],
  storeFields: ['documentId', 'text'],
  tokenize: (text) => {
    const t = analyzer.passage(text);
    return [...t.words, ...t.bigrams];
  },
});
miniJieba.addAll(kb.chunks.map((c) => ({ id: c.id, documentId: c.documentId, text: c.text })));
const minisearchJieba: System = {
  name: 'MiniSearch + our tokenizer (no synonyms, no region)',
  run(question) {
    const results = miniJieba.search(question.q).slice(0, 10);
    return { ranked: results.map((r) => ({ documentId: docOf.get(String(r.id))!, text: String(r.text) })), abstained: results.length === 0 };
  },
};

const rows: string[] = [];
const answerableCount = questions.filter((q) => q.expect.length > 0).length;
const unanswerableCount = questions.length - answerableCount;
console.log(`\n## Policy knowledge base: ${kb.documents.length} documents, ${kb.chunks.length} chunks; ${answerableCount} answerable + ${unanswerableCount} unanswerable questions`);
console.log(`Machine: ${cpus()[0]?.model ?? 'unknown CPU'} × ${cpus().length}, Node ${process.version}\n`);
console.log('| system | questions | hit@1 | hit@3 | MRR | abstention precision | abstention recall | answerable abstained | p50 ms | p99 ms |');
console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
for (const system of [ours, minisearch, minisearchJieba]) {
  const latency = measure(system, questions);
  const splits: (Split | 'all' | 'main')[] = system === ours ? ['all', 'main', 'calibration', 'held-out', 'fresh'] : ['all'];
  for (const split of splits) {
    const subset =
      split === 'all' ? questions : split === 'main' ? questions.filter((q) => q.split !== 'fresh') : questions.filter((q) => q.split === split);
    if (subset.length === 0) continue;
    const f = evaluate(system, subset);
    const timing = split === 'all' ? [latency.p50.toFixed(3), latency.p99.toFixed(3)] : ['', ''];
    rows.push(
      `| ${split === 'all' ? system.name : split === 'main' ? '↳ calibration + held-out' : `↳ ${split} split`} | ${f.answerable} + ${f.unanswerable} | ${fmt(f.hit1)} | ${fmt(f.hit3)} | ${fmt(f.mrr)} | ${fmt(f.abstainPrecision)} | ${fmt(f.abstainRecall)} | ${fmt(f.falseAbstain)} | ${timing.join(' | ')} |`,
    );
    if (verbose && split === 'all') {
      console.error(`\n${system.name}: ${f.misses.length} problems`);
      for (const m of f.misses) console.error(`  ${m}`);
    }
  }
}
console.log(rows.join('\n'));
console.log(
  '\nhit@k: a passage of the expected document containing the expected text is among the first k results. ' +
    'Abstention precision/recall: on the unanswerable questions (MiniSearch "abstains" only when it returns nothing, as it has no score threshold). ' +
    `"answerable abstained": share of answerable questions the system declined. Latency: search() per query, ${RUNS} runs of every question after a warm-up.`,
);

function evaluate(system: System, subset: readonly BenchQuestion[]): Figures {
  let hit1 = 0;
  let hit3 = 0;
  let rr = 0;
  let answerable = 0;
  let unanswerable = 0;
  let trueAbstain = 0;
  let falseAbstain = 0;
  const misses: string[] = [];
  for (const question of subset) {
    const { ranked, abstained } = system.run(question);
    if (question.expect.length === 0) {
      unanswerable++;
      if (abstained) trueAbstain++;
      else misses.push(`answered unanswerable 「${question.q}」 with ${ranked[0]?.documentId ?? '-'}: ${ranked[0]?.text.slice(0, 40) ?? ''}`);
      continue;
    }
    answerable++;
    if (abstained) {
      falseAbstain++;
      misses.push(`abstained on 「${question.q}」`);
    }
    const rank = ranked.findIndex((r) => isHit(question, r.documentId, r.text));
    if (rank === 0) hit1++;
    if (rank >= 0 && rank < 3) hit3++;
    if (rank >= 0) rr += 1 / (rank + 1);
    if (rank !== 0) misses.push(`rank ${rank === -1 ? '>10' : rank + 1} for 「${question.q}」; top: ${ranked[0]?.documentId ?? '-'}: ${ranked[0]?.text.slice(0, 40).replace(/\n/g, ' ') ?? ''}`);
  }
  const abstentions = trueAbstain + falseAbstain;
  return {
    answerable,
    unanswerable,
    hit1: hit1 / Math.max(1, answerable),
    hit3: hit3 / Math.max(1, answerable),
    mrr: rr / Math.max(1, answerable),
    abstainPrecision: abstentions === 0 ? undefined : trueAbstain / abstentions,
    abstainRecall: unanswerable === 0 ? undefined : trueAbstain / unanswerable,
    falseAbstain: falseAbstain / Math.max(1, answerable),
    misses,
  };
}

function measure(system: System, subset: readonly BenchQuestion[]): { p50: number; p99: number } {
  for (const q of subset) system.run(q);
  const times: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    for (const q of subset) {
      const start = performance.now();
      system.run(q);
      times.push(performance.now() - start);
    }
  }
  times.sort((a, b) => a - b);
  const at = (p: number): number => times[Math.min(times.length - 1, Math.floor(p * times.length))]!;
  return { p50: at(0.5), p99: at(0.99) };
}

function fmt(x: number | undefined): string {
  return x === undefined ? '–' : x.toFixed(3);
}

// A typo in an expected passage would silently count as a miss; refuse to run instead.
function checkExpectations(all: readonly BenchQuestion[]): void {
  const problems: string[] = [];
  for (const question of all) {
    for (const e of question.expect) {
      if (!kb.chunks.some((c) => c.documentId === e.doc && c.text.includes(e.text))) problems.push(`「${question.q}」: no chunk of ${e.doc} contains 「${e.text}」`);
    }
  }
  if (problems.length > 0) {
    console.error(`bench/kb/questions.yaml has expectations no chunk satisfies:\n  ${problems.join('\n  ')}`);
    process.exit(1);
  }
}
