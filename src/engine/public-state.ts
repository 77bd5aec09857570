import type { ConversationState } from './conversation-state.js';
import type { DialogueServices } from './dialogue-services.js';
import type { FlowRegistry } from './flow-registry.js';

/** Where an application form stands, as channels may show it (no values, only field names). */
export interface FormProgress {
  type: string;
  stage: string;
  step: number;
  total: number;
  missing: string[];
  asking?: string;
  askingFields?: string[];
}

/** The part of the conversation state that channels may show: no personal data. */
export interface PublicState {
  topic: string | null;
  urgency: ConversationState['urgency'];
  turnCount: number;
  /** The flow in progress, by name, or null. */
  flow: string | null;
  /** What the bot is waiting for: `consent`, `field:phone`, `confirm`, `status_receipt`, `safety_location` … */
  expecting: string[];
  /** Present while an application form is open. */
  form?: FormProgress;
  /** The receipt number of the case registered or told in this conversation. */
  caseNo?: string;
}

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
  const expecting =
    flow && flowState !== undefined
      ? flow.expecting(flowState, services)
      : state.safety && state.safety.stage !== 'done'
        ? [`safety_${state.safety.stage}`]
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
  };
}
