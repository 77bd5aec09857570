// npm run intents:writers — writes intents/writers.yaml from the writers' development sets (scripts/writer-intents.ts).
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { collectWriterExamples, renderWriterExamples } from './writer-intents.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const examples = collectWriterExamples(root);
writeFileSync(new URL('../intents/writers.yaml', import.meta.url), renderWriterExamples(examples));
console.log(`intents/writers.yaml: ${examples.length} examples`);
