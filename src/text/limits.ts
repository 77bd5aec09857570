/**
 * The longest message a resident may send, in UTF-16 code units, on every channel (REST, web chat, the
 * NLU and policy routes). The text functions read at most this much as well, so a future caller that
 * forgets the channel limit cannot stall them: every property test times them at this length.
 */
export const MAX_MESSAGE_CHARS = 2000;
