import { allMatches } from '../text/matches.js';
import { parseChineseNumber } from '../text/chinese-number.js';
import { MAX_MESSAGE_CHARS } from '../text/limits.js';
import { cutText } from '../text/well-formed.js';

// One member each: the writer and the kin residents list when asked how many live in the household.
// Round 43: 老娘 / 老爹 (one's own mother and father, as the north says them) too; not 俺娘 alone, which a relative
// applying names (「户口本上就俺娘一个 俺早分户了」).
// Round 45: 「还有俩孙子」: 俩 / 仨 count the kin they stand before.
const MEMBER =
  /(?:([0-9]|[一二两三四五六七八九])个|([俩仨])(?:个)?)?(孩子|儿子|女儿|闺女|孙子|孙女|外孙女?|小孩|娃)|老伴儿?|老婆子?|老公|爱人|丈夫|妻子|媳妇|(?<=[我俺])(?:男人|女人)|老头子?|儿媳妇?|女婿|父亲|母亲|爸爸|妈妈|我爸|我妈|老娘|老爹|老爸|老妈|婆婆|公公|奶奶|爷爷|姥姥|姥爷|外婆|外公|哥哥|姐姐|弟弟|妹妹|岳父|岳母/gu;
const WRITER = /(?:^|[就有、，,:：\s和跟])(?:我|俺)(?:自己)?(?![爸妈老婆公儿女孙哥姐弟妹家们])/u;
// The words that join a list: 我、老公、两个孩子，还有婆婆 / 我和老伴跟孙子.
const JOINED = /[、，,\s]|和|跟|还有|以及|加上/u;
/**
 * What follows a count of the earners, not of the household: 「公公婆婆两个人养老金加起来三百」 counts who draws
 * the pension. (A lookahead for the readers of a household's count.)
 */
export const EARNERS_AFTER = '(?:的)?(?:养老金|退休金|退休工资|工资|低保金?|补贴|收入|加起来|加一块|合起来)';

// Kin that 俩 / 仨 may count inside a list (「还有俩孙子」), as MEMBER reads them.
const COUNTED_KIN = '(?:个)?(?:孩子|儿子|女儿|闺女|孙子|孙女|外孙|小孩|娃)';
// A count said outright (三口人, 五个人, 我们俩) is the answer; the list is only read when none is said.
const COUNT_SAID = new RegExp(
  `(?:[0-9]{1,2}|[一二两三四五六七八九十]{1,3})(?:口|个人|人)(?!${EARNERS_AFTER})|[俩仨](?!人?${EARNERS_AFTER})(?!${COUNTED_KIN})`,
  'u',
);

// Pairs named in one word: 公婆 (husband's parents), 爸妈, 父母, 岳父母 are two people each.
// 「公公婆婆」 names them one by one, not the pair again.
const PAIR = /(?<!公)公婆(?!婆)|爸妈|父母|岳父母/gu;
// The single kin a pair's word also holds (「我爸妈」 reads 我爸 too; 「我爸我妈 …我爸妈」 names both again), counted in
// the pair instead.
const IN_PAIR: Readonly<Record<string, readonly string[]>> = { 爸妈: ['爸', '妈'], 岳父母: ['岳父'] };

/**
 * The household size from a list of its members, when no count is said: 「我、我老公、两个孩子，还有我婆婆」
 * → 5. Undefined unless at least two members are listed with joining words.
 */
export function countListedMembers(answer: string): number | undefined {
  const text = cutText(answer, MAX_MESSAGE_CHARS);
  if (COUNT_SAID.test(text) || !JOINED.test(text)) return undefined;
  // Each kin counted once: 「…还有我老公 家里就靠老公打工」 names the husband twice.
  const members = new Map<string, number>();
  for (const match of allMatches(MEMBER, text)) {
    const kin = (match[3] ?? match[0]).replace(/^我/u, '');
    const said = match[1] ?? match[2];
    const many = said === undefined ? 1 : (parseChineseNumber(said) ?? 1);
    members.set(kin, Math.max(members.get(kin) ?? 0, many));
  }
  for (const match of allMatches(PAIR, text)) {
    members.set(match[0], 2);
    for (const single of IN_PAIR[match[0]] ?? []) members.delete(single);
  }
  const writer = WRITER.test(text) ? 1 : 0;
  const listed = writer + members.size;
  const count = writer + [...members.values()].reduce((sum, n) => sum + n, 0);
  return listed >= 2 && count >= 2 && count <= 20 ? count : undefined;
}
