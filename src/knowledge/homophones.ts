import { tonelessSyllables } from '../text/toneless-pinyin.js';

/** Fixes same-sound slips of a few key words (「底保」 → 「低保」, 「补帖」 → 「补贴」, 「临死救助」 → 「临时救助」) in a normalised question. */
export type HomophoneFixer = (text: string) => string;

const MIN_TERM = 2;
const MAX_TERM = 4;
const MIN_ACCENT_TERM = 3;
const MAX_ACCENT_TABLE = 10_000;
// A window starting or ending with one of these is more likely two words than a slip («就住在亲戚家» is
// not «救助»): grammar characters residents type all the time.
const FUNCTION_CHARS = new Set([...'的了是在就也都还不没有和与或把被给让从向对我你他她它这那哪谁啥么吗呢吧啊呀']);
const HAN = /^\p{Script=Han}+$/u;

/**
 * Builds the fixer from the key words (programme names, 申请, 材料 …) and a test of whether a run of
 * characters is a word in its own right (in the documents or in general Chinese): a run of two to four
 * Han characters that is not such a word, sounds exactly like a key word (toneless pinyin, as a pinyin
 * keyboard or voice input types it) and differs from it is replaced by it. Linear in the text's length.
 */
export function createHomophoneFixer(terms: readonly string[], isWord: (run: string) => boolean): HomophoneFixer {
  const bySound = new Map<string, string>();
  const byAccent = new Map<string, string>();
  // Two key words with one sound would make the fix a guess: neither is used.
  const add = (map: Map<string, string>, sound: string, term: string): void => {
    map.set(sound, map.has(sound) && map.get(sound) !== term ? '' : term);
  };
  for (const term of new Set(terms)) {
    if (term.length < MIN_TERM || term.length > MAX_TERM || !HAN.test(term)) continue;
    const sounds = syllables(term);
    add(bySound, sounds.join(' '), term);
    add(byAccent, sounds.map(accentFree).join(' '), term);
  }
  if (bySound.size === 0) return (text) => text;
  // The first syllable of every key word's sound: a window starting on any other syllable matches none, so
  // it is passed over without building the window's sounds.
  const firstOf = (map: Map<string, string>): Set<string> => new Set([...map.keys()].map((k) => k.split(' ')[0]!));
  const soundStarts = firstOf(bySound);
  const accentStarts = firstOf(byAccent);
  // accentFree per syllable, computed once per syllable rather than per question; a non-Han character is
  // a «syllable» too, so the table is capped.
  const accentOf = new Map<string, string>();
  const accentFreeOnce = (syllable: string): string => {
    let folded = accentOf.get(syllable);
    if (folded === undefined) {
      if (accentOf.size >= MAX_ACCENT_TABLE) accentOf.clear();
      accentOf.set(syllable, (folded = accentFree(syllable)));
    }
    return folded;
  };
  return (text) => {
    const chars = [...text];
    const sounds = syllables(text);
    if (sounds.length !== chars.length) return text;
    const accents = sounds.map(accentFreeOnce);
    let out = '';
    for (let i = 0; i < chars.length; ) {
      if (!soundStarts.has(sounds[i]!) && !accentStarts.has(accents[i]!)) {
        out += chars[i++]!;
        continue;
      }
      let fixed = false;
      for (let n = MAX_TERM; n >= MIN_TERM && !fixed; n--) {
        if (i + n > chars.length) continue;
        const run = chars.slice(i, i + n).join('');
        // The exact sound first; then, for a run of three or more (two blurred syllables match words by
        // chance: 「该找」 would become 改造), the sound as a southern accent or voice input blurs it.
        const term =
          bySound.get(sounds.slice(i, i + n).join(' ')) || (n >= MIN_ACCENT_TERM ? byAccent.get(accents.slice(i, i + n).join(' ')) : undefined);
        if (!term || term === run || !HAN.test(run)) continue;
        if (FUNCTION_CHARS.has(chars[i]!) || FUNCTION_CHARS.has(chars[i + n - 1]!) || isWord(run)) continue;
        out += term;
        i += n;
        fixed = true;
      }
      if (!fixed) out += chars[i++]!;
    }
    return out;
  };
}

/**
 * A syllable with the distinctions many residents do not make (and voice input then mishears) folded
 * away: zh/ch/sh as z/c/s, n as l, -ing/-eng as -in/-en, so 「临死救助」 (lin si) is heard as 临时救助.
 */
export function accentFree(syllable: string): string {
  return syllable.replace(/^([zcs])h/u, '$1').replace(/^n(?=[aeiouv])/u, 'l').replace(/(?<=[ie])ng$/u, 'n');
}

// One toneless syllable per character (a non-Han character is its own «syllable»).
function syllables(text: string): string[] {
  return tonelessSyllables(text).map((s) => s.toLowerCase());
}
