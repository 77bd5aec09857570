// 「小人在读书 哦伊今年毕业了 已经不读了」: a choice named, then said further on to be over (毕业了, 不读了, 退学了). A form
// lists, per choice, the words that end it; the choice stands only when it is named again after them.
import { aliasHits } from './alias-match.js';
import type { FormField } from './form-schema.js';

// An end still to come (明年毕业了, 马上不读了) ends nothing yet.
const TO_COME = /(?:明年|后年|下学期|下半年|马上|快要?|就要|要|还没|没)$/u;
// How far after the choice's last alias its end may be told: the same or the next clause or two.
const REACH = 30;

/** True when the answer names `choice` and then, within a clause or two after its last alias, says it is over. */
export function endedAfter(field: FormField, text: string, choice: string): boolean {
  const ends = field.ended_after?.[choice];
  if (!ends || ends.length === 0) return false;
  const hits = aliasHits(field, text, true).filter((h) => h.choice === choice);
  if (hits.length === 0) return false;
  const last = Math.max(...hits.map((h) => h.end));
  const after = text.slice(last, last + REACH);
  return ends.some((word) => {
    const at = after.indexOf(word);
    return at >= 0 && !TO_COME.test(after.slice(Math.max(0, at - 4), at));
  });
}
