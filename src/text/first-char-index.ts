/**
 * Lists of fixed strings (synonym keys, neighbouring services' terms) are searched in a question one
 * string at a time, in a set order; a question holds few of them. A string can only occur in a text that
 * holds its first character, so looking only at the strings whose first character the text has finds
 * the same strings, in the same order, without one search per string.
 */
export interface FirstCharIndex<T> {
  /** The items, in the order given, that may occur in a text holding `chars` (an empty key always may). */
  candidates(chars: Iterable<string>): T[];
}

/** Indexes `items` by the first UTF-16 unit of `keyOf(item)`. */
export function firstCharIndex<T>(items: readonly T[], keyOf: (item: T) => string): FirstCharIndex<T> {
  const byFirst = new Map<string, number[]>();
  const always: number[] = [];
  items.forEach((item, i) => {
    const key = keyOf(item);
    if (key === '') return void always.push(i);
    const list = byFirst.get(key[0]!);
    if (list) list.push(i);
    else byFirst.set(key[0]!, [i]);
  });
  return {
    candidates(chars) {
      const positions: number[] = [...always];
      const seen = new Set<string>();
      for (const char of chars) {
        if (seen.has(char)) continue;
        seen.add(char);
        const list = byFirst.get(char);
        if (list) for (const k of list) positions.push(k);
      }
      // A typed array sorts numbers without a comparator call per pair.
      const order = Int32Array.from(positions).sort();
      const out = new Array<T>(order.length);
      for (let k = 0; k < order.length; k++) out[k] = items[order[k]!]!;
      return out;
    },
  };
}

/** The UTF-16 units of a text, one by one (what FirstCharIndex keys on; a surrogate pair gives two). */
export function* codeUnits(text: string): Generator<string> {
  for (let i = 0; i < text.length; i++) yield text[i]!;
}
