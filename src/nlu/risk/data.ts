import { join } from 'node:path';
import { RiskDataError } from './errors.js';
import { compileRiskSignals, type CompiledSignals } from './signals.js';
import { loadRiskTaxonomy, readRiskYaml, type RiskTaxonomy } from './taxonomy.js';

/** Everything in risk/ the detector needs: the taxonomy with its replies, and the compiled signals. */
export interface RiskData {
  taxonomy: RiskTaxonomy;
  signals: CompiledSignals;
}

/** Loads and validates risk/taxonomy.yaml, risk/replies.yaml and risk/signals.yaml from `dir`. */
export async function loadRiskData(dir: string): Promise<RiskData> {
  const [taxonomy, rawSignals] = await Promise.all([
    loadRiskTaxonomy(dir),
    readRiskYaml(join(dir, 'signals.yaml')),
  ]);
  return { taxonomy, signals: compileRiskSignals(rawSignals, taxonomy) };
}

export { RiskDataError };
