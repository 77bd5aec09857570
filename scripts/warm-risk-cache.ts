// npm run build:risk-cache — trains the risk detector's net and the intent classifier once at build time (part of
// `npm run build`, so of `npm install`), into RISK_CACHE_DIR, so that the first `npm start` of a fresh clone reads
// them instead of training for seconds. Run from dist/ (node dist/scripts/…): the cache keys cover the code that
// will read them.
import { loadConfig, loadDotEnv } from '../src/config.js';
import { createNlu } from '../src/nlu/create-nlu.js';
import { loadRiskAssessor } from '../src/nlu/risk/load.js';

// The same settings as `npm start` (RISK_CACHE_DIR may be set in .env).
loadDotEnv();
const config = loadConfig();
const loaded = await loadRiskAssessor({ riskDir: config.RISK_DIR, cacheDir: config.RISK_CACHE_DIR });
console.log(
  `risk net: ${loaded.netSource === 'cache' ? 'already cached' : loaded.netSource} (${loaded.examples} examples, ${Math.round(loaded.trainingMs)} ms) in ${config.RISK_CACHE_DIR}`,
);
const nlu = await createNlu({ intentsDir: config.INTENTS_DIR, cacheDir: config.RISK_CACHE_DIR });
console.log(
  `intent classifier: ${nlu.stats.classifierSource === 'cache' ? 'already cached' : 'trained'} (${nlu.stats.examples} examples, ${Math.round(nlu.stats.trainingMs)} ms) in ${config.RISK_CACHE_DIR}`,
);
