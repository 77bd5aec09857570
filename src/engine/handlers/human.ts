import type { TurnContext } from '../turn-context.js';
import { intentReply } from './intent-reply.js';

/** Joins the queue at normal priority because the resident asked for a person (or a person is needed). */
export function askForHuman(ctx: TurnContext, reason: string): void {
  ctx.push(intentReply(ctx, 'request_human'));
  ctx.push({ type: 'handoff', priority: 'normal', reasons: [reason] });
  ctx.record('human_requested', { reason });
  ctx.state.topic = 'request_human';
  // Outside office hours the resident is told honestly when a person will read it.
  const notice = ctx.services.afterHoursNotice?.(ctx.at);
  if (notice) ctx.reply(notice);
}
