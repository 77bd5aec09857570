// In Unicode mode a surrogate pair is one code point (an emoji, a CJK Extension B character), so the
// General_Category Cs matches only the halves that have lost their partner.
const LONE_SURROGATE = /\p{Cs}/u;
const LONE_SURROGATES = /\p{Cs}/gu;

/** True when the text holds no lone surrogate (the only UTF-16 that cannot be stored or sent as UTF-8). */
export function isWellFormedText(text: string): boolean {
  return !LONE_SURROGATE.test(text);
}

/** Replaces every lone surrogate with U+FFFD, the replacement character, and keeps the rest as it is. */
export function toWellFormedText(text: string): string {
  return text.replace(LONE_SURROGATES, '\ufffd');
}

/** The first `max` UTF-16 code units of the text at most, never cutting an emoji or a rare character in half. */
export function cutText(text: string, max: number): string {
  if (text.length <= max) return text;
  const code = text.charCodeAt(max - 1);
  // Stopping after a high surrogate would leave it alone; stop before it instead.
  const end = code >= 0xd800 && code <= 0xdbff ? max - 1 : max;
  return text.slice(0, Math.max(0, end));
}
