import type { ConversationState, HistoryEntry, OutboundAction } from './types.js';

/** How many recent messages the state keeps for context; the full transcript lives in the store. */
export const HISTORY_LIMIT = 20;

/** The state of a conversation that has just begun. */
export function initialState(): ConversationState {
  return {
    topic: null,
    form: null,
    caseNo: null,
    statusCheck: null,
    urgency: 'none',
    urgencyReasons: [],
    lastAnswer: null,
    history: [],
    turnCount: 0,
    safety: null,
    urgentCaseNo: null,
    report: null,
    volunteerSignup: null,
    handoffOpen: false,
  };
}

/** Appends the resident's message and the bot's replies to the recent history, keeping the newest. */
export function withHistory(
  state: ConversationState,
  residentText: string,
  actions: OutboundAction[],
  at: Date,
): ConversationState {
  const stamp = at.toISOString();
  const added: HistoryEntry[] = [{ author: 'resident', text: residentText, at: stamp }];
  for (const action of actions)
    if (action.type === 'reply') added.push({ author: 'bot', text: action.text, at: stamp });
  return { ...state, history: [...state.history, ...added].slice(-HISTORY_LIMIT) };
}
