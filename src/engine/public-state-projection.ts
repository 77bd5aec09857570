import { safetyExpecting, type ConversationState } from './conversation-state.js';
import type { DialogueServices } from './dialogue-services.js';
import type { FlowRegistry } from './flow-registry.js';
import { offeredApplication, offeredPausedApplication } from './offer-apply.js';
import type { PublicState } from './public-state.js';

// Kept apart from the PublicState type: the projection needs the flow registry, and flows need the
// type (FormProgress), so one module holding both closed an import cycle flow → public-state → flow-registry.

/** Projects the saved state onto what channels may show. */
export function toPublicState(
  state: ConversationState,
  flows: FlowRegistry,
  services: DialogueServices,
): PublicState {
  const slot = state.flow;
  const flow = slot ? flows.get(slot.name) : undefined;
  const parsed = flow && slot ? flow.schema.safeParse(slot.state) : undefined;
  const flowState: unknown = parsed?.success ? parsed.data : undefined;
  const safety = safetyExpecting(state.safety);
  const expecting =
    flow && flowState !== undefined
      ? flow.expecting(flowState, services)
      : safety.length > 0
        ? safety
        : offeredApplication(state) || offeredPausedApplication(state)
          ? // 「要不要现在帮您申请？」 under a policy answer (or an urgent reply) waits for a yes or a no.
            ['offer_apply']
          : state.topic === 'greet'
            ? // A bare 「在吗」 was answered with 「请问有什么可以帮您？」: the bot waits to hear what the resident needs.
              ['need']
            : [];
  const form = flow && flowState !== undefined ? flow.progress?.(flowState, services) : undefined;
  return {
    topic: state.topic,
    urgency: state.urgency,
    turnCount: state.turnCount,
    flow: flow && flowState !== undefined ? flow.name : null,
    expecting,
    ...(form ? { form } : {}),
    ...(state.caseNo ? { caseNo: state.caseNo } : {}),
    ...(state.urgentCaseNo ? { urgentCaseNo: state.urgentCaseNo } : {}),
    understood: state.understood,
    risk: state.lastRisk?.level ?? 'none',
  };
}
