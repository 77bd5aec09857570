import { fileURLToPath } from 'node:url';
import { loadRiskAssessor, type LoadedRiskAssessor } from '../../../src/nlu/risk/index.js';

/** The repository's risk/ folder. */
export const RISK_DIR = fileURLToPath(new URL('../../../risk', import.meta.url));

let loaded: Promise<LoadedRiskAssessor> | undefined;

/** The shipped assessor (rules and the net trained on risk/examples), loaded once per test file. */
export function shippedAssessor(): Promise<LoadedRiskAssessor> {
  loaded ??= loadRiskAssessor({ riskDir: RISK_DIR });
  return loaded;
}
