// Whom an application is for, as the writer says it with 给 / 帮 … and a verb: 「给我自己申请」「帮俺娘办」
// 「帮我屋头那个弄嘛」. The span is where a relation answer is read first (its aliases), and the person named in it is
// read on its own when no alias knows the word (a voice-to-text slip, a dialect's word for a spouse, 他 / 她).
import { THIRD_PERSON_PRONOUNS } from '../text/kin-words.js';

// 「给我自己申请」「帮俺娘办」「帮我屋头那个弄」: between 给 / 为 / 替 / 帮 and the verb, in one clause. Round 46: the verbs of
// everyday speech (弄, 搞, 整, 报) as well as 申请 / 办.
const FOR_WHOM = /(?:给|为|替|帮)([^\s，,。；;！!？?…]{1,8}?)(?:申请|申报|办理|办|弄|搞|整|报)/u;

/** Where one 「给…申请」 stands in an answer: from 给 to the end of whom it names. */
export interface ForWhomSpan {
  start: number;
  end: number;
  /** The words naming the person, without 给 (「我老伴」「她」「俺自己」). */
  whom: string;
}

/**
 * Where the first 「给…申请」 of an answer names whom it is for (给 and the words after it), or undefined when none
 * does: the answer comes first (「帮我爱人申请，医疗救助是给病人本人报的吧？」), and a slip taken back is read before.
 */
export function forWhomSpan(text: string): ForWhomSpan | undefined {
  const match = FOR_WHOM.exec(text);
  if (match?.index === undefined) return undefined;
  // From the 给 on: some words for oneself hold it (给我, 给俺).
  const whom = match[1]!;
  return { start: match.index, end: match.index + 1 + whom.length, whom };
}

// The writer as owner: 我, 俺, 咱, Minnan 阮, with 家 / 的 / 屋头 / 屋里 / 这个 / 那个 after it (我屋头那个, 俺家的).
const MINE = /^(?:我|俺|咱|阮)(?:们)?(?:家|的|屋头|屋里|屋里头|家里)*/u;
// The writer themself after the owner word (给我自己, 给俺个人), or with others (给我和老伴申请: both of them, the
// writer too).
const SELF = /^(?:自己|自已|本人|个人|自个|自家|个家|这个人|一个人|们|和|跟|与|同|带|及)/u;
// 「给我字己申请」: a word with 自 or 己 in it is 自己 mistyped, not someone else.
const SELF_SLIP = /[自己已]/u;
// What follows 帮我 when it asks a favour (帮我看看能不能办, 帮我问下怎么弄): the writer is asking, not naming anyone.
const FAVOUR = /[看问查想能要去把说打填写找]|一下/u;
// 他 / 她 / Cantonese 佢 / Wu 伊, and the pinyin ta: another person, whoever they are.
const THIRD_PERSON = new RegExp(`^(?:${THIRD_PERSON_PRONOUNS}|ta)(?![a-z])`, 'u');

/**
 * The words for someone other than the writer that a span names (「她」, 「我老班」 → 老班, 「我屋头那个」 → 那个), or
 * undefined when it names the writer: a kin word the form lists is read by its alias already, this finds the ones
 * it does not (a voice-to-text slip, a dialect's word for a spouse).
 */
export function someoneElseNamed(whom: string): string | undefined {
  if (THIRD_PERSON.test(whom)) return whom;
  const owner = MINE.exec(whom)?.[0] ?? '';
  if (owner === '') return undefined;
  const rest = whom.slice(owner.length);
  const someone =
    rest.length > 0 &&
    !SELF.test(rest) &&
    !SELF_SLIP.test(rest) &&
    !FAVOUR.test(rest) &&
    /^\p{Script=Han}/u.test(rest);
  return someone ? rest : undefined;
}
