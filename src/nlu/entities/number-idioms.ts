/**
 * Words that are written with a numeral but say no amount: 一下 (a moment), 一点 (a little), 一起 / 加一块
 * (together), 一直 (all along) … Readers of amounts and counts blank them first, so that 「等一下」 is never
 * an income of 1 and 「俩人养老金加一块」 never one yuan.
 */

// 周六 / 星期三 / 礼拜天 name a day of the week, never a count or an amount (「你们周六上班吗」).
// 「一分钱没进」「一毛都没有」: not a cent, never an amount of one.
// 一块 is money (一块钱) unless it means "together": after 加 / 在 / 合 / 放, or before 儿 / 住 / 过.
const IDIOMS =
  /一下子?|一点儿?|一起|(?:[加在合放])一块儿?|一块儿|一块(?=住|过|生活)|一直|一些|一样|一般|一定|一会儿?|一边|一向|一旦|一致|一切|一概|一阵子?|一口气|一时|一眼|一趟|一遍|一声|(?:周|星期|礼拜)[一二三四五六日天]|一(?:分|毛)(?:钱)?(?=[都也没冇不]|进项|进账|收入)/gu;

/** The text with each numeral idiom blanked to as many ideographic spaces, so every other span keeps its place. */
export function blankNumberIdioms(text: string): string {
  return text.replace(IDIOMS, (idiom) => '\u3000'.repeat(idiom.length));
}
