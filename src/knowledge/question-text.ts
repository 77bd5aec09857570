import type { PinyinReader } from '../text/pinyin-reader.js';
import { glossEnglish } from '../text/english-gloss.js';
import { normalizeDialect } from '../text/dialect.js';
import { emojiAsSpaces } from '../text/emoji.js';
import { normalizeText } from '../text/normalize.js';
import { spellOut } from '../text/text-reader.js';

/** Rewrites a resident's question into the words the knowledge base reads (see createQuestionReader). */
export type QuestionReader = (text: string) => string;

/**
 * Words residents ask with that the formal documents seldom use; the pinyin reader learns their sound
 * from them, so 「zenme shenqing」 is read as 「怎么申请」 and not as characters that merely sound alike.
 */
export const QUESTION_PHRASES: readonly string[] = [
  '怎么申请', '怎么办理', '怎么领', '怎么弄', '怎么办', '需要什么材料', '要带什么', '要准备哪些', '去哪里办', '到哪儿',
  '找谁', '谁管', '哪个部门', '多长时间', '多久', '几天', '能不能', '可不可以', '可以吗', '有没有', '是什么',
  '什么条件', '够不够', '算不算', '我家', '我想', '我妈', '我爸', '老伴', '孩子', '老人', '请问', '看病', '上学',
  '住院', '怎么交', '交多少', '没钱', '没有钱', '帮忙', '帮助', '补助', '补贴', '能领', '多少', '电话', '在哪', '进度', '结果',
  // A question mostly ends in 「吗」: a final 「ma」 is read so, not as the 「妈」 of 「我妈」.
  '行吗', '能吗', '对吗', '申请吗',
  // A spoken question often ends in a particle («zen me shen qing a»), which the documents never use:
  // without it the whole pinyin message would not be read.
  '啊', '呀', '呢',
];

/**
 * Builds the reader every question (and every resident-word list: synonym keys, hardship words,
 * neighbouring services) goes through before it is matched: normalised (full-width, case, spaces), a
 * message typed in toneless pinyin spelt out in characters (「dibao zenme shenqing」, or a pinyin run
 * inside characters), traditional characters made simplified (「申請」 → 「申请」), the slips residents
 * type fixed (synonyms.yaml `corrections`: 「低宝」 → 「低保」, 「身请」 → 「申请」), other same-sound slips
 * of key words fixed (`fixSounds`, see homophones.ts), and dialect put into Mandarin (「咋」 → 「怎么」,
 * 「莫得」 → 「没有」), so that 「俺想身请低宝咋弄」 names 低保 and asks how to apply like 「我想申请低保怎么弄」
 * does. The lists are fixed strings: one linear pass each; the pinyin reader is bounded by its own cap.
 */
export function createQuestionReader(
  corrections: Readonly<Record<string, string>>,
  fixSounds: (text: string) => string = (t) => t,
  pinyin?: PinyinReader,
): QuestionReader {
  const table = new Map<string, string>();
  for (const [slip, meant] of Object.entries(corrections)) {
    const key = normalizeText(slip);
    if (key !== '') table.set(key, normalizeText(meant));
  }
  // Longest slips first, so a longer one is fixed before a shorter one inside it could be.
  const keys = [...table.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
  const pattern = keys.length > 0 ? new RegExp(keys.join('|'), 'gu') : undefined;
  return (text) => {
    // Emoji say nothing the documents can match, and one inside a pinyin message («jiu zhu 🙏 zen me
    // shen qing») would stop it being read as pinyin: each becomes a space.
    const typed = normalizeText(emojiAsSpaces(text));
    // Dialect and the English words of work (搵工, layoff) first too, before a Latin word could be read as pinyin.
    // English words dropped in (「medical bills好高 有啥assistance可以apply吗」) are read as the dialogue reads them.
    const normal = spellOut(glossEnglish(normalizeDialect(typed)), pinyin);
    const fixed = pattern ? normal.replace(pattern, (slip) => table.get(slip) ?? slip) : normal;
    return normalizeDialect(fixSounds(fixed));
  };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
