import { buttonArgument, type MenuAction } from '../buttons.js';
import type { Handler } from '../chain.js';
import type { FlowRegistry } from '../flow-registry.js';
import type { TurnContext } from '../turn-context.js';
import { answerToOffer, offeredApplication, offeredPausedApplication } from '../offer-apply.js';
import { askForHuman } from './human.js';
import { markUrgent } from './mark-urgent.js';
import { resumePaused } from './safety-follow-up.js';
import { startFlow } from './start-flow.js';

function feedback(ctx: TurnContext, helpful: boolean): void {
  const last = ctx.state.lastAnswer;
  if (last)
    ctx.record('answer_feedback', { helpful, documentIds: last.documentIds, answerable: last.answerable });
  ctx.state.lastAnswer = null;
  if (helpful) ctx.say(ctx.services.replies.feedback_thanks);
  else askForHuman(ctx, '政策解答没有解决问题');
}

async function runMenuAction(ctx: TurnContext, flows: FlowRegistry, action: MenuAction): Promise<void> {
  const flow = flows.forMenu(action);
  if (flow) return startFlow(ctx, flows, flow);
  switch (action) {
    case 'policy_menu':
      ctx.say(ctx.services.replies.policy_menu);
      ctx.state.topic = 'ask_policy';
      return;
    case 'request_human':
      return askForHuman(ctx, '居民要求转人工');
    case 'urgent':
      ctx.say(ctx.services.replies.urgent_button);
      ctx.state.topic = 'report_urgent';
      return markUrgent(ctx, flows, 'high', ['居民点击紧急求助'], null);
    case 'answer_helpful':
      return feedback(ctx, true);
    case 'answer_unhelpful':
      return feedback(ctx, false);
    case 'apply':
    case 'check_status':
    case 'report_other':
      // Without a flow registered for them, the intent's own reply.
      ctx.say(ctx.services.replies.fallback);
      return;
  }
}

/** Menu buttons (tapped, or their labels typed), then the flows' own triggers (「我是网格员，想登记」). */
export function menuHandler(flows: FlowRegistry): Handler {
  return async (ctx, next) => {
    const action = ctx.buttonId ? ctx.services.buttons.action(ctx.buttonId) : undefined;
    // 「申请救助」 under the offer after a pressing hardship: the form set aside, with what the story told.
    const pausedOffer = offeredPausedApplication(ctx.state);
    if (action === 'apply' && pausedOffer && resumePaused(ctx, flows)) return;
    if (action) return runMenuAction(ctx, flows, action);
    // 「现在申请」 under an answer about a programme: the application for that type.
    if (buttonArgument(ctx.buttonId, 'apply') !== undefined) return runMenuAction(ctx, flows, 'apply');
    // 「不用了」 to that offer: nothing is started, and the resident is told how to apply later.
    const offered = offeredApplication(ctx.state) ?? (pausedOffer ? 'unknown' : undefined);
    if (offered && answerToOffer(ctx.text, offered, ctx.services.words) === 'no') {
      // What was set aside for the offer goes with it: nothing of the story is kept for a form not wanted.
      if (pausedOffer) ctx.state.paused = null;
      ctx.say(ctx.services.replies.offer_declined);
      return;
    }
    const wanting = ctx.state.flow === null ? flows.wanting(ctx) : undefined;
    if (wanting) return startFlow(ctx, flows, wanting);
    return next();
  };
}
