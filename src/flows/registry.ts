import { createFlowRegistry, type FlowRegistry } from '../engine/flow-registry.js';
import { applicationFlow } from './application/flow.js';
import { reportFlow } from './report/flow.js';
import { satisfactionFlow } from './satisfaction/flow.js';
import { statusCheckFlow } from './status-check/flow.js';
import { volunteerSignupFlow } from './volunteer-signup/flow.js';

/**
 * Every flow a conversation can be in, one line each, in the order their own triggers are tried.
 * Adding a flow: a folder under src/flows/ exporting a Flow, and one line here.
 */
export function createFlows(): FlowRegistry {
  return createFlowRegistry([
    volunteerSignupFlow,
    reportFlow,
    applicationFlow,
    statusCheckFlow,
    satisfactionFlow,
  ]);
}
