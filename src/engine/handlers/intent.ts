import type { Handler } from '../chain.js';
import type { FlowRegistry } from '../flow-registry.js';
import { askForHuman } from './human.js';
import { intentReply } from './intent-reply.js';
import { answerPolicy } from './policy-answer.js';
import { startFlow } from './start-flow.js';

// Below this the classifier's guess is not trusted and the resident is asked to rephrase.
const MIN_INTENT_CONFIDENCE = 0.35;

/** Last link: what the message means (with the LLM's help for unsure ones, when configured), answered from data. */
export function intentHandler(flows: FlowRegistry): Handler {
  return async (ctx) => {
    const { understanding } = ctx.services;
    if (understanding)
      ctx.useParse(
        await understanding.understand(ctx.text, {
          offline: ctx.parse,
          ...(ctx.input.llmSignal ? { signal: ctx.input.llmSignal } : {}),
        }),
      );
    const { name, confidence } = ctx.parse.intent;
    if (confidence < MIN_INTENT_CONFIDENCE) {
      ctx.say(ctx.services.replies.fallback);
      ctx.abstained = true;
      return;
    }
    const flow = flows.forIntent(name);
    if (flow) return startFlow(ctx, flows, flow);
    switch (name) {
      case 'greet':
        ctx.push(
          ctx.state.turnCount === 0 ? ctx.canned(ctx.services.replies.welcome) : intentReply(ctx, 'greet'),
        );
        ctx.state.topic = 'greet';
        return;
      case 'ask_policy':
        return answerPolicy(ctx, ctx.text);
      case 'request_human':
        return askForHuman(ctx, '居民要求转人工');
      case 'complaint':
        ctx.push(intentReply(ctx, 'complaint'));
        ctx.record('complaint', { turn: ctx.state.turnCount + 1 });
        ctx.state.topic = 'complaint';
        return;
      case 'out_of_scope':
        // 「这个我帮不上忙」 is a question the bot has no answer to: shown as not understood, like any abstention.
        ctx.abstained = true;
        ctx.push(intentReply(ctx, name));
        ctx.state.topic = name;
        return;
      case 'report_urgent':
      case 'goodbye':
      case 'thanks':
      case 'apply':
      case 'check_status':
      case 'affirm':
      case 'deny':
      case 'cancel':
        ctx.push(intentReply(ctx, name));
        ctx.state.topic = name;
        return;
    }
  };
}
