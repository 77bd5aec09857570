import { normalizeDialect } from '../text/dialect.js';
import { normalizeText } from '../text/normalize.js';

/** Rewrites a resident's question into the words the knowledge base reads (see createQuestionReader). */
export type QuestionReader = (text: string) => string;

/**
 * Builds the reader every question (and every resident-word list: synonym keys, hardship words,
 * neighbouring services) goes through before it is matched: normalised (full-width, case, spaces), the
 * slips residents type fixed (synonyms.yaml `corrections`: 「低宝」 → 「低保」, 「身请」 → 「申请」), and
 * other same-sound slips of key words fixed (`fixSounds`, see homophones.ts), and dialect put into Mandarin (「咋」 → 「怎么」, 「莫得」 → 「没有」), so that 「俺想身请低宝咋弄」 names 低保
 * and asks how to apply like 「我想申请低保怎么弄」 does. Both lists are fixed strings: one linear pass each.
 */
export function createQuestionReader(corrections: Readonly<Record<string, string>>, fixSounds: (text: string) => string = (t) => t): QuestionReader {
  const table = new Map<string, string>();
  for (const [slip, meant] of Object.entries(corrections)) {
    const key = normalizeText(slip);
    if (key !== '') table.set(key, normalizeText(meant));
  }
  // Longest slips first, so a longer one is fixed before a shorter one inside it could be.
  const keys = [...table.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
  const pattern = keys.length > 0 ? new RegExp(keys.join('|'), 'gu') : undefined;
  return (text) => {
    const normal = normalizeText(text);
    const fixed = pattern ? normal.replace(pattern, (slip) => table.get(slip) ?? slip) : normal;
    return normalizeDialect(fixSounds(fixed));
  };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
