/**
 * Clauses of an answer about money, for readers that take each amount with the words of its own clause.
 * Residents often write a whole story without punctuation: 「本来一个月七千现在就我一个人四千五」 or
 * 「种地一年六千再就是养老金一个月三百」. Besides punctuation and spaces, a clause also breaks where the
 * time switches from before to now (现在 after 本来 / 以前 …) and where another source of money is joined on
 * (再就是, 再加上 …), so that a past figure or a sub-total does not speak for the amount next to it.
 */

const HARD_BREAK = /[，,。；;!！?？\s\u3000]/u;
// A clause about an earlier time; a 现在 after it in the same run starts the present.
const PAST = /原来|以前|之前|过去|本来|那时候?|早先|没出事(?:以)?前|没生病(?:以)?前/u;
const NOW = /现在|目前|如今|眼下/gu;
const PAST_AT = new RegExp(PAST.source, 'gu');
// Words that join another source of money onto the one before.
const SOURCE_JOIN = /再就是|再加上|还有就是|另外还有|再有就是/gu;
// 「…一个月三千五我病退了每个月一千二」: a member of the household named right after an amount starts the next
// earner's clause.
const EARNER_AFTER_AMOUNT =
  /(?<=[0-9零〇一二两三四五六七八九十百千万块元])(?=(?:我|俺|他|她|老公|老婆|媳妇|爱人|老伴|儿子|女儿|闺女)(?!们)[^0-9零〇一二两三四五六七八九十百千万]{0,8}?(?:每个月|一个月|每月|一年|上班|打工|退休|病退|养老金|退休金|工资|挣|领|拿))/gu;
// Past this many characters the text is no answer about money; the breaks past it are not looked for.
const MAX_SCAN = 4000;

/** Where clauses begin inside runs of text without punctuation: a 现在 after a past time, a joined source. */
function softBreaks(text: string): number[] {
  const scan = text.slice(0, MAX_SCAN);
  // The start of each position's run (after the last hard break before it), found in one pass: asking each time word
  // to look back over its run made a long run of them quadratic.
  const runStarts = new Int32Array(scan.length + 1);
  for (let i = 0, start = 0; i <= scan.length; i++) {
    runStarts[i] = start;
    if (i < scan.length && HARD_BREAK.test(scan[i] ?? '')) start = i + 1;
  }
  const past = [...scan.matchAll(PAST_AT)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  const now = [...scan.matchAll(NOW)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  const breaks: number[] = [];
  // Only in the same run as a past time word: 「我现在一个月两千」 keeps who earns it with the amount; and (「现在没有收入
  // 了以前一个月五千多」) a past time word after a 现在 in the same run starts the past's clause.
  breaks.push(...after(now, past, runStarts), ...after(past, now, runStarts));
  for (const match of scan.matchAll(SOURCE_JOIN)) if (match.index > 0) breaks.push(match.index);
  for (const match of scan.matchAll(EARNER_AFTER_AMOUNT)) if (match.index > 0) breaks.push(match.index);
  return breaks.sort((a, b) => a - b);
}

interface Span {
  start: number;
  end: number;
}

/** The starts of the `words` that some `earlier` word precedes within the same run (both lists in text order). */
function after(words: readonly Span[], earlier: readonly Span[], runStarts: Int32Array): number[] {
  const found: number[] = [];
  let next = 0;
  let latestStart = -1;
  for (const word of words) {
    while (next < earlier.length && earlier[next]!.end <= word.start) {
      latestStart = Math.max(latestStart, earlier[next]!.start);
      next++;
    }
    const runStart = runStarts[word.start]!;
    if (word.start > runStart && latestStart >= runStart) found.push(word.start);
  }
  return found;
}

/** The answer cut into its clauses: at punctuation and spaces, and at the soft breaks above. */
export function moneyClauses(text: string): string[] {
  const cuts = [0, ...softBreaks(text), text.length];
  const out: string[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    for (const part of text.slice(cuts[i], cuts[i + 1]).split(/[，,。；;\s\u3000]+/u))
      if (part.length > 0) out.push(part);
  }
  return out;
}

/**
 * Where every clause of `text` begins (punctuation, spaces and the soft breaks), computed once, and a look-up of
 * the clause holding a position: for readers that visit many amounts of one long text.
 */
export function moneyClauseIndex(text: string): (at: number) => number {
  const starts = [0];
  for (let i = 0; i < Math.min(text.length, MAX_SCAN); i++)
    if (HARD_BREAK.test(text[i] ?? '')) starts.push(i + 1);
  const all = [...new Set([...starts, ...softBreaks(text)])].sort((a, b) => a - b);
  return (at) => {
    let low = 0;
    let high = all.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (all[mid]! <= at) low = mid;
      else high = mid - 1;
    }
    return all[low]!;
  };
}
