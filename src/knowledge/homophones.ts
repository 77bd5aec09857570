import { pinyin } from 'pinyin-pro';

/** Fixes same-sound slips of a few key words (「底保」 → 「低保」, 「补帖」 → 「补贴」) in a normalised question. */
export type HomophoneFixer = (text: string) => string;

const MIN_TERM = 2;
const MAX_TERM = 4;
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
  for (const term of new Set(terms)) {
    if (term.length < MIN_TERM || term.length > MAX_TERM || !HAN.test(term)) continue;
    const sound = syllables(term).join(' ');
    // Two key words with one sound would make the fix a guess: neither is used.
    bySound.set(sound, bySound.has(sound) && bySound.get(sound) !== term ? '' : term);
  }
  if (bySound.size === 0) return (text) => text;
  return (text) => {
    const chars = [...text];
    const sounds = syllables(text);
    if (sounds.length !== chars.length) return text;
    let out = '';
    for (let i = 0; i < chars.length; ) {
      let fixed = false;
      for (let n = MAX_TERM; n >= MIN_TERM && !fixed; n--) {
        if (i + n > chars.length) continue;
        const run = chars.slice(i, i + n).join('');
        const term = bySound.get(sounds.slice(i, i + n).join(' '));
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

// One toneless syllable per character (a non-Han character is its own «syllable»).
function syllables(text: string): string[] {
  return pinyin(text, { toneType: 'none', type: 'array', v: true }).map((s) => s.toLowerCase());
}
