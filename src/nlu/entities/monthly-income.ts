import { DIGITS, NUMBER_SOURCE, parseChineseNumber } from '../../text/chinese-number.js';
import { roughUnitsInPlace } from '../../text/rough-amount.js';
import { found, type FoundEntity } from './found.js';
import { householdIncome } from './household-income.js';
import { incomeMentions, type IncomeMention } from './income-mentions.js';
import { blankNumberIdioms } from './number-idioms.js';

// 两三千 / 一两千 / 三四百: a range in one breath.
const RANGE = '([一二两三四五六七八九])([一二两三四五六七八九])([十百千万])';
const APPROX = '(?:来|多|出头|左右|上下|余)?';
const MONEY_UNIT = '(?:块钱|块|元钱|元|rmb)?';
const UNIT_VALUE: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000, 万: 10000 };

// 「收入都没有」「一分收入都莫得」: the income word, then 都/也 and a no, says there is none as plainly as 没有收入.
const NO_INCOME =
  /(?:没有|没得|莫得|冇得?|没|无|零|毫无|一点都没有的?|一分钱的?)(?:任何|什么)?(?:收入|工资|进账|经济来源)|收入(?:为|是)?(?:零|0|没有)|(?:收入|进账|工资|经济来源)(?:啥的|什么的)?(?:都|也|全)(?:没有?|莫得|冇|无)|(?:挣|赚)不(?:到|了)钱|一分钱都(?:挣|赚)不到|一分(?:钱)?(?:进项|进账|收入)?(?:都|也)?(?:没有?|没得|莫得|冇|无)(?:进|挣|赚|收|来)?(?:账|过)?(?!给|寄|拿|要|还)/u;

// A bare amount, a range (两三千) or an amount with its period after it (一万二一年).
const BARE_AMOUNT = new RegExp(
  `^\\s*(?:大概|大约|差不多|也就|就|才|只有)?(?:${RANGE}|(${NUMBER_SOURCE}))${APPROX}${MONEY_UNIT}(?:左右|吧|啊|呢)?\\s*(一年|每年|一个月|每个月|每月|一天|每天)?\\s*[。.!！]?\\s*$`,
  'u',
);

// Round 42: an answer that closes on a zero of the resident's own (「一个月两千多 现在陪床没得做了 就按零吧」,
// 「一个月三千 现在跑不了车 没收入了 0」) settles what comes in now, whatever was earned before it.
const CLOSING_ZERO =
  /(?:(?:那就|你就|就)?(?:按|算|写|填)(?:成)?\s*(?:零|0)(?:块钱?|元)?\s*(?:吧|算|写|填)?|[\s，,。；;]\s*(?:零|0)(?:块钱?|元)?)\s*[。.!！吧]?\s*$/u;
// What must stand between the last amount and a bare closing zero: its reason (no income now, no work now).
const NONE_NOW =
  /现在|目前|如今|眼下|没(?:有|得)?(?:收入|进项|工资|钱)|没得?(?:做|干)|做不了|干不了|不能(?:做|干)/u;

/** The resident's own zero closing an answer that named amounts before it, with its reason or dictated. */
function closingZero(scan: string, mentions: readonly IncomeMention[]): RegExpExecArray | undefined {
  const closing = CLOSING_ZERO.exec(scan);
  if (!closing || mentions.length === 0) return undefined;
  const after = scan.slice(Math.max(...mentions.map((m) => m.end)), closing.index);
  return /[按算写填]/u.test(closing[0]) || NONE_NOW.test(after) ? closing : undefined;
}

// Round 47: an answer that names amounts, then closes on their average (「好的时候五千 差的时候三千 平均四千吧」), means
// that figure, not the amounts added up. (A closing 「算400吧」 may reckon one member's vague share, round 11: not here.)
const CLOSING_SETTLED = new RegExp(
  `平均(?:下来|算下来|算)?(?:一个月|每个月|每月)?(?:算|按)?\\s*(${NUMBER_SOURCE})(?:来|多|左右|上下)?(?:块钱?|元)?\\s*(?:吧|算了|左右)?\\s*[。.!！]?\\s*$`,
  'u',
);

const AMOUNT_BEFORE = /[百千万]|[0-9]{3,}/u;
// Another earner or source told after the first amount (「老伴退休金900 我摆摊…平均一千」): the average is that earner's
// alone, and the household's income is added up as usual.
const ANOTHER_SOURCE =
  /我|俺|他|她|老伴|老公|老婆|媳妇|男人|儿子|女儿|闺女|奶奶|爷爷|爸|妈|养老金|退休金|低保|补贴|补助|租金|另外|还有|加上/u;

/** The average said at the close of an answer that named amounts before it, or undefined. */
function closingSettled(scan: string): FoundEntity | undefined {
  const settled = CLOSING_SETTLED.exec(scan);
  // Amounts said before it (五千, 三千多, 4500) are what the resident averages.
  const before = settled ? scan.slice(0, settled.index) : '';
  const first = AMOUNT_BEFORE.exec(before);
  if (!settled || !first || ANOTHER_SOURCE.test(before.slice(first.index))) return undefined;
  const amount = parseChineseNumber(settled[1] ?? '');
  if (amount === undefined || amount < 100 || amount > 200_000) return undefined;
  return found('monthly_income', amount, settled[0].trim(), settled.index);
}

// Round 47: 「老公在工地上一个月两千来块 现在他摔了也莫得了」: the one source named, then a last clause of now saying it has
// stopped (也没了, 断了, 停了): none comes in now. A thing gone (现在地都冲没了, a verb before 没了) is no income stopped.
// Bounded runs: the clause is read once from its 现在.
const STOPPED_NOW =
  /(?:现在|目前|如今|眼下)[^，,。；;0-9零〇一二两三四五六七八九十百千万]{0,10}?(?:(?:也|就|都|全|[\s，,])(?:没有了|没了|没得了|莫得了|冇了)|断了|停了)[\s。.!！]*$/u;

/** The closing clause that says the only source named has stopped now, or undefined. */
function stoppedNow(scan: string, mentions: readonly IncomeMention[]): RegExpExecArray | undefined {
  if (mentions.length !== 1) return undefined;
  const stopped = STOPPED_NOW.exec(scan);
  return stopped && stopped.index >= (mentions[0]?.end ?? 0) ? stopped : undefined;
}

/** The close that says nothing comes in now: the resident's own zero, or the one source said to have stopped. */
function closingNone(scan: string, mentions: readonly IncomeMention[]): RegExpExecArray | undefined {
  return closingZero(scan, mentions) ?? stoppedNow(scan, mentions);
}

/** True when an answer about income closes on nothing coming in now (「…没收入了 0」「就按零吧」「现在…也没了」): no other reader second-guesses it. */
export function settlesOnZero(answer: string): boolean {
  const text = roughUnitsInPlace(answer);
  const scan = blankNumberIdioms(text);
  return closingNone(scan, incomeMentions(text, scan)) !== undefined;
}

export { INCOME_SOURCE } from './income-mentions.js';

/** The amount of a range (两三千 → 2500, its middle) or of a number, from the groups of RANGE then NUMBER_SOURCE. */
function rangeOrNumber(
  low: string | undefined,
  high: string | undefined,
  unit: string | undefined,
  number: string | undefined,
): number | undefined {
  if (low && high && unit) return (((DIGITS[low] ?? 0) + (DIGITS[high] ?? 0)) / 2) * (UNIT_VALUE[unit] ?? 1);
  return parseChineseNumber(number ?? '');
}

/** A bare amount per month by the period said after it (「一万二一年」 is 1000; a day's pay is thirty days'). */
function bareMonthly(amount: number, period: string | undefined): number {
  if (!period) return amount;
  if (/年/u.test(period)) return amount / 12;
  if (/天/u.test(period)) return amount * 30;
  return amount;
}

/**
 * Monthly household income in yuan: 「两千五」→2500, 「月收入两千来块」→2000, 「一年1.2万」→1000,
 * 「没有收入」→0. Several sources said now are added up, each in its period and for as many people as it is
 * for (income-mentions.ts reads each amount, household-income.ts adds them); a bare amount answers the question
 * alone; failing both, a plain no-income says 0.
 */
export function extractMonthlyIncome(message: string): FoundEntity[] {
  // 「一个月一万多点」「十几万一年」: the unit said after the rough word counts the figure.
  const text = roughUnitsInPlace(message);
  const scan = blankNumberIdioms(text);
  const mentions = incomeMentions(text, scan);
  const closing = closingNone(scan, mentions);
  if (closing) return [found('monthly_income', 0, closing[0].trim(), closing.index)];
  const settled = closingSettled(scan);
  if (settled) return [settled];
  const household = householdIncome(mentions);
  if (household)
    return [
      found('monthly_income', household.value, text.slice(household.start, household.end), household.start),
    ];
  const bare = BARE_AMOUNT.exec(scan);
  if (bare) {
    const said = rangeOrNumber(bare[1], bare[2], bare[3], bare[4]);
    const amount = said === undefined ? undefined : bareMonthly(said, bare[5]);
    // Alone, a number from 100 up is an answer to "how much does the household earn"; below that it is an age or a count.
    if (amount !== undefined && (amount >= 100 || /[块元]/u.test(bare[0])) && amount <= 200_000) {
      return [found('monthly_income', Math.round(amount), bare[0].trim(), bare.index)];
    }
  }
  const none = NO_INCOME.exec(text);
  if (none) return [found('monthly_income', 0, none[0], none.index)];
  return [];
}
