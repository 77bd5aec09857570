import type { Handler } from '../chain.js';
import type { FlowRegistry } from '../flow-registry.js';
import type { SafetyContact } from '../conversation-state.js';
import type { TurnContext } from '../turn-context.js';
import { gatherContact } from './safety-contact.js';
import { answerPolicy } from './policy-answer.js';

// Asked this many times without an answer, the bot stops asking and helps with whatever the resident says.
const MAX_ASKS = 2;

/**
 * After the safety follow-up: the flow it set aside is brought back, or the question asked beside the danger is
 * answered now. False when there was neither.
 */
async function takeUpWhatWasAsked(ctx: TurnContext, flows: FlowRegistry): Promise<boolean> {
  if (resumePaused(ctx, flows)) return true;
  const question = ctx.state.pendingQuestion;
  if (question === null) return false;
  ctx.state.pendingQuestion = null;
  ctx.say(ctx.services.replies.safety_then_question);
  await answerPolicy(ctx, question);
  return true;
}

/** Brings back a flow the safety follow-up set aside, asking again what it was waiting for. */
export function resumePaused(ctx: TurnContext, flows: FlowRegistry): boolean {
  const slot = ctx.state.paused;
  if (!slot) return false;
  ctx.state.paused = null;
  const flow = flows.get(slot.name);
  const parsed = flow?.schema.safeParse(slot.state);
  if (!flow || !parsed?.success) return false;
  const contact = { phone: ctx.state.safety?.phone ?? null };
  const state: unknown = flow.withContact ? flow.withContact(parsed.data, contact) : parsed.data;
  flows.save(ctx, flow, flow.resume(ctx, state));
  return true;
}

/**
 * What the safety answers told (where, a number to call back, the name of the person in danger: 「奶奶叫陈阿菊」) goes
 * into the urgent case already flagged, so the console names the person and the operator has the place.
 */
export function completeUrgentCase(ctx: TurnContext, gathered: SafetyContact): void {
  const caseNo = ctx.state.urgentCaseNo;
  if (!caseNo) return;
  const name = ctx.parse.entities.find((e) => e.type === 'person_name');
  ctx.push({
    type: 'complete_urgent_case',
    caseNo,
    ...(name ? { name: String(name.value) } : {}),
    ...(gathered.location ? { address: gathered.location } : {}),
    ...(gathered.phone ? { phone: gathered.phone } : {}),
  });
}

/**
 * After the safety reply: keep the person talking until the place and a callback number are known, then
 * return to the flow that was set aside (its answers kept).
 */
export function safetyFollowUpHandler(flows: FlowRegistry): Handler {
  return async (ctx, next) => {
    const safety = ctx.state.safety;
    if (!safety || safety.stage === 'done' || ctx.state.flow !== null || ctx.queue.heldBy !== null)
      return next();
    // A menu button (转人工, 查询进度 …) is a request of its own, not an answer to where or how to call.
    if (ctx.buttonId !== undefined && ctx.services.buttons.action(ctx.buttonId) !== undefined) return next();
    const gathered = gatherContact(safety, ctx);
    const learned = gathered.location !== safety.location || gathered.phone !== safety.phone;
    const { replies } = ctx.services;
    if (!learned) {
      // 「不方便留」「不知道」: a person who declines is not asked again; what they gave already went to staff.
      const { words } = ctx.services;
      const declined = words.is('anonymous', ctx.text) || words.is('unknown', ctx.text);
      if (declined) {
        ctx.state.safety = { ...gathered, stage: 'done' };
        ctx.say(replies.safety_declined);
        await takeUpWhatWasAsked(ctx, flows);
        return;
      }
      if (safety.asks >= MAX_ASKS) {
        ctx.state.safety = { ...gathered, stage: 'done' };
        if (await takeUpWhatWasAsked(ctx, flows)) return;
        return next();
      }
      ctx.state.safety = { ...gathered, asks: safety.asks + 1 };
      ctx.say(replies.safety_reask);
      return;
    }
    ctx.state.safety = gathered;
    completeUrgentCase(ctx, gathered);
    if (gathered.stage !== 'done') {
      ctx.say(gathered.stage === 'phone' ? replies.safety_ask_phone : replies.safety_ask_location);
      return;
    }
    ctx.say(replies.safety_done);
    await takeUpWhatWasAsked(ctx, flows);
  };
}
