import type { TurnContext } from './turn-context.js';

/** Continues with the next handler of the chain. */
export type Next = () => Promise<void>;

/** One link of the dialogue: handle the turn, or pass it on with `next()`. */
export type Handler = (ctx: TurnContext, next: Next) => Promise<void>;

/** Composes handlers into one, run in the given order; a handler that does not call next() ends the turn. */
export function compose(handlers: readonly Handler[]): (ctx: TurnContext) => Promise<void> {
  return async (ctx) => {
    const run = async (index: number): Promise<void> => {
      const handler = handlers[index];
      if (!handler) return;
      let called = false;
      await handler(ctx, async () => {
        // Calling next twice would run the rest of the chain twice and say everything twice.
        if (called) throw new Error(`handler ${index} called next() twice`);
        called = true;
        await run(index + 1);
      });
    };
    await run(0);
  };
}
