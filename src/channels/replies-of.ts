import type { OutboundAction } from '../engine/types.js';

/** A reply as channels send it. */
export interface ChannelReply {
  text: string;
  quickReplies?: string[];
}

/** The reply actions of a turn, in order, as channel replies. */
export function repliesOf(actions: readonly OutboundAction[]): ChannelReply[] {
  const replies: ChannelReply[] = [];
  for (const action of actions) {
    if (action.type !== 'reply') continue;
    replies.push({
      text: action.text,
      ...(action.quickReplies ? { quickReplies: action.quickReplies } : {}),
    });
  }
  return replies;
}
