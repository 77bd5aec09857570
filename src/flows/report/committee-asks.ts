import type { TurnContext } from '../../engine/turn-context.js';
import { COMMITTEE_CADRES } from '../../text/committee-words.js';
import { cutText } from '../../text/well-formed.js';

// The village or residents' committee speaking for itself at the start of a message: 「我是…村的村主任」「利港街道…村村委」
// 「俺是村支书」「社区主任这边」. Grid workers, social workers and volunteers are left out: they find people and report
// them (主动发现); the committee may apply on a villager's behalf (村（居）委会代为申请).
const COMMITTEE_SPEAKS = new RegExp(
  `^(?:[^，,。！!？?]{0,4}?[，,\\s]*)?(?:(?:我|俺|咱)(?:们)?(?:是|这边是|这里是)?)?[^，,。！!？?\\s]{0,12}?(?:${COMMITTEE_CADRES.source}|村民委员会|居民委员会)`,
  'u',
);
// How far into the message the committee must have named itself.
const OPENING_CHARS = 40;

/** True when the message opens with the village or residents' committee naming itself as the writer. */
export function speaksAsCommittee(text: string): boolean {
  return COMMITTEE_SPEAKS.test(cutText(text, OPENING_CHARS));
}

/**
 * True when a village or residents' committee asks, calmly, what help there is for someone of theirs (「俺村一个村民
 * …截肢了 想问问能给啥帮助」「…一直没拿到救助 现在补报还可以吗」): a question to answer, with the form offered for the
 * committee to apply on their behalf, not a report of someone found in need (round 49).
 */
export function committeeAsksForVillager(ctx: TurnContext): boolean {
  return (
    ctx.risk.level === 'none' &&
    ctx.parts.wantIsQuestion &&
    !ctx.parts.existingApplication &&
    speaksAsCommittee(ctx.text)
  );
}
