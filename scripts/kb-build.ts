// npm run kb:build [-- <dir>] — checks every file in knowledge/ the way the server loads them at
// start-up: lists the documents with their chunk counts and every skipped file with the reason.
// Exits 1 when no document loads, so CI and a county's administrator notice a broken folder.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadKnowledgeBase } from '../src/knowledge/create-knowledge-base.js';

const dir = resolve(process.argv[2] ?? fileURLToPath(new URL('../knowledge', import.meta.url)));
const warnings: string[] = [];
const kb = await loadKnowledgeBase({ dir, logger: { warn: (_obj, msg) => warnings.push(msg) } });

console.log(`Knowledge directory: ${dir}\n`);
console.log('| document | title | number | region | chunks |');
console.log('| --- | --- | --- | --- | --- |');
for (const doc of kb.documents) {
  const chunks = kb.chunks.filter((c) => c.documentId === doc.id).length;
  console.log(`| ${doc.id} | ${doc.title} | ${doc.docNumber ?? '–'} | ${doc.region} | ${chunks} |`);
}
console.log(`\n${kb.documents.length} documents, ${kb.chunks.length} chunks.`);

if (warnings.length > 0) {
  console.log(`\n${warnings.length} problem(s):`);
  for (const w of warnings) console.log(`  - ${w}`);
}
if (kb.documents.length === 0) {
  console.error('\nNo document loaded: every policy question would be declined. Fix the files above.');
  process.exit(1);
}
