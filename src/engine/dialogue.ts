import type { OutboundAction } from './actions.js';
import { compose } from './chain.js';
import type { ConversationState } from './conversation-state.js';
import type { DialogueServices } from './dialogue-services.js';
import type { FlowRegistry } from './flow-registry.js';
import { activeFlowHandler } from './handlers/active-flow.js';
import { heldByOperatorHandler } from './handlers/held-by-operator.js';
import { intentHandler } from './handlers/intent.js';
import { menuHandler } from './handlers/menu.js';
import { otherLanguageHandler } from './handlers/other-language.js';
import { processQuestionHandler } from './handlers/process-question.js';
import { nonTextHandler } from './handlers/non-text.js';
import { safetyFollowUpHandler } from './handlers/safety-follow-up.js';
import { urgencyHandler } from './handlers/urgency.js';
import { withdrawConsentHandler } from './handlers/withdraw-consent.js';
import { LookupNeeded, type LookupRequest } from './lookups.js';
import { toPublicState } from './public-state-projection.js';
import type { PublicState } from './public-state.js';
import { TurnContext, type DecisionInput } from './turn-context.js';

/** What a decision comes to: the turn's actions and state, or facts it needs looked up first. */
export type DecisionResult =
  | { kind: 'decided'; actions: OutboundAction[]; state: ConversationState }
  | { kind: 'need'; requests: LookupRequest[] };

/** The decision-making part of the engine: no storage, no transport, no clock but the message's. */
export interface Dialogue {
  decide(input: DecisionInput): Promise<DecisionResult>;
  /** The decision for a turn that could not be decided (a failure): apologise and hand it to a person. */
  failed(input: DecisionInput): { actions: OutboundAction[]; state: ConversationState };
  publicState(state: ConversationState): PublicState;
}

/**
 * The resident-facing dialogue: one chain of handlers in a fixed, visible order.
 *
 *   urgency → held by an operator → non-text messages → safety follow-up → active flow (+ asides)
 *   → another language → menu actions and flow triggers → process questions → intent
 */
export function createDialogue(services: DialogueServices, flows: FlowRegistry): Dialogue {
  const chain = compose([
    urgencyHandler(flows),
    heldByOperatorHandler(),
    nonTextHandler(),
    safetyFollowUpHandler(flows),
    withdrawConsentHandler(),
    activeFlowHandler(flows),
    otherLanguageHandler(flows),
    menuHandler(flows),
    processQuestionHandler(),
    intentHandler(flows),
  ]);

  function finish(ctx: TurnContext): { actions: OutboundAction[]; state: ConversationState } {
    const state = ctx.state;
    const replies = ctx.actions.filter((a) => a.type === 'reply');
    // A typed label or a channel's digit maps to the buttons under the last thing the bot said.
    state.offered = replies.at(-1)?.buttons ?? [];
    state.handoffOpen = ctx.queue.open || ctx.actions.some((a) => a.type === 'handoff');
    state.turnCount += 1;
    state.understood = !ctx.abstained;
    return { actions: ctx.actions, state };
  }

  return {
    async decide(input) {
      const ctx = new TurnContext(input, services);
      try {
        await chain(ctx);
      } catch (error) {
        if (error instanceof LookupNeeded) return { kind: 'need', requests: error.requests };
        throw error;
      }
      return { kind: 'decided', ...finish(ctx) };
    },
    failed(input) {
      const ctx = new TurnContext(input, services);
      if (ctx.queue.heldBy === null) ctx.say(services.replies.turn_failed);
      ctx.push({ type: 'handoff', priority: 'normal', reasons: ['这条消息机器人没能处理，请人工查看'] });
      ctx.record('turn_failed', {});
      return finish(ctx);
    },
    publicState: (state) => toPublicState(state, flows, services),
  };
}
