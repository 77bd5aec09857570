import type { Handler } from '../chain.js';
import { LEFT_FLOW, NOT_FOR_FLOW } from '../flow.js';
import type { FlowRegistry } from '../flow-registry.js';
import { answerAside } from './asides.js';

/**
 * The flow in progress takes the message. What is not for it (a question, a greeting, 转人工) is answered
 * as an aside and the flow asks again; a resident who has moved on leaves the flow and the chain goes on.
 */
export function activeFlowHandler(flows: FlowRegistry): Handler {
  return async (ctx, next) => {
    const active = flows.active(ctx);
    if (!active) return next();
    // A flow that finds no answer in the message may ask for it to be answered as an aside and carry on.
    // A question asked in the middle of an application is about that application's help (「要带什么材料」).
    const type = active.flow.summary?.(active.state)?.type;
    ctx.aside = (options) => answerAside(ctx, type, options?.asked === true);
    const result: unknown = await active.flow.continue(ctx, active.state);
    if (result === LEFT_FLOW) {
      flows.save(ctx, active.flow, null);
      return next();
    }
    if (result !== NOT_FOR_FLOW) {
      flows.save(ctx, active.flow, result);
      return;
    }
    if (!(await answerAside(ctx, type))) {
      ctx.say(ctx.services.replies.not_understood_in_flow);
      ctx.abstained = true;
    }
    flows.save(ctx, active.flow, active.flow.resume(ctx, active.state));
  };
}
