import type { Dialogue, TurnInput, TurnOutput } from './dialogue.js';
import type { CannedReply, SystemReplies } from './system-replies.js';
import type { OutboundAction } from './types.js';

/** What the intake dialogue is built from. */
export interface IntakeDialogueDeps {
  replies: SystemReplies;
}

function reply(canned: CannedReply): OutboundAction {
  return {
    type: 'reply',
    text: canned.text,
    ...(canned.quickReplies ? { quickReplies: [...canned.quickReplies] } : {}),
  };
}

const HUMAN_REQUEST = /转人工|人工(客服|服务)?|真人|工作人员/;

/** The resident-facing dialogue: greets, explains what it can do, hands over to a person on request. */
export function createIntakeDialogue(deps: IntakeDialogueDeps): Dialogue {
  const { replies } = deps;
  return {
    respond({ inbound, state }: TurnInput): Promise<TurnOutput> {
      if (HUMAN_REQUEST.test(inbound.text)) {
        return Promise.resolve({
          actions: [
            reply(replies.human_ack),
            { type: 'handoff', priority: 'normal', reasons: ['居民要求转人工'] },
          ],
          state: { ...state, topic: 'request_human' },
        });
      }
      const canned = state.turnCount === 0 ? replies.welcome : replies.fallback;
      return Promise.resolve({
        actions: [reply(canned)],
        state: { ...state, topic: state.turnCount === 0 ? 'greet' : state.topic },
      });
    },
  };
}
