import { MAX_MESSAGE_CHARS } from '../text/limits.js';
import { toSimplified } from '../text/to-simplified.js';
import { cutText } from '../text/well-formed.js';

// Characters read so far and their simplified forms: a message holds a few hundred at most.
const simplifiedChars = new Map<string, string>();

function simplifiedChar(ch: string): string {
  let out = simplifiedChars.get(ch);
  if (out === undefined) {
    out = toSimplified(ch);
    if (simplifiedChars.size > 20_000) simplifiedChars.clear();
    simplifiedChars.set(ch, out);
  }
  return out;
}

/**
 * A name read from the message in simplified characters, spelt back as the resident typed it
 * (「陳淑華」 stays 陳淑華, 「陳 淑 華」 too); the name as read when the typed message does not hold it.
 */
export function nameAsTyped(name: string, typed: string): string {
  if (name.length === 0 || typed.includes(name)) return name;
  const want = Array.from(name);
  const chars = Array.from(cutText(typed, MAX_MESSAGE_CHARS)).filter((c) => !/\s/u.test(c));
  for (let i = 0; i + want.length <= chars.length; i++) {
    if (want.every((c, j) => chars[i + j] === c || simplifiedChar(chars[i + j] ?? '') === c))
      return chars.slice(i, i + want.length).join('');
  }
  return name;
}
