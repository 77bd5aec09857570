// 「她自己都吃低保」「儿子自己也有病」「可她自己癌症晚期 还得别人照顾呢」: the person who would support the applicant is in
// a plight of their own, told with 自己 (themself, even themself) right after them. Whatever the plight is called, the
// frame says it: a child named, then 自己 (都 / 也 / 还) and a hardship, is a supporter who cannot help.
import { KIN_WORDS, THIRD_PERSON_PRONOUNS } from '../text/kin-words.js';
import type { AliasHit } from './alias-match.js';

// Hardships a supporter's own life may hold, by the characters that name them (低保, 病, 癌, 瘫, 躺, 难, 穷 …); the
// frame around them (someone 自己 …) is what makes them the supporter's.
const HARDSHIP =
  '低保|贫困|困难|病|癌|瘫|躺|住院|残|照顾|养不|顾不|没钱|没工作|没收入|难|穷|吃药|要人|坐牢|监狱';
// Who the plight is told of, right before 自己: 他 / 她 / Cantonese 佢 / Wu 伊 / 人家, a relative by name, or a child by
// their place among the children (大的, 小的, 老二).
const OWN_PLIGHT = new RegExp(
  `(${THIRD_PERSON_PRONOUNS}|人家|${KIN_WORDS}|女子|仔|大的|小的|老[大二三四五幺])自己(?:都|也|还|就|本身)?[^，,。；;！!？?\\s]{0,8}?(?:${HARDSHIP})`,
  'gu',
);
// A plight told of a pronoun (or 人家) rather than of a relative named.
const BY_PRONOUN = new RegExp(`^(?:${THIRD_PERSON_PRONOUNS}|人家)$`, 'u');
// Someone said to exist before the plight (有个仔, 闺女是有一个), not denied (没有, 无).
const SOMEONE_THERE = /(?<![没无冇])有/u;

/**
 * The plights of a supporter an answer tells, as hits of `choice` (the form's supporter unable to help), at most
 * the last one. Told of 他 / 她 they count only after someone is said to exist: 「没儿没女 他自己一身病」 speaks of
 * the applicant.
 */
export function supporterPlightHits(text: string, choice: string): AliasHit[] {
  const hits: AliasHit[] = [];
  for (const match of text.matchAll(OWN_PLIGHT)) {
    const start = match.index;
    const byPronoun = BY_PRONOUN.test(match[1]!);
    if (byPronoun && !SOMEONE_THERE.test(text.slice(0, start))) continue;
    hits.push({ choice, word: match[0], start, end: start + match[0].length });
  }
  return hits.slice(-1);
}
