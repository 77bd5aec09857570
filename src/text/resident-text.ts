import { toWellFormedText, isWellFormedText } from './well-formed.js';

// NUL is the one character PostgreSQL cannot store in text or JSON; it carries nothing a resident meant.
const NUL = '\u0000';

/**
 * A resident's message made storable, at the channel boundary before anything reads it: NUL characters
 * are dropped and lone surrogates (half an emoji, sent by a broken client or cut by one) become U+FFFD.
 * Everything else, emoji, rare characters, bidi and zero-width marks included, is kept as written.
 */
export function residentText(raw: string): string {
  return toWellFormedText(raw.replaceAll(NUL, ''));
}

/** True when an id (userId, messageId) can be stored as it is: no NUL and no lone surrogate. */
export function isStorableId(id: string): boolean {
  return !id.includes(NUL) && isWellFormedText(id);
}
