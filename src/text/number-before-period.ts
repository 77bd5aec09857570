/**
 * 「一天一百二一个月干十五天」: a number read greedily swallows the 一 of the period word after it
 * (一百二一 | 个月). The 一 belongs to the period: the number is what comes before it. So it is with 一共 (round 35:
 * 「打五百一共六百六」 is 五百, then the total 六百六).
 */

// Words that start with 一 when said on their own: the periods 一个月, 一年, 一天, 一周 …, and the total 一共.
const PERIOD_AFTER = /^(?:个月|个礼拜|个星期|个钟头|年|天|周|星期|礼拜|日|共)/u;
// Only a number that has more before its last 一, and whose 一 follows a unit or a digit (一百二|一).
const ENDS_WITH_ONE = /[一二两三四五六七八九十百千万0-9]一$/u;

/** The number without a last 一 that begins the period word (or 一共) right after it; the number as given otherwise. */
export function numberBeforePeriod(number: string, after: string): string {
  return ENDS_WITH_ONE.test(number) && PERIOD_AFTER.test(after) ? number.slice(0, -1) : number;
}
