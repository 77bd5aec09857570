// npx tsx bench/kb/why.ts "<question>" [more questions …]: why the knowledge base ranks and answers a question
// as it does: the first results with their score and coverage, the question's concepts with their weights,
// and what scope.ts read. `KB_SETTINGS='{"coverageBoost":2}'` tries other retrieval settings. A tool for
// reading development misses with one's own sentences; it reads no question set.
import { fileURLToPath } from 'node:url';
import { loadKnowledgeBase } from '../../src/knowledge/create-knowledge-base.js';
import type { RetrievalSettings } from '../../src/knowledge/settings.js';
import { DEFAULT_RETRIEVAL } from '../../src/knowledge/settings.js';
import { loadLocalities } from '../../src/localities/load-localities.js';
import { KNOWLEDGE_DIR } from './questions.js';

const warn = { warn: (_obj: object, msg: string) => console.warn(msg) };
const region = (
  await loadLocalities({ dir: fileURLToPath(new URL('../../localities', import.meta.url)), logger: warn })
).default().name;
const settings = JSON.parse(process.env.KB_SETTINGS ?? '{}') as Partial<RetrievalSettings>;
const kb = await loadKnowledgeBase({ dir: KNOWLEDGE_DIR, logger: warn, retrieval: { ...DEFAULT_RETRIEVAL, ...settings } });
const depth = Number(process.env.WHY_DEPTH ?? 8);
for (const question of process.argv.slice(2)) {
  const d = kb.diagnose(question, { region });
  console.log(`\n「${question}」 → ${d.verdict} (coverage ${d.coverage.toFixed(2)}; read as 「${d.analysis.text}」)`);
  console.log(
    `  scope: named [${d.scope.named.join(', ')}], ours ${String(d.scope.ours)}, hardship ${String(d.scope.hardship)}, out of scope ${String(d.scope.outOfScope)}`,
  );
  console.log(
    `  concepts: ${d.analysis.concepts.map((c, k) => `${c.text}${c.focus === true ? '*' : ''}:${(d.weights[k] ?? 0).toFixed(1)}`).join(' ')}`,
  );
  d.ranked.slice(0, depth).forEach((r, k) => {
    const where = r.chunk.programme ? `${r.chunk.programme.type} ${r.chunk.section}` : `${r.chunk.documentId} ${r.chunk.section}`;
    console.log(`  ${k + 1}. ${r.score.toFixed(2)} cov ${r.coverage.toFixed(2)} ${where.slice(0, 90)}`);
  });
  if (d.parts) console.log(`  parts: ${d.parts.map((p) => `${p.verdict} → ${p.ranked[0]?.chunk.section ?? '-'}`).join(' | ')}`);
}
