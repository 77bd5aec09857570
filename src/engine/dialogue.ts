import type { ConversationState, Inbound, OutboundAction } from './types.js';

/** What a dialogue policy sees for one turn. */
export interface TurnInput {
  conversationId: string;
  inbound: Inbound;
  state: ConversationState;
}

/** What a dialogue policy decides for one turn: the actions and the state to save with them. */
export interface TurnOutput {
  actions: OutboundAction[];
  state: ConversationState;
}

/** The decision-making part of the engine: pure with respect to storage and transport. */
export interface Dialogue {
  respond(input: TurnInput): Promise<TurnOutput>;
}
