// npm run build:risk-cache — trains the risk detector's net and the intent classifier once at build time (part of
// `npm run build`, so of `npm install`), into RISK_CACHE_DIR, so that the first `npm start` of a fresh clone reads
// them instead of training for seconds; and, loading the content as a start does, fills the start-up memos there
// (the content's YAML parsed, the characters' and words' pinyin), so that the first start reads those back too.
// Run from dist/ (node dist/scripts/…): the cache keys cover the code that will read them.
import { loadConfig, loadDotEnv } from '../src/config.js';
import { loadContent } from '../src/content/load-content.js';
import { silentLogger } from '../src/engine/logger.js';
import { closeStartUpMemos, openStartUpMemos } from '../src/runtime/start-up-memo.js';

// The same settings as `npm start` (RISK_CACHE_DIR may be set in .env).
loadDotEnv();
const config = loadConfig();
await openStartUpMemos(config.RISK_CACHE_DIR);
const { risk, nlu } = await loadContent(config, silentLogger);
// The pinyin reader builds its tables on the first message written in pinyin, as the start's warm-up does.
nlu.parse('wo xiang shen qing di bao');
await closeStartUpMemos();
console.log(
  `risk net: ${risk.netSource === 'cache' ? 'already cached' : risk.netSource} (${risk.examples} examples, ${Math.round(risk.trainingMs)} ms) in ${config.RISK_CACHE_DIR}`,
);
console.log(
  `intent classifier: ${nlu.stats.classifierSource === 'cache' ? 'already cached' : 'trained'} (${nlu.stats.examples} examples, ${Math.round(nlu.stats.trainingMs)} ms) in ${config.RISK_CACHE_DIR}`,
);
console.log(`start-up memos: written in ${config.RISK_CACHE_DIR}`);
