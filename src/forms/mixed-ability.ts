/**
 * 「自己能慢慢走 做饭洗澡得有人帮着」: one clause tells what the person can do, another what they need help
 * with. Said in separate clauses, without a 但 between, that is still partly able (the form's mixed choice).
 */
import { cutText } from '../text/well-formed.js';

// The chores of a day by which caseworkers judge looking after oneself: those CAN reads as going well enough, and
// bathing, which a story names as often beside the help needed (「洗澡得俺过去帮」) as beside what one manages.
const CHORES = '做饭|煮饭|烧饭|吃饭|穿衣|洗衣|走路|上厕所';
const DAILY_CHORE = new RegExp(`${CHORES}|洗澡`, 'u');

// A clause that says the person can do something, not that they cannot (不能, 不会, 没法).
// Round 33: a daily task said to go well enough (「做饭还凑合」「吃饭穿衣还行」).
// Round 46: or with the verb's own 得动 / 得来 (「饭还烧得动」「路还走得动」「衣裳穿得来」), asked of nobody.
const CAN = new RegExp(
  `(?<![不没])(?:能|会|可以)(?!不|自理)|自己(?:来|弄|做|走|吃|穿)|(?:${CHORES})[^，,。\\s]{0,3}(?:还凑合|凑合|还行|还可以|没问题)|(?<![不没])[\\p{Script=Han}]得(?:动|来)(?![吗么嘛])`,
  'u',
);
const CANNOT = /不能|不会|没法|动不了|起不来|下不了/u;
// A clause that says someone else has to help with something (「洗澡上街得有人跟着」: go along, too).
// Round 33: the writer who goes back to help (「洗澡得我回去帮他」).
const NEEDS_HELP =
  /(?:得|要|需要|靠)(?:有)?(?:人|别人|邻居|家里人|儿女|女儿|儿子|老伴|护工|我|俺|我们)?(?:回去|过去|去)?(?:帮|扶|照顾|喂|看着|伺候|跟着|陪着|领着)|帮着|帮忙/u;

// 「能不能帮帮忙」「麻烦帮个忙」 in a story: the office asked for a hand, not someone who helps the person at home.
const ASKS_FOR_A_HAND = /帮(?:个|点)?忙|帮帮/gu;

/** True when one clause of the answer says what the person can do and another what they need help with. */
export function canButNeedsHelp(answer: string): boolean {
  return mixedClauses(answer, () => true);
}

/**
 * 「做饭还能凑合 洗澡得俺过去帮」 in a longer story: the clause of what the person manages names a chore of the day,
 * so that 「这种可以申请吗」 beside 「吃饭都要人喂」 is not read as partly able.
 */
export function choreManagedButHelpNeeded(story: string): boolean {
  return mixedClauses(story.replace(ASKS_FOR_A_HAND, ' '), (clause) => DAILY_CHORE.test(clause));
}

function mixedClauses(text: string, canClause: (clause: string) => boolean): boolean {
  const clauses = cutText(text, 500)
    .split(/[\s，,。；;!！]+/u)
    .filter((c) => c.length > 0);
  const can = clauses.findIndex((c) => CAN.test(c) && !CANNOT.test(c) && !NEEDS_HELP.test(c) && canClause(c));
  const needs = clauses.findIndex((c) => NEEDS_HELP.test(c));
  return can >= 0 && needs >= 0 && can !== needs;
}

// Round 32: heavy or farm work one can no longer do (「就是不能干重活了」「重活做不动」「挑水不行了」) is no part of
// looking after oneself, so it never makes an answer «partly» able.
const HEAVY_WORK =
  /(?:重活|农活|力气活|体力活|地里的?活|种地|挑水|挑担)[^，,。\s]{0,3}(?:干不了|干不动|做不了|做不动|不行|不能干|不能做|不得行|干不得)(?:了)?|(?:不能|没法|干不了|做不了|干不动|做不动)(?:再)?(?:干|做)?(?:重活|农活|力气活|体力活|地里的?活|种地)(?:了)?/gu;

/** The answer with what it says of heavy or farm work left out, for reading how the person looks after themselves. */
export function withoutHeavyWork(answer: string): string {
  return answer.replace(HEAVY_WORK, ' ');
}
