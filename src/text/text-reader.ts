import { normalizeDialect } from './dialect.js';
import { glossEnglish } from './english-gloss.js';
import { createPinyinReader, type PinyinReader } from './pinyin-reader.js';
import { PINYIN_WORDS } from './pinyin-words.js';
import { toSimplified } from './to-simplified.js';
import { fixSlips } from './typing-slips.js';

/**
 * Turns what a resident typed into the text the dialogue reads: English words in a Chinese message glossed,
 * simplified characters, pinyin spelt out, dialect words in Mandarin, slips fixed.
 */
export type TextReader = (text: string) => string;

/** A reader over the phrases the bot knows (intent examples, form choices), for pinyin messages. */
export function createTextReader(phrases: readonly string[]): TextReader {
  const pinyin = createPinyinReader([...phrases, ...PINYIN_WORDS]);
  // Dialect words are read after the characters are simplified (係 of 關係 is gone by then) and before the slips, so
  // that 加埋 (all told), 冇 (none) and 𠊎 (I) reach the form readers as the Mandarin they know.
  return (text) => fixSlips(normalizeDialect(spellOut(glossEnglish(withPinyinUnits(text)), pinyin)));
}

// 「1.5 wan」「三 wan」: a figure then wan is ten thousand, before the pinyin reader could make it 晚 (or read the point away).
// A figure's match starts at the figure's first character only (the lookbehind): tried from inside a long run of
// figures with no wan after it, it was quadratic.
const FIGURE_WAN =
  /(?<![0-9.一二两三四五六七八九十几])([0-9]+(?:\.[0-9]+)?|[一二两三四五六七八九十几]+)\s*wan(?![a-zA-Z])/giu;
// Round 45: 「4kou人」「3 ge ren」: a count's word typed in pinyin after a figure is 口 / 个 (and ren 人).
const FIGURE_COUNT = /([0-9]{1,2}|[一二两三四五六七八九十]{1,3})\s*(kou|ge)(?:\s*(ren))?(?![a-zA-Z])/giu;
const COUNT_WORDS: Readonly<Record<string, string>> = { kou: '口', ge: '个' };

// Round 36: an amount typed wholly in pinyin (「zi ji fu le wu wan liu zuo you」: 五万六): a digit, then 百 / 千 / 万, then
// one more digit or a word of money or about (kuai, yuan, duo, zuo you); so 把钱 (ba qian), 以前 (yi qian) and 就完了
// (jiu wan le) stay words.
const PINYIN_DIGITS: Readonly<Record<string, string>> = {
  yi: '一',
  er: '二',
  liang: '两',
  san: '三',
  si: '四',
  wu: '五',
  liu: '六',
  qi: '七',
  ba: '八',
  jiu: '九',
};
const PINYIN_UNITS: Readonly<Record<string, string>> = { bai: '百', qian: '千', wan: '万' };
const PINYIN_AMOUNT =
  /(?<![a-zA-Z])(liang|san|si|wu|liu|qi|ba|jiu|yi(?=\s{0,2}(?:wan|bai)))\s{0,2}(bai|qian|wan)(?:\s{1,2}(yi|er|liang|san|si|wu|liu|qi|ba|jiu)(?![a-zA-Z])|(?=\s{0,2}(?:kuai|yuan|duo|zuo\s{0,2}you|lai)(?![a-zA-Z])))/giu;

/** The text with a figure's unit typed in pinyin written as the character (1.5 wan → 1.5万, wu wan liu → 五万六, 4kou → 4口). */
export function withPinyinUnits(text: string): string {
  return text
    .replace(FIGURE_WAN, '$1万')
    .replace(
      FIGURE_COUNT,
      (_all, figure: string, word: string, ren: string | undefined) =>
        `${figure}${COUNT_WORDS[word.toLowerCase()] ?? ''}${ren ? '人' : ''}`,
    )
    .replace(
      PINYIN_AMOUNT,
      (_all, digit: string, unit: string, next: string | undefined) =>
        `${PINYIN_DIGITS[digit.toLowerCase()] ?? ''}${PINYIN_UNITS[unit.toLowerCase()] ?? ''}${next ? (PINYIN_DIGITS[next.toLowerCase()] ?? '') : ''}`,
    );
}

/**
 * The text in simplified characters: a message typed wholly in pinyin spelt out, else traditional characters
 * made simplified, then any pinyin run inside characters spelt out. Without a reader, only the characters.
 */
export function spellOut(text: string, pinyin?: PinyinReader): string {
  const simplified = pinyin?.read(text) ?? toSimplified(text);
  return pinyin?.readMixed(simplified) ?? simplified;
}
