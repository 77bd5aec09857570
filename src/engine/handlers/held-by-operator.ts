import type { Handler } from '../chain.js';
import { gatherContact } from './safety-contact.js';

/**
 * While an operator holds the conversation the bot says nothing: the operator answers. Urgency has already
 * raised the queue (first link); a place or number the resident gives still reaches the operator's summary.
 */
export function heldByOperatorHandler(): Handler {
  return async (ctx, next) => {
    if (ctx.queue.heldBy === null) return next();
    if (ctx.state.safety) ctx.state.safety = gatherContact(ctx.state.safety, ctx);
    ctx.state.handoffOpen = true;
  };
}
