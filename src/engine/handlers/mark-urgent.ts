import { planCase } from '../../cases/case-plan.js';
import type { FlowRegistry } from '../flow-registry.js';
import { maxUrgency } from '../risk.js';
import type { TurnContext } from '../turn-context.js';

const URGENT_CASE_REF = 'urgent';

/**
 * Puts the conversation in the queue at this priority and makes it visible in the ledger at once: the
 * person's urgent case is raised, or one is registered. One person has one urgent case, not one per flag.
 * With `ledger: false` (an LLM's word alone) only the queue is raised: a person looks before any case exists.
 */
export function markUrgent(
  ctx: TurnContext,
  flows: FlowRegistry,
  level: 'critical' | 'high',
  reasons: readonly string[],
  category: string | null,
  options: { ledger?: boolean } = {},
): void {
  const state = ctx.state;
  state.urgency = maxUrgency(state.urgency, level);
  state.urgencyReasons = [...new Set([...state.urgencyReasons, ...reasons])];
  if (options.ledger === false) {
    ctx.push({
      type: 'handoff',
      priority: level,
      reasons: [...reasons],
      ...(state.urgentCaseNo ? { caseNo: state.urgentCaseNo } : {}),
      ...(category ? { category } : {}),
    });
    ctx.record('urgency', { level, reasons, ...(category ? { category } : {}) });
    return;
  }
  const active = flows.active(ctx) ?? pausedFlow(ctx, flows);
  const fromFlow = active?.flow.caseFields?.(active.state) ?? {};
  const plan = planCase(
    {
      assistanceType: 'temporary',
      localityCode: ctx.services.locality.code,
      conversationId: ctx.conversationId,
      channel: ctx.inbound.channel,
      userId: ctx.inbound.userId,
      urgency: level,
      fields: {
        ...fromFlow,
        ...(state.safety?.location ? { address: state.safety.location } : {}),
        ...(state.location?.label && !state.safety?.location ? { address: state.location.label } : {}),
        ...(state.safety?.phone ? { phone: state.safety.phone } : {}),
        urgency_reasons: state.urgencyReasons.join('；'),
        ...(category ? { risk_category: category } : {}),
      },
      at: ctx.at,
    },
    ctx.services.localities,
  );
  ctx.push({
    type: 'flag_urgent',
    ref: URGENT_CASE_REF,
    level,
    reasons: state.urgencyReasons,
    knownCaseNo: state.urgentCaseNo,
    plan,
  });
  ctx.push({
    type: 'handoff',
    priority: level,
    reasons: [...reasons],
    caseNo: ctx.token(URGENT_CASE_REF),
    ...(category ? { category } : {}),
  });
  ctx.record('urgency', { level, reasons, ...(category ? { category } : {}) });
  state.urgentCaseNo = ctx.token(URGENT_CASE_REF);
}

function pausedFlow(ctx: TurnContext, flows: FlowRegistry) {
  const slot = ctx.state.paused;
  const flow = slot ? flows.get(slot.name) : undefined;
  const parsed = flow?.schema.safeParse(slot?.state);
  return flow && parsed?.success ? { flow, state: parsed.data as unknown } : undefined;
}
