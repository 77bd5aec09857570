import { turnRiskReader } from '../../src/engine/risk-from-assessment.js';
import { loadKnowledgeBase } from '../../src/knowledge/create-knowledge-base.js';
import { loadRiskData } from '../../src/nlu/risk/index.js';
import { shippedAssessor } from '../nlu/risk/fixture.js';
import { FlowHarness } from './harness.js';
import { shippedNlu } from './shipped-nlu.js';

/** A harness with what a resident really meets: the shipped classifier, crisis reader and knowledge base. */
export async function shippedReader(): Promise<FlowHarness> {
  const loaded = await shippedAssessor();
  const data = await loadRiskData('risk');
  const assessRisk = turnRiskReader(loaded.assess, data.taxonomy, {
    label: '12345政务服务便民热线',
    number: '12345',
  });
  const knowledge = await loadKnowledgeBase({ dir: 'knowledge' });
  return FlowHarness.create(await shippedNlu(), undefined, { assessRisk, knowledge, region: '江阴市' });
}
