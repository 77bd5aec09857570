import { z } from 'zod';
import { LEFT_FLOW, type Flow } from '../../engine/flow.js';
import type { TurnContext } from '../../engine/turn-context.js';

const stateSchema = z.object({
  stage: z.enum(['ask_rating', 'ask_comment']),
  caseNo: z.string(),
  rating: z.number().int().min(1).max(5).nullable(),
  retried: z.boolean(),
});

/** A satisfaction survey in progress. */
export type SatisfactionState = z.infer<typeof stateSchema>;

const MAX_COMMENT_CHARS = 500;
const CHINESE_DIGITS: Readonly<Record<string, number>> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5 };
// Whole answers only: 「5」「4分」「五星」「很满意」; a number inside a sentence is not read as a rating.
const RATING = /^\s*([1-5一二两三四五])\s*(分|星|颗星)?\s*[。.!！]?\s*$/;
const WORDS: readonly [RegExp, number][] = [
  [/^\s*(非常|很|特别)不满意/, 1],
  [/^\s*不太满意/, 2],
  [/^\s*不满意/, 1],
  [/^\s*(一般|还行|凑合)/, 3],
  [/^\s*(非常|很|特别)满意/, 5],
  [/^\s*满意/, 4],
];
const BUTTON_RATINGS: Readonly<Record<string, number>> = {
  rate_one: 1,
  rate_two: 2,
  rate_three: 3,
  rate_four: 4,
  rate_five: 5,
};
const NO_COMMENT = /^\s*(没有了?|没了|无|不用了?|没有意见|没意见)\s*[。.!！]?\s*$/;

/** The rating a resident's answer gives, or null when it is not one. */
export function readRating(ctx: Pick<TurnContext, 'buttonId' | 'text'>): number | null {
  const button = BUTTON_RATINGS[ctx.buttonId ?? ''];
  if (button !== undefined) return button;
  const match = RATING.exec(ctx.text);
  if (match) {
    const digit = match[1]!;
    return CHINESE_DIGITS[digit] ?? Number(digit);
  }
  for (const [pattern, rating] of WORDS) if (pattern.test(ctx.text)) return rating;
  return null;
}

function ask(ctx: TurnContext, caseNo: string): void {
  const record = ctx.lookupCase(caseNo);
  ctx.say(ctx.services.replies.satisfaction_ask, {
    caseNo,
    title: record ? ctx.services.locality.typeLabel(record.assistanceType) : '救助申请',
  });
}

function finish(ctx: TurnContext, state: SatisfactionState, comment: string | null): null {
  ctx.record('satisfaction_rated', { caseNo: state.caseNo, rating: state.rating, comment });
  ctx.say(ctx.services.replies.satisfaction_thanks);
  return null;
}

/** After a case is completed: a 1–5 rating, then an optional comment, recorded with the turn. */
export const satisfactionFlow: Flow<SatisfactionState> = {
  name: 'satisfaction',
  schema: stateSchema,
  startsOn: {},

  wants: (ctx) =>
    ctx.inbound.kind === 'event' && ctx.inbound.event === 'satisfaction_survey' && !!ctx.inbound.caseNo,

  start(ctx) {
    const caseNo = ctx.inbound.kind === 'event' ? (ctx.inbound.caseNo ?? '') : '';
    ask(ctx, caseNo);
    return Promise.resolve({ stage: 'ask_rating', caseNo, rating: null, retried: false });
  },

  continue(ctx, state) {
    if (state.stage === 'ask_comment') {
      if (ctx.buttonId === 'rate_no_comment' || NO_COMMENT.test(ctx.text))
        return Promise.resolve(finish(ctx, state, null));
      return Promise.resolve(finish(ctx, state, ctx.text.trim().slice(0, MAX_COMMENT_CHARS)));
    }
    const rating = readRating(ctx);
    if (rating === null) {
      // Asked again once; a second message that is no rating means the resident has moved on.
      if (state.retried) return Promise.resolve(LEFT_FLOW);
      ctx.say(ctx.services.replies.satisfaction_reask);
      return Promise.resolve({ ...state, retried: true });
    }
    ctx.say(ctx.services.replies.satisfaction_ask_comment);
    return Promise.resolve({ ...state, stage: 'ask_comment', rating });
  },

  resume(ctx, state) {
    ctx.say(
      state.stage === 'ask_rating'
        ? ctx.services.replies.satisfaction_reask
        : ctx.services.replies.satisfaction_ask_comment,
    );
    return state;
  },

  expecting: (state) => [state.stage === 'ask_rating' ? 'rating' : 'rating_comment'],
};
