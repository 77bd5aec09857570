// The words with which a resident takes back what they said: 「说错了」「打错了」「算错了」「不对」「不是」「哦不」, and
// the words that put it right (「应该是」「改成」「更正」). Several readers look for them, each for its own purpose
// and each with the part of the vocabulary that fits its place; the words live here so that a word added for one
// reader is seen by every reader that takes the whole list, and a reader that takes less says why.
//
// Who takes what. Every reader takes every said-wrong verb: each once had its own subset (说 打 搞 弄 here, 说 记
// there), and on the development dialogues and form answers taking them all changed nothing, while 「算错了」
// 「写错了」「记错了」「填错了」 after a figure or a choice are slips like the others (tests/forms/take-back-words-in-use).
// - flows/application/fill.ts, CORRECTION (isCorrection; a number told in passing replaces an answer): 不对, 不是
//   and every put-right word as well; it only asks whether a message corrects anything.
// - flows/application/fill.ts, OPENS_WITH_CORRECTION (a message that starts by saying something was wrong): 不对
//   and 更正; 不是 at the start is mostly an answer denied, not a slip.
// - flows/application/type-from.ts, SELF_CORRECTION (the kind of help named after a slip): with their 了; 不对,
//   and 不是 / 算了 after a pause.
// - nlu/entities/income-mentions.ts, CORRECTION (between two amounts: the second restates the first): 不对 and
//   the put-right words but 其实是, which also opens the writer's own share (「我自己其实是八百」).
// - forms/read-answer.ts, CORRECTION_WORDS (an address answer that is a correction of something else); TAKES_BACK
//   (the choice said after a slip): with their 了, 不对, 不是, each after a pause.
// - forms/net-cost.ts, TAKES_BACK (the cost said after a slip): with their 了, 不对, 哦不, 不是不是; a lone 不是
//   denies, it takes no figure back.
// - text/self-repair.ts (a figure taken back and the one meant after it): with their 了, 不对, 错了.
// - forms/read-answer.ts, NAME_TAKEN_BACK (round 47: a name taken back in the same answer, 「韩丽 不对是韩莉」): with their
//   了, and 不对; the names on both sides must share the surname, so a slip in the ID number or phone takes back no name.
// - forms/read-answer.ts, TAKES_BACK also takes NOT_QUITE and HOLD_ON (round 45: 「能自理吧……其实也不太行 上厕所得人扶着」,
//   「给我老伴。。。等下 … 那就我本人吧」): a choice softened back or thought over gives way to the one after it; and
//   (round 46) OWNING_UP and SETTLES_ON: 「能自理 …算了说实话吧 …起床都要人扶」, 「有学生 哦 … 那就没有 都没有」.
// - knowledge/taken-back.ts, TAKEN_BACK (round 49: a kind of help named, then taken back in a policy question, 「…临时救助
//   哦不对 是大病的」): with their 了, and 不对 after a slip's sound or said twice; a lone 不对 keeps its words.
// Only net-cost takes 哦不: elsewhere a slip's sound comes before 不对 / 不是, which the readers bound their own way.

/** Verbs that, with 错 after them, say that something given was wrong: 说错, 打错, 算错 … */
export const WRONG_VERBS = ['说', '讲', '写', '打', '填', '记', '算', '弄', '搞'] as const;

/** One of WRONG_VERBS. */
export type WrongVerb = (typeof WRONG_VERBS)[number];

/** Words that replace what was said with what was meant: 「应该是四口」「改成两千」. */
export const PUT_RIGHT_WORDS = ['应该是', '其实是', '改成', '改为', '更正'] as const;

/** 「不对」: what was just said is not right. */
export const NOT_RIGHT = '不对';

/** 「不是」: what was just said is not it (mostly a denial too, so each reader bounds it its own way). */
export const NOT_SO = '不是';

/** 「哦不」「噢不」: the sound of a slip noticed, straight before what was meant. */
export const SLIP_NO = '哦不|噢不';

/**
 * 「其实也不太行」「其实也不算」「也不是」: the answer just given softened back, straight before what is really so. Only
 * the choice readers take it (after a pause): before a figure these words weigh it, they take nothing back.
 */
export const NOT_QUITE = '其实也?不太?(?:行|算|是|对)|也不是|也?不(?:全|完全)是|也?不全对';

/**
 * 「…算了 说实话吧」「算了还是给她申请」「其实我想先去学个手艺」: the writer dropping what they first said, or owning up to
 * what is really so, after a pause. Only the choice readers take these (what follows names the choice meant): before a
 * figure 其实 opens a share of one (「我自己其实是八百」) and 算了 settles on a figure.
 */
export const OWNING_UP = '算了|说实话|老实说|实话说|说真的|其实';

/**
 * 「那就没有 都没有」「那就我本人吧」「…又返了一万 那就是三万」: the writer settling, after reasoning aloud, on what they
 * mean. The choice readers take it after a pause (what follows, when it names a choice), and forms/net-cost.ts before
 * the cost worked out.
 */
export const SETTLES_ON = '那就|那还是|那么就?';

/** 「等下」「等一下」: the writer stopping to think again, after a pause, before what they settle on. */
export const HOLD_ON = '等一下|等下';

/**
 * 「说错」「打错」… for the verbs given (all by default) as a pattern source, a group of its own; `le` lets 了
 * follow (「说错了」), so that a match ends after it and what follows is what was meant.
 */
export function saidWrong(verbs: readonly WrongVerb[] = WRONG_VERBS, options: { le?: boolean } = {}): string {
  return `(?:[${verbs.join('')}]错${options.le === true ? '了?' : ''})`;
}

/** The put-right words given (all by default) as a pattern source, a group of its own. */
export function putRight(words: readonly (typeof PUT_RIGHT_WORDS)[number][] = PUT_RIGHT_WORDS): string {
  return `(?:${words.join('|')})`;
}
