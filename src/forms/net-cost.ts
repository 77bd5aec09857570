import { blankNumberIdioms } from '../nlu/entities/number-idioms.js';
import { NUMBER_SOURCE, parseChineseNumber } from '../text/chinese-number.js';
import { roughUnitsInPlace } from '../text/rough-amount.js';
import { NOT_RIGHT, NOT_SO, SETTLES_ON, SLIP_NO, saidWrong } from '../text/take-back-words.js';

const AMOUNT = new RegExp(NUMBER_SOURCE, 'gu');
// Just before an amount: what the resident pays themselves (「自己还要出两万」「剩下的三万」「俺们自个得掏两万」, round 48:
// 「还差二十万」); round 45:
// what is left once reimbursed (「一万五是总的 报完是九千」), which is no sum paid back.
const OWN_SHARE =
  /(?:自己|自个|自家|自付|自费|个人|剩下的?|剩|还要|还得|还需要?|还差|报(?:销)?完(?:了)?(?:以后|之后)?(?:还)?是)[^0-9零〇一二两三四五六七八九十百千万]{0,5}$/u;
// Just before an amount: what insurance paid back (「医保报了五万」「报销了七万多」).
const REFUND =
  /(?:报销|报了|报回|报掉|报完|能报|可以报|医保报|医保给报)[^0-9零〇一二两三四五六七八九十百千万]{0,3}$/u;
// Just before an amount: money paid back later on the patient's own share (「自费一万五 后来大病保险又给返了三千」).
const PAID_BACK_LATER =
  /(?:返了?|返还|退了|退回|又报了?|二次报销|又给报了?)[^0-9零〇一二两三四五六七八九十百千万]{0,3}$/u;
// The resident taking back the figure just typed: 「三万 哦不 我看下单子 是三万五千二」「不对 是…」.
// A lone 不是 is left out: 「不是医保报的」 denies something, it takes no figure back; 不是不是 is a slip.
const TAKES_BACK = new RegExp(
  `(?:${SLIP_NO}|${NOT_RIGHT}|${saidWrong(undefined, { le: true })}|${NOT_SO}${NOT_SO})(?![0-9零〇一二两三四五六七八九十百千万])`,
  'gu',
);
// Just before an amount: what the treatment cost in all (「一共花了八万」「住院费十二万」).
const SPENT = /(?:花了?|花费|一共|总共|共|费用?|用了|要)[^0-9零〇一二两三四五六七八九十百千万]{0,4}$/u;
// Round 46: just before an amount: the figure the resident works out and settles on (「…又返了一万 那就是三万」「算下来
// 一万二」), whatever came before it.
const SETTLED = new RegExp(
  `(?:${SETTLES_ON}|也就|算下来|算起来|所以)(?:是)?[^0-9零〇一二两三四五六七八九十百千万，,。\\s]{0,2}$`,
  'u',
);
// A share paid back: 报了一半, 报了百分之六十, 报了60%, 报了七成.
const REFUND_SHARE =
  /(?:报销|报了|报回|能报|可以报|医保报)[^0-9零〇一二两三四五六七八九十]{0,3}(?:(一半)|百分之([0-9]{1,2}|[一二三四五六七八九十]{1,3})|([0-9]{1,2})\s*[%％]|([一二三四五六七八九])成)/u;

interface Amount {
  value: number;
  before: string;
}

function amounts(text: string): Amount[] {
  return (
    [...text.matchAll(AMOUNT)]
      // 一半 / 七成 / 60% are shares, not amounts; 化疗两次, 住了十天 count times and days (round 36: 「自己掏了五万了
      // 后面还要化疗两次」 is 50000, not 2); round 49: the 一 of 一共 (「自付部分一共…」) is a word for the total.
      .filter(
        (m) =>
          !/^(?:[半成%％次回遍趟天年岁共]|个(?:月|星期|礼拜|疗程)|周|星期|礼拜)/u.test(
            text.slice((m.index ?? 0) + m[0].length),
          ),
      )
      .map((m) => ({
        value: parseChineseNumber(m[0]),
        before: text.slice(Math.max(0, (m.index ?? 0) - 8), m.index),
      }))
      .filter((a): a is Amount => a.value !== undefined && Number.isFinite(a.value) && a.value > 0)
  );
}

/** The share (0–1) of the cost the answer says insurance paid back, or undefined. */
function refundShare(text: string): number | undefined {
  const m = REFUND_SHARE.exec(text);
  if (!m) return undefined;
  if (m[1]) return 0.5;
  const percent = parseChineseNumber(m[2] ?? m[3] ?? '');
  if (percent !== undefined && percent > 0 && percent < 100) return percent / 100;
  const tenths = parseChineseNumber(m[4] ?? '');
  return tenths !== undefined ? tenths / 10 : undefined;
}

/**
 * What a patient still pays, read from an answer that tells the cost and what insurance paid back:
 * 「一共花了八万 报销了五万」→ 30000, 「花了六万 报了一半」→ 30000, 「…自己还要出两万」→ 20000. Undefined
 * when the answer tells no reimbursement; then the amount is read as usual.
 */
export function costAfterRefund(answer: string): number | undefined {
  // 「自己掏了四十多万」: the unit said after the rough word counts the figure (400000).
  const text = blankNumberIdioms(roughUnitsInPlace(answer));
  const settled = amounts(text).findLast((a) => SETTLED.test(a.before));
  if (settled) return settled.value;
  // The figure said after taking back the first one is the answer (read again on its own).
  const taken = [...text.matchAll(TAKES_BACK)].at(-1);
  const rest = taken?.index === undefined ? '' : text.slice(taken.index + taken[0].length);
  const corrected = amounts(rest);
  if (corrected.length > 0) return costAfterRefund(rest) ?? corrected[0]!.value;
  const told = amounts(text);
  const ownAt = told.findLastIndex((a) => OWN_SHARE.test(a.before));
  const own = told[ownAt];
  if (own) {
    const back = told.slice(ownAt + 1).find((a) => PAID_BACK_LATER.test(a.before));
    return back && back.value < own.value ? own.value - back.value : own.value;
  }
  const spentAt = told.findIndex((a) => SPENT.test(a.before) && !REFUND.test(a.before));
  const spent = told[spentAt];
  if (!spent) return undefined;
  const refund = told.slice(spentAt + 1).find((a) => REFUND.test(a.before));
  if (refund && refund.value < spent.value) return spent.value - refund.value;
  const share = refundShare(text);
  return share !== undefined && !refund ? Math.round(spent.value * (1 - share)) : undefined;
}
