import type { FlowRegistry } from '../flow-registry.js';
import type { TurnContext } from '../turn-context.js';
import { muted } from './muted.js';

/**
 * Starts the application from this message without its replies (its story fills the form) and sets it aside in
 * `state.paused`, to be taken up after the safety follow-up or a yes to the offer. False when none was started.
 */
export async function setApplicationAside(ctx: TurnContext, flows: FlowRegistry): Promise<boolean> {
  const applying = flows.forIntent('apply');
  if (!applying) return false;
  const started: unknown = await muted(ctx, () => applying.start(ctx));
  if (started === null) return false;
  ctx.state.paused = { name: applying.name, state: started };
  return true;
}
