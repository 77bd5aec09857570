import type { IntentName } from '../../nlu/types.js';
import type { ReplyAction } from '../actions.js';
import type { TurnContext } from '../turn-context.js';

/** One of the replies written for an intent, rotating so a resident who repeats themselves hears other words. */
export function intentReply(ctx: TurnContext, intent: IntentName): ReplyAction {
  const variants = ctx.services.intentReplies[intent];
  const canned = variants.length > 0 ? variants[ctx.state.turnCount % variants.length] : undefined;
  return ctx.canned(canned ?? ctx.services.replies.fallback);
}
