import { allMatches } from '../../text/matches.js';
import { NUMBER_SOURCE, parseChineseNumber } from '../../text/chinese-number.js';
import { found, type FoundEntity } from './found.js';

const N = `(${NUMBER_SOURCE})`;
// An age said without 岁 must look like one: a numeral with 十 (七十七, 五十八) or two Arabic digits.
const AGE_LIKE = '([一二两三四五六七八九]?十[一二三四五六七八九]?|[一二三四五六七八九]十|[1-9][0-9])';
const AFTER = '(?![0-9零一二两三四五六七八九十百千万块元天年月号次个届级斤岁多])';
const PERSON =
  '(?:我|俺|他|她|老伴|老伴儿|老人|老头|老太|老爷子|老太太|我妈|我爸|俺娘|俺爹|母亲|父亲|孩子|儿子|女儿|孙子|孙女|闺女|丈夫|妻子|爱人|老公|老婆|本人|大爷|奶奶|爷爷)';
const PATTERNS: RegExp[] = [
  new RegExp(`${N}(?:多|来)?(?:周)?岁(?!月)`, 'gu'),
  new RegExp(`(?:年龄|年纪)(?:是|有|已经)?[:：]?\\s*${N}(?!万|千|元|块)`, 'gu'),
  new RegExp(`(?:今年|已经|都|快|已|${PERSON})(?:都|已经|快|也)?${AGE_LIKE}(?:多|来)?了?${AFTER}`, 'gu'),
  new RegExp(`(?:^|[\\s，,。])${AGE_LIKE}(?:多|来)?了(?![0-9零一二两三四五六七八九十])`, 'gu'),
  new RegExp(`(?:年过|年近)${N}(?:旬)?`, 'gu'),
];

/** Ages: 「七十八岁」→78, 「今年65了」→65, 「八十多岁」→80 (a lower bound, as the resident gave it). */
export function extractAges(text: string): FoundEntity[] {
  const out: FoundEntity[] = [];
  for (const pattern of PATTERNS) {
    for (const match of allMatches(pattern, text)) {
      let age = parseChineseNumber(match[1] ?? '');
      const span = match[0].replace(/^[\s，,。]/u, '');
      if (age === undefined) continue;
      if (match[0].includes('旬')) age *= 10;
      if (!Number.isInteger(age) || age < 0 || age > 120) continue;
      const start = match.index + (match[0].length - span.length);
      if (out.some((e) => e.start < start + span.length && start < e.end)) continue;
      out.push(found('age', age, span, start));
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
