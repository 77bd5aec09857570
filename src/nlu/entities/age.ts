import { NUMBER_SOURCE, parseChineseNumber } from '../../text/chinese-number.js';
import { found, type FoundEntity } from './found.js';

const N = `(${NUMBER_SOURCE})`;
const PATTERNS: RegExp[] = [
  new RegExp(`${N}(?:多|来)?(?:周)?岁(?!月)`, 'gu'),
  new RegExp(`(?:年龄|年纪)(?:是|有|已经)?[:：]?\\s*${N}(?!万|千|元|块)`, 'gu'),
  new RegExp(`(?:今年|已经|都)${N}(?:多|来)?了(?!万|千|元|块|天|年|个)`, 'gu'),
  new RegExp(`(?:年过|年近)${N}(?:旬)?`, 'gu'),
];

/** Ages: 「七十八岁」→78, 「今年65了」→65, 「八十多岁」→80 (a lower bound, as the resident gave it). */
export function extractAges(text: string): FoundEntity[] {
  const out: FoundEntity[] = [];
  for (const pattern of PATTERNS) {
    for (const match of text.matchAll(pattern)) {
      let age = parseChineseNumber(match[1] ?? '');
      if (age === undefined) continue;
      if (match[0].includes('旬')) age *= 10;
      if (!Number.isInteger(age) || age < 0 || age > 120) continue;
      const start = match.index ?? 0;
      if (out.some((e) => e.start < start + match[0].length && start < e.end)) continue;
      out.push(found('age', age, match[0], start));
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
