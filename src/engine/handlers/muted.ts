import type { TurnContext } from '../turn-context.js';

/** Runs part of a turn without its replies (its effects and records stay): a flow started behind a safety reply. */
export async function muted<T>(ctx: TurnContext, work: () => Promise<T>): Promise<T> {
  const before = ctx.actions.length;
  const result = await work();
  const added = ctx.actions.splice(before);
  ctx.actions.push(...added.filter((a) => a.type !== 'reply'));
  return result;
}
