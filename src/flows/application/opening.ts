import { extractEntities } from '../../nlu/entities/index.js';
import type { Entity } from '../../nlu/types.js';
import type { TurnContext } from '../../engine/turn-context.js';
import { cutText } from '../../text/well-formed.js';

// Enough for any story told in one message; the form keeps what it reads from it, not the words.
const MAX_OPENING_CHARS = 600;

/** The opening's words to keep while the resident chooses the kind of help (a short type word is not kept). */
export function openingOf(ctx: TurnContext): string | null {
  return ctx.buttonId || ctx.text.length < 6 ? null : cutText(ctx.text, MAX_OPENING_CHARS);
}

/** The text and entities to fill a form from: the kept opening with this message, or this message alone. */
export function withOpening(
  ctx: TurnContext,
  opening: string | null,
): { text: string; entities: readonly Entity[] } {
  if (!opening) return { text: ctx.text, entities: ctx.parse.entities };
  return {
    text: `${opening}\n${ctx.text}`,
    entities: [...extractEntities(opening), ...ctx.parse.entities],
  };
}
