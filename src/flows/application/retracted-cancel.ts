import type { TurnContext } from '../../engine/turn-context.js';

// The topic a cancelled application leaves for one turn, with its kind of help (no answer of the resident's).
const CANCELLED = 'cancelled:';
// 「还是弄嘛」「刚才说的不算」「接着来」「不取消了」: the cancel just said is taken back.
const TAKES_BACK =
  /还是(?:要)?(?:弄|办|申请|填|报)|接着(?:来|填|弄|办|申请)|刚才(?:说的|那句)?(?:不算|是气话)|不取消(?:了)?|(?:我)?(?:再|重新)(?:弄|办|填|申请)(?:吧|嘛|一下)?/u;

/** The topic to leave after cancelling an application of this kind of help. */
export function cancelledTopic(assistanceType: string): string {
  return `${CANCELLED}${assistanceType}`;
}

/**
 * The kind of help of the application cancelled in the turn before, when this message takes the cancel back
 * (「唉 还是弄嘛 刚才说的不算」); undefined otherwise. The answers given were deleted and stay deleted: the form
 * starts again.
 */
export function retractedCancel(ctx: TurnContext): string | undefined {
  const topic = ctx.state.topic;
  if (!topic?.startsWith(CANCELLED) || !TAKES_BACK.test(ctx.text)) return undefined;
  const type = topic.slice(CANCELLED.length);
  return type.length > 0 && type !== 'unknown' ? type : undefined;
}
