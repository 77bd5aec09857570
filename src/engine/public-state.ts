import type { ConversationState } from './types.js';

/** The part of the conversation state that channels may show: no history, no personal data. */
export interface PublicState {
  topic: string | null;
  urgency: ConversationState['urgency'];
  turnCount: number;
  form?: { type: string };
}

/** Projects the saved state onto what the REST channel returns as `state`. */
export function toPublicState(state: ConversationState): PublicState {
  return {
    topic: state.topic,
    urgency: state.urgency,
    turnCount: state.turnCount,
    ...(state.form ? { form: { type: state.form.type } } : {}),
  };
}
