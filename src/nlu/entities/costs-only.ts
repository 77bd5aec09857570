import { NUMBER_SOURCE, parseChineseNumber } from '../../text/chinese-number.js';
import { MAX_MESSAGE_CHARS } from '../../text/limits.js';
import { roughUnitsInPlace } from '../../text/rough-amount.js';
import { cutText } from '../../text/well-formed.js';
import { EXPENSE, INCOME_SOURCE } from './income-mentions.js';

// A clause: residents break them with marks or spaces.
const CLAUSE = /[^，,。；;！!？?、\s]+/gu;
const AMOUNT = new RegExp(NUMBER_SOURCE, 'gu');
// Words that tell money coming in, whatever else the clause says.
const COMING_IN = new RegExp(`${INCOME_SOURCE}|收入|挣|赚|到手|进账|进项|寄`, 'u');

/**
 * True when a message names sums of money only as costs (「医院说明天还要再交三万」「还欠着三万的债」) and no income:
 * a figure in it is no answer to 「每个月有多少收入」. Amounts below 100 (先垫一点, 两个娃) are no sums here.
 */
export function namesOnlyCosts(message: string): boolean {
  // 「还要交二十多万」: the unit said after the rough word counts the figure.
  const text = roughUnitsInPlace(cutText(message, MAX_MESSAGE_CHARS));
  if (COMING_IN.test(text)) return false;
  let costs = 0;
  for (const clause of text.match(CLAUSE) ?? []) {
    for (const amount of clause.matchAll(AMOUNT)) {
      const value = parseChineseNumber(amount[0]);
      if (value === undefined || value < 100) continue;
      // A sum counts as a cost only with a word of paying before it in its own clause.
      if (!EXPENSE.test(clause.slice(0, amount.index))) return false;
      costs += 1;
    }
  }
  return costs > 0;
}
