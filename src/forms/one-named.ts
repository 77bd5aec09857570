// 「两个娃 大的初三 小的三年级 先给大的申请」: several people told, each with their own choice, then the one the help is
// for named again (给大的, 就给老大申请). The words told of that one are the answer; the others are only the family.
// Fixed word lists and one bounded run: linear in the answer.

// How residents tell one of several apart: by age among siblings or by kin word.
const WHICH =
  '大的|小的|大点的|小点的|老大|老二|老三|老小|老幺|大儿子|小儿子|二儿子|大女儿|小女儿|二女儿|大闺女|小闺女|大孙子|小孙子|大孙女|小孙女|大娃|小娃|哥哥|姐姐|弟弟|妹妹';
const WHICH_WORD = new RegExp(`(?:${WHICH})`, 'u');
// The one named as whom the help is for: 先给大的申请, 就给老大, 帮小的那个办, 主要是大的那个.
const FOR_WHICH = new RegExp(
  `(?:给|帮|替|为|主要是|申请的是|报的是)(${WHICH})(?:那个|那一个|的)?(?:申请|办|报|弄|吧|就行|$|[\\s，,。；;！!])`,
  'u',
);
const CLAUSE_END = /[\s，,。；;！!？?]/u;

/**
 * The words told of the one person an answer names as whom the help is for, among several told (from where that one
 * is first named to the end of its clause, or to the next person named); undefined when the answer names no such one
 * or tells nothing of them before.
 */
export function oneNamedSpan(text: string): string | undefined {
  const named = FOR_WHICH.exec(text);
  if (!named) return undefined;
  const who = named[1]!;
  const first = text.indexOf(who);
  if (first < 0 || first >= named.index) return undefined;
  const from = first + who.length;
  const rest = text.slice(from, named.index);
  const ends = [rest.search(CLAUSE_END), rest.search(WHICH_WORD)].filter((i) => i >= 0);
  const end = ends.length > 0 ? Math.min(...ends) : rest.length;
  const span = rest.slice(0, end);
  return span.trim().length > 0 ? span : undefined;
}
