import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadRiskAssessor, type LoadedRiskAssessor } from '../../../src/nlu/risk/index.js';

/** The repository's risk/ folder. */
export const RISK_DIR = fileURLToPath(new URL('../../../risk', import.meta.url));

/** The cache the app uses by default (config RISK_CACHE_DIR), so that test files do not each train the net. */
export const RISK_CACHE_DIR = join(RISK_DIR, '..', 'node_modules', '.cache', 'yimen-risk');

let loaded: Promise<LoadedRiskAssessor> | undefined;

/** The shipped assessor (rules and the net trained on risk/examples), loaded once per test file. */
export function shippedAssessor(): Promise<LoadedRiskAssessor> {
  loaded ??= loadRiskAssessor({ riskDir: RISK_DIR, cacheDir: RISK_CACHE_DIR });
  return loaded;
}
