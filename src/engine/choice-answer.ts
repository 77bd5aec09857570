import type { FormRegistry } from '../forms/form-registry.js';

// What a typed choice may end with and still be the choice: 「着火了」「车祸。」.
const TRAILING = new Set([...' \t\n。.!！?？~～了啊呀吧哦的']);
// A typed choice is a word or two; anything longer is a story, read as one.
const MAX_CHOICE_CHARS = 8;
// At most this many trailing marks (「着火了！！」) around a typed choice.
const MAX_TRAILING_CHARS = 8;

/**
 * True when the message is nothing but one of the offered choices (or a word the form lists for it) of a
 * choice field the bot is asking: 「着火」 typed for 「困难是因为什么突然发生的？」 names the cause of a past
 * hardship, as a tap on the same choice would, and is read as the answer, not as a fire now.
 */
export function isTypedChoice(forms: FormRegistry, expecting: readonly string[], text: string): boolean {
  const trimmed = text.trim();
  // A typed choice is short: anything longer is a message, read as one.
  if (trimmed.length > MAX_CHOICE_CHARS + MAX_TRAILING_CHARS) return false;
  let end = trimmed.length;
  while (end > 0 && TRAILING.has(trimmed.charAt(end - 1))) end--;
  const said = trimmed.slice(0, end);
  if (said.length === 0 || said.length > MAX_CHOICE_CHARS) return false;
  const names = new Set(expecting.filter((k) => k.startsWith('field:')).map((k) => k.slice('field:'.length)));
  if (names.size === 0) return false;
  for (const type of forms.formTypes) {
    for (const field of forms.forType(type).fields) {
      if (!names.has(field.name) || field.kind !== 'choice') continue;
      if (field.choices?.includes(said)) return true;
      if (Object.values(field.aliases ?? {}).some((words) => words.includes(said))) return true;
    }
  }
  return false;
}
