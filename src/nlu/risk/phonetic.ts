import { pinyin } from 'pinyin-pro';

/** Reads homophones and typed pinyin of trigger phrases as the phrases themselves. */
export interface PhoneticReader {
  /** The text with every phonetic match rewritten to its trigger, and the triggers read that way. */
  rewrite(text: string): { text: string; read: string[] };
}

/** Settings of createPhoneticReader (from risk/signals.yaml `phonetic`). */
export interface PhoneticOptions {
  triggers: readonly string[];
  /** A homophone of a short trigger counts only in a message this matches. */
  context: RegExp;
  /** Triggers of fewer syllables need the context. */
  minSyllables: number;
  /** Spans never read as a homophone. */
  never: readonly string[];
}

interface Trigger {
  text: string;
  syllables: readonly string[];
  /** The pinyin written without spaces: how a resident types it. */
  compact: string;
}

const HAN = /\p{Script=Han}/u;
const LATIN_RUN = /[a-z]+(?:[ '-][a-z]+)*/gu;
// Typed pinyin shorter than this must cover whole words: 「qu si」 yes, inside 「quasi」 no.
const MIN_INSIDE_WORD = 5;

const readingCache = new Map<string, readonly string[]>();

/** Every toneless reading of one Han character (了 → le, liao), from pinyin-pro, cached for the process. */
function readings(char: string): readonly string[] {
  let found = readingCache.get(char);
  if (!found) {
    found = HAN.test(char) ? pinyin(char, { toneType: 'none', type: 'array', multiple: true, v: true }) : [];
    // The cache is bounded by the number of distinct Han characters (about 90k at worst).
    readingCache.set(char, found);
  }
  return found;
}

interface Replacement {
  start: number;
  end: number;
  to: string;
}

function applyReplacements(text: string, replacements: Replacement[]): string {
  if (replacements.length === 0) return text;
  replacements.sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const r of replacements) {
    if (r.start < at) continue;
    out += text.slice(at, r.start) + r.to;
    at = r.end;
  }
  return out + text.slice(at);
}

/**
 * Builds the reader: each trigger's pinyin comes from pinyin-pro (in context, so 一了百了 is yi liao bai
 * liao); each character of a message is compared by all its readings, so 自沙, 紫砂 and 自杀 all read zi sha.
 */
export function createPhoneticReader(options: PhoneticOptions): PhoneticReader {
  const triggers: Trigger[] = options.triggers.map((text) => {
    const syllables = pinyin(text, { toneType: 'none', type: 'array', v: true });
    return { text, syllables, compact: syllables.join('') };
  });
  // Longest first, so 我不想活了 wins over 不想活.
  triggers.sort((a, b) => b.syllables.length - a.syllables.length);
  const byFirst = new Map<string, Trigger[]>();
  for (const trigger of triggers) {
    const first = trigger.syllables[0];
    if (first === undefined) continue;
    const bucket = byFirst.get(first) ?? [];
    bucket.push(trigger);
    byFirst.set(first, bucket);
  }
  const never = new Set(options.never);

  const readHan = (text: string, replacements: Replacement[], read: string[]): void => {
    let contextSeen: boolean | undefined;
    const chars = Array.from(text);
    const offsets: number[] = [];
    let offset = 0;
    for (const char of chars) {
      offsets.push(offset);
      offset += char.length;
    }
    offsets.push(offset);
    for (let i = 0; i < chars.length; i++) {
      const first = readings(chars[i] ?? '');
      if (first.length === 0) continue;
      let matched: Trigger | undefined;
      for (const reading of first) {
        for (const trigger of byFirst.get(reading) ?? []) {
          const n = trigger.syllables.length;
          if (i + n > chars.length) continue;
          let ok = true;
          for (let k = 1; k < n && ok; k++)
            ok = readings(chars[i + k] ?? '').includes(trigger.syllables[k] ?? '');
          if (!ok) continue;
          const span = chars.slice(i, i + n).join('');
          if (span === trigger.text || never.has(span)) continue;
          if (n < options.minSyllables) {
            contextSeen ??= options.context.test(text);
            if (!contextSeen) continue;
          }
          if (!matched || n > matched.syllables.length) matched = trigger;
        }
      }
      if (matched) {
        const n = matched.syllables.length;
        replacements.push({ start: offsets[i] ?? 0, end: offsets[i + n] ?? text.length, to: matched.text });
        read.push(matched.text);
        i += n - 1;
      }
    }
  };

  const readLatin = (text: string, replacements: Replacement[], read: string[]): void => {
    LATIN_RUN.lastIndex = 0;
    let run: RegExpExecArray | null;
    while ((run = LATIN_RUN.exec(text)) !== null) {
      const base = run.index;
      // The run without its separators, with a map back to offsets in the text and the word boundaries.
      let compact = '';
      const at: number[] = [];
      const starts = new Set<number>([0]);
      const ends = new Set<number>();
      for (let k = 0; k < run[0].length; k++) {
        const ch = run[0][k] ?? '';
        if (/[a-z]/u.test(ch)) {
          compact += ch;
          at.push(base + k);
        } else {
          ends.add(compact.length);
          starts.add(compact.length);
        }
      }
      ends.add(compact.length);
      const taken: boolean[] = [];
      for (const trigger of triggers) {
        const c = trigger.compact;
        if (c.length === 0) continue;
        for (let from = compact.indexOf(c); from !== -1; from = compact.indexOf(c, from + 1)) {
          const to = from + c.length;
          if (!ends.has(to)) continue;
          if (c.length < MIN_INSIDE_WORD && !starts.has(from)) continue;
          if (taken.slice(from, to).some(Boolean)) continue;
          for (let k = from; k < to; k++) taken[k] = true;
          const start = at[from] ?? base;
          const end = (at[to - 1] ?? base) + 1;
          replacements.push({ start, end, to: trigger.text });
          read.push(trigger.text);
        }
      }
    }
  };

  return {
    rewrite(text: string) {
      const replacements: Replacement[] = [];
      const read: string[] = [];
      readHan(text, replacements, read);
      readLatin(text, replacements, read);
      return { text: applyReplacements(text, replacements), read };
    },
  };
}
