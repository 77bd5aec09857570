/**
 * Web-chat identities. The page makes its own id (128 random bits, 32 hex characters, kept in localStorage),
 * and whoever presents an id reads that conversation: a short or patterned id could be guessed, so the socket
 * refuses one that cannot have come from a random source.
 */

/** Fewest characters of a web-chat id: 16 random hex characters are already 64 bits. */
export const MIN_WEB_CHAT_ID_CHARS = 16;
/** Most characters of a web-chat id. */
export const MAX_WEB_CHAT_ID_CHARS = 64;
// A random hex id of 16 characters has fewer than 6 distinct ones about once in 30,000; 32 characters, never.
const MIN_DISTINCT_CHARS = 6;
const SHAPE = /^[A-Za-z0-9_-]+$/u;

/** Why a web-chat id is refused, in words for the page's developer log; undefined when it is fine. */
export function weakWebChatId(id: string): string | undefined {
  if (id.length < MIN_WEB_CHAT_ID_CHARS || id.length > MAX_WEB_CHAT_ID_CHARS || !SHAPE.test(id))
    return `userId must be ${String(MIN_WEB_CHAT_ID_CHARS)}–${String(MAX_WEB_CHAT_ID_CHARS)} letters, digits, - or _ (the page sends 32 random hex characters)`;
  if (new Set(id).size < MIN_DISTINCT_CHARS)
    return `userId must be random: at least ${String(MIN_DISTINCT_CHARS)} different characters`;
  return undefined;
}
