// A conversation over the shipped classifier and the repository's knowledge base, for flow tests that need real
// words read as residents write them; the knowledge base is loaded once per test file.
import { fileURLToPath } from 'node:url';
import { loadKnowledgeBase } from '../../src/knowledge/create-knowledge-base.js';
import type { KnowledgeBase } from '../../src/knowledge/types.js';
import { FlowHarness } from './harness.js';
import { shippedNlu } from './shipped-nlu.js';

const KNOWLEDGE = fileURLToPath(new URL('../../knowledge', import.meta.url));
let knowledge: Promise<KnowledgeBase> | undefined;

/** A harness with the shipped NLU and knowledge base, in 江阴市. */
export async function shippedHarness(): Promise<FlowHarness> {
  knowledge ??= loadKnowledgeBase({ dir: KNOWLEDGE });
  return FlowHarness.create(await shippedNlu(), undefined, { knowledge: await knowledge, region: '江阴市' });
}

/** The application under way, as its state, or undefined when none is. */
export function applicationOf(
  h: FlowHarness,
): { assistanceType: string; stage: string; fields: Record<string, unknown> } | undefined {
  return h.flow?.name === 'application'
    ? (h.flow.state as { assistanceType: string; stage: string; fields: Record<string, unknown> })
    : undefined;
}
