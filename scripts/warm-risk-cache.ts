// npm run build:risk-cache — trains the risk detector's net once at build time (part of `npm run build`, so of
// `npm install`), into RISK_CACHE_DIR, so that the first `npm start` of a fresh clone reads it instead of
// training for seconds. Run from dist/ (node dist/scripts/…): the cache key covers the code that will read it.
import { loadConfig, loadDotEnv } from '../src/config.js';
import { loadRiskAssessor } from '../src/nlu/risk/load.js';

// The same settings as `npm start` (RISK_CACHE_DIR may be set in .env).
loadDotEnv();
const config = loadConfig();
const loaded = await loadRiskAssessor({ riskDir: config.RISK_DIR, cacheDir: config.RISK_CACHE_DIR });
console.log(
  `risk net: ${loaded.netSource === 'cache' ? 'already cached' : loaded.netSource} (${loaded.examples} examples, ${Math.round(loaded.trainingMs)} ms) in ${config.RISK_CACHE_DIR}`,
);
