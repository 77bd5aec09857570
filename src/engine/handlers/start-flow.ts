import type { AnyFlow } from '../flow.js';
import type { FlowRegistry } from '../flow-registry.js';
import type { TurnContext } from '../turn-context.js';

/** Starts a flow from this message and makes it the active one (or none, when it finished at once). */
export async function startFlow(ctx: TurnContext, flows: FlowRegistry, flow: AnyFlow): Promise<void> {
  const state: unknown = await flow.start(ctx);
  flows.save(ctx, flow, state);
}
