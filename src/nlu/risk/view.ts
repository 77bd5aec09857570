import { allMatches } from '../../text/matches.js';
import { RequiredCharsIndex } from '../../text/required-chars.js';
import type { CompiledContext, CompiledSignals } from './signals.js';
import type { RiskAssessment } from './types.js';

/** A clause of the prepared message with its offsets and the sentence it belongs to. */
export interface Clause {
  start: number;
  end: number;
  sentence: number;
}

/** One match of a condition's pattern. */
export interface Hit {
  condition: string;
  start: number;
  end: number;
  clause: number;
  /** Matched by a fragile (hyperbole-prone) pattern. */
  fragile: boolean;
}

// How far before or after a hit a local context is looked for: negation and 如果 sit right next to what
// they govern, and the bound keeps a long clause without punctuation from making every look-up long.
const LOCAL_WINDOW = 40;
const SENTENCE_WINDOW = 160;
// A clause longer than this (voice input often has no punctuation at all) is read only around a hit by the
// clause and near scopes.
const LONG_CLAUSE = 60;
// The hits of one condition that are judged: the first and the last ones. A word repeated a thousand times
// says no more than the same word twenty times, and judging each would make the work grow with the square.
const HITS_KEPT = 20;
// Inside one clause, a story or a past ends only after at least this many characters and a reset: residents
// who type without punctuation move on to now within a clause (「去年瘫了家里全靠我一个人我今天……」).
const MIN_UNPUNCTUATED_CLAUSE = 6;

// Residents separate clauses with spaces as often as with commas; sentences end at 。！？ and line breaks.
const CLAUSE_BOUNDARY = /[\s，。！？!?；;,.、…~～：:]+/gu;
const SENTENCE_END = /[。！？!?；;]/u;
const LATIN = /[a-z0-9']/u;

// The conditions' expressions indexed by the characters they cannot match without, per compiled lexicon: a
// message is matched only against the expressions it could match (most of them need a word it lacks).
const indexes = new WeakMap<CompiledSignals, RequiredCharsIndex>();
function conditionIndex(signals: CompiledSignals): RequiredCharsIndex {
  let index = indexes.get(signals);
  if (!index) {
    const expressions: RegExp[] = [];
    for (const condition of signals.conditions.values()) {
      expressions.push(condition.regex);
      if (condition.fragile) expressions.push(condition.fragile);
    }
    index = new RequiredCharsIndex(expressions);
    indexes.set(signals, index);
  }
  return index;
}

function splitClauses(text: string): Clause[] {
  const clauses: Clause[] = [];
  let start = 0;
  let sentence = 0;
  for (const match of allMatches(CLAUSE_BOUNDARY, text)) {
    const end = match.index;
    // Spaces between Latin words (English, typed pinyin) are word spaces, not clause breaks.
    if (
      /^\s+$/u.test(match[0]) &&
      LATIN.test(text.charAt(end - 1)) &&
      LATIN.test(text.charAt(end + match[0].length))
    )
      continue;
    if (end > start) clauses.push({ start, end, sentence });
    if (SENTENCE_END.test(match[0])) sentence++;
    start = end + match[0].length;
  }
  if (start < text.length) clauses.push({ start, end: text.length, sentence });
  if (clauses.length === 0) clauses.push({ start: 0, end: text.length, sentence: 0 });
  return clauses;
}

/** The index of the clause containing an offset (the last clause starting at or before it). */
function clauseAt(clauses: readonly Clause[], offset: number): number {
  let low = 0;
  let high = clauses.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((clauses[mid]?.start ?? 0) <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** The clauses of a message and the hits of every condition in it (into `hits`). */
function scanMessage(text: string, signals: CompiledSignals, hits: Map<string, Hit[]>): Clause[] {
  const clauses = splitClauses(text);
  const mayMatch = conditionIndex(signals).mayMatch(text);
  for (const condition of signals.conditions.values()) {
    const found: Hit[] = [];
    if (mayMatch(condition.regex))
      for (const match of allMatches(condition.regex, text)) {
        if (match[0].length === 0) continue;
        const start = match.index;
        found.push({
          condition: condition.name,
          start,
          end: start + match[0].length,
          clause: clauseAt(clauses, start),
          fragile: false,
        });
      }
    if (condition.fragile) {
      // A fragile phrase inside a plain hit marks that hit fragile; elsewhere it is a hit of its own.
      // Plain hits are sorted and do not overlap, so one pointer walks them once.
      let k = 0;
      const plain = found.length;
      const fragileMatches = mayMatch(condition.fragile) ? allMatches(condition.fragile, text) : [];
      for (const match of fragileMatches) {
        if (match[0].length === 0) continue;
        const start = match.index;
        const end = start + match[0].length;
        while (k < plain && (found[k]?.end ?? 0) < end) k++;
        const around = found[k];
        if (k < plain && around && around.start <= start && around.end >= end) around.fragile = true;
        else
          found.push({
            condition: condition.name,
            start,
            end,
            clause: clauseAt(clauses, start),
            fragile: true,
          });
      }
      found.sort((a, b) => a.start - b.start);
    }
    if (found.length > 2 * HITS_KEPT) found.splice(HITS_KEPT, found.length - 2 * HITS_KEPT);
    if (found.length > 0) hits.set(condition.name, found);
  }
  return clauses;
}

let lastScan:
  { signals: CompiledSignals; text: string; clauses: Clause[]; hits: [string, Hit[]][] } | undefined;

/**
 * One prepared message with its clauses and hits, answering "does this context apply to that hit" in
 * the scope the context declares; answers per clause are cached, so a long message stays linear.
 */
export class MessageView {
  readonly clauses: Clause[];
  readonly hits = new Map<string, Hit[]>();
  private readonly cache = new Map<string, boolean>();
  private readonly following = new Map<string, boolean[]>();
  private readonly live = new Map<string, boolean>();

  /** `text` is what conditions match (hard negatives blanked); `contextText`, aligned with it, what contexts read. */
  constructor(
    readonly text: string,
    private readonly contextText: string,
    private readonly signals: CompiledSignals,
    private readonly previous: RiskAssessment | undefined,
  ) {
    // A turn reads its message more than once (the NLU's urgency, then the dialogue's reading in context):
    // the clauses and hits depend on the text alone, so the last message's are kept and shared (never changed
    // after they are made).
    const last = lastScan;
    if (last && last.signals === signals && last.text === text) {
      this.clauses = last.clauses;
      for (const [name, found] of last.hits) this.hits.set(name, found);
      return;
    }
    this.clauses = scanMessage(text, signals, this.hits);
    lastScan = { signals, text, clauses: this.clauses, hits: [...this.hits] };
  }

  /** True for a clause too long to be read whole as the hit's neighbourhood. */
  private isLong(index: number): boolean {
    const clause = this.clauses[index];
    return clause !== undefined && clause.end - clause.start > LONG_CLAUSE;
  }

  /** The context text within LOCAL_WINDOW of the hit, inside [start, end). */
  private window(start: number, end: number, hit: Hit): string {
    return this.contextText.slice(
      Math.max(start, hit.start - LOCAL_WINDOW),
      Math.min(end, hit.end + LOCAL_WINDOW),
    );
  }

  private clauseText(index: number): string {
    const clause = this.clauses[index];
    return clause ? this.contextText.slice(clause.start, clause.end) : '';
  }

  private cached(key: string, compute: () => boolean): boolean {
    let value = this.cache.get(key);
    if (value === undefined) {
      value = compute();
      this.cache.set(key, value);
    }
    return value;
  }

  private followingFlags(context: Extract<CompiledContext, { kind: 'pattern' }>): boolean[] {
    let flags = this.following.get(context.name);
    if (!flags) {
      // A story or a past told in one sentence does not colour the next one: a long message often
      // moves from last year's trouble to tonight's danger.
      let active = false;
      let sentence = -1;
      flags = this.clauses.map((clause, i) => {
        const text = this.clauseText(i);
        if (clause.sentence !== sentence) {
          sentence = clause.sentence;
          active = false;
        }
        if (context.regex.test(text)) active = true;
        else if (active && context.reset?.test(text)) active = false;
        return active;
      });
      this.following.set(context.name, flags);
    }
    return flags;
  }

  /** True when the named context applies to the hit (in the scope the context declares). */
  applies(name: string, hit: Hit): boolean {
    const context = this.signals.contexts.get(name);
    if (!context) return false;
    if (context.kind === 'previous') {
      const previous = this.previous;
      return previous !== undefined && previous.categories.some((c) => context.categories.has(c));
    }
    const clause = this.clauses[hit.clause];
    if (!clause) return false;
    const from = (limit: number, start: number): number => Math.max(start, hit.start - limit);
    if (context.kind === 'negation')
      return context.regex.test(this.contextText.slice(from(LOCAL_WINDOW, clause.start), hit.start));
    let found: boolean;
    switch (context.scope) {
      case 'before':
        found = context.regex.test(this.contextText.slice(from(LOCAL_WINDOW, clause.start), hit.start));
        break;
      case 'sentence_before': {
        let first = hit.clause;
        while (first > 0 && this.clauses[first - 1]?.sentence === clause.sentence) first--;
        found = context.regex.test(
          this.contextText.slice(from(SENTENCE_WINDOW, this.clauses[first]?.start ?? 0), hit.start),
        );
        break;
      }
      case 'after':
        found = context.regex.test(
          this.contextText.slice(hit.end, Math.min(clause.end, hit.end + LOCAL_WINDOW)),
        );
        break;
      case 'clause':
        found = this.isLong(hit.clause)
          ? context.regex.test(this.window(clause.start, clause.end, hit))
          : this.cached(`${name}:c${String(hit.clause)}`, () =>
              context.regex.test(this.clauseText(hit.clause)),
            );
        break;
      case 'near':
        // The clause before (in the same sentence), the clause itself, and the clause after (even past a
        // full stop: 「……没人照顾。想问问能申请什么」), never further, so a calm opening stays local.
        // A long clause (voice input without punctuation) is read only around the hit: a policy question
        // at the start of a 200-character ramble says nothing of the crisis told at its end.
        if (this.isLong(hit.clause)) {
          const before = this.clauses[hit.clause - 1];
          const after = this.clauses[hit.clause + 1];
          const start = before && before.sentence === clause.sentence ? before.start : clause.start;
          found = context.regex.test(this.window(start, after ? after.end : clause.end, hit));
          break;
        }
        found = this.cached(`${name}:n${String(hit.clause)}`, () => {
          const before = this.clauses[hit.clause - 1];
          if (
            before &&
            before.sentence === clause.sentence &&
            context.regex.test(this.clauseText(hit.clause - 1))
          )
            return true;
          return (
            context.regex.test(this.clauseText(hit.clause)) ||
            (hit.clause + 1 < this.clauses.length && context.regex.test(this.clauseText(hit.clause + 1)))
          );
        });
        break;
      case 'sentence':
        found = this.cached(`${name}:s${String(clause.sentence)}`, () => {
          const members = this.clauses.filter((c) => c.sentence === clause.sentence);
          const first = members[0];
          const last = members[members.length - 1];
          return first && last ? context.regex.test(this.contextText.slice(first.start, last.end)) : false;
        });
        break;
      case 'following':
        found = this.isLong(hit.clause)
          ? this.followingInLongClause(context, hit)
          : (this.followingFlags(context)[hit.clause] ?? false) && !this.resetBeforeHit(context, hit);
        break;
      case 'message':
        found = this.cached(`${name}:m`, () => context.regex.test(this.contextText));
        break;
      case 'message_after':
        found = this.lastMatchStart(context) >= hit.end;
        break;
    }
    if (!found) return false;
    return !context.unless.some((other) => this.applies(other, hit));
  }

  /**
   * A `following` context for a hit in a long clause (voice input without punctuation): only what comes
   * before the hit counts, and a reset after the context's last mention ends it, so that 「我老公去年工伤瘫了
   * …我今天真的不想活了」 is read as now. Without a mention before the hit, the clauses before decide.
   */
  private followingInLongClause(context: Extract<CompiledContext, { kind: 'pattern' }>, hit: Hit): boolean {
    const clause = this.clauses[hit.clause];
    if (!clause) return false;
    const start = Math.max(clause.start, hit.start - SENTENCE_WINDOW);
    const before = this.contextText.slice(start, hit.start);
    let last = -1;
    let lastEnd = -1;
    for (const match of allMatches(context.global, before)) {
      last = match.index;
      lastEnd = match.index + match[0].length;
    }
    const reset = context.reset;
    if (last >= 0) {
      const between = before.slice(lastEnd);
      return !(reset && between.length >= MIN_UNPUNCTUATED_CLAUSE && reset.test(between));
    }
    const previous = this.clauses[hit.clause - 1];
    const carried =
      previous !== undefined &&
      previous.sentence === clause.sentence &&
      (this.followingFlags(context)[hit.clause - 1] ?? false);
    return carried && !(reset && reset.test(before));
  }

  /**
   * True when, inside the hit's clause, a clause's worth of words and a reset (现在, 今天, 我 …) come
   * between the context's last mention and the hit: 「我老公去年工伤瘫了家里全靠我一个人我今天不想活了」 is
   * told now, 「梦见我跳楼了」 is still the dream.
   */
  private resetBeforeHit(context: Extract<CompiledContext, { kind: 'pattern' }>, hit: Hit): boolean {
    const clause = this.clauses[hit.clause];
    const reset = context.reset;
    if (!clause || !reset) return false;
    const before = this.contextText.slice(Math.max(clause.start, hit.start - SENTENCE_WINDOW), hit.start);
    let lastEnd = -1;
    for (const match of allMatches(context.global, before)) lastEnd = match.index + match[0].length;
    if (lastEnd < 0) return false;
    const between = before.slice(lastEnd);
    return between.length >= MIN_UNPUNCTUATED_CLAUSE && reset.test(between);
  }

  private readonly lastStarts = new Map<string, number>();

  /** Where the last match of a context starts, scanning the message once: -1 when there is none. */
  private lastMatchStart(context: Extract<CompiledContext, { kind: 'pattern' }>): number {
    let last = this.lastStarts.get(context.name);
    if (last === undefined) {
      last = -1;
      for (const match of allMatches(context.global, this.contextText)) last = match.index;
      this.lastStarts.set(context.name, last);
    }
    return last;
  }

  /** True when the condition has a hit that is neither negated nor someone else's story. */
  isLive(condition: string): boolean {
    let value = this.live.get(condition);
    if (value === undefined) {
      value = (this.hits.get(condition) ?? []).some((hit) => this.hitIsLive(hit));
      this.live.set(condition, value);
    }
    return value;
  }

  /**
   * True when the condition has a live hit apart from `anchor`: not overlapping it (one phrase read by two
   * conditions is one piece of evidence), and in another clause when it is the anchor's own condition.
   */
  isLiveApart(condition: string, anchor: Hit): boolean {
    return (this.hits.get(condition) ?? []).some(
      (hit) =>
        (hit.end <= anchor.start || hit.start >= anchor.end) &&
        (condition !== anchor.condition || hit.clause !== anchor.clause) &&
        this.hitIsLive(hit),
    );
  }

  private hitIsLive(hit: Hit): boolean {
    // Round 36: a symptom of someone who died (「男人上礼拜开三轮出车祸没了」) is no sign beside another hit.
    return (
      !this.applies('negation', hit) &&
      !this.applies('news', hit) &&
      !(hit.condition === 'acute_symptom' && this.applies('died', hit))
    );
  }
}
