// Vitest global setup: trains the risk detector's net once (or finds it in the cache) before any test file
// runs, so that the many test files that start the app read it from RISK_CACHE_DIR instead of each training
// it at the same time (a few seconds each) on a fresh checkout or after risk/ changed.
import { loadConfig } from '../../src/config.js';
import { loadRiskAssessor } from '../../src/nlu/risk/index.js';

/** Loads the shipped assessor with the app's default cache folder (writing the model there when absent). */
export default async function setup(): Promise<void> {
  const config = loadConfig({});
  await loadRiskAssessor({ riskDir: config.RISK_DIR, cacheDir: config.RISK_CACHE_DIR });
}
