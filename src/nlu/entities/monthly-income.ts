import { DIGITS, NUMBER_SOURCE, parseChineseNumber } from '../../text/chinese-number.js';
import { moneyClauseEnd, moneyClauseStart } from '../../text/money-clauses.js';
import { rangeMiddle } from '../../text/amount-range.js';
import { numberBeforePeriod } from '../../text/number-before-period.js';
import { found, type FoundEntity } from './found.js';
import { blankNumberIdioms } from './number-idioms.js';

// Words that say the number is money coming in; expenses (房租, 医药费 …) must never be read as income.
// 上班 / 打工 say what someone earns (「老婆上班三千二」); 一共 / 加起来 introduce the household's total.
const INCOME_WORDS =
  '人均|一共|总共|加起来|合计|加在一起|上班|打零工|打工|做工|月收入|家庭收入|家庭月收入|全家收入|全家月收入|年收入|收入|工资|月薪|年薪|薪水|薪资|退休金|养老金|退休工资|挣|赚|进账|收入来源|月入|年入|能拿|拿|领|一个月|每个月|每月|一个季度|每个季度|每季度|一年|每年|全年|一天|每天|低保金|低保|补贴|补助|抚恤金|救济金|五保金|特困金|加上|再加|外加|到手|实发|税后';
const EXPENSE_WORDS =
  /房租|租金|租房|租的房|医药费|药费|医疗费|住院费|手术费|学费|看病|治病|吃药|买药|打针|透析|康复|治疗|生活费|欠|借|贷|花(?!生|椒)|开销|开支|支出|费用|还款|交|缴|押金|存款|积蓄/u;
// 「每个月要一千多」: a period then 要 / 得 is what something costs, not what comes in.
const COSTS = /^(?:就|都|还)?(?:要|得|需要)/u;
const YEAR_WORDS = /一年|年收入|每年|全年|年薪|一年到头|年均|一整年|今年总共|去年/u;
const DAY_WORDS = /一天|每天|日薪|天天|一日/u;
const APPROX = '(?:来|多|出头|左右|上下|余)?';
const MONEY_UNIT = '(?:块钱|块|元钱|元|rmb)?';
// 两三千 / 一两千 / 三四百: a range in one breath.
const RANGE = '([一二两三四五六七八九])([一二两三四五六七八九])([十百千万])';

const NUMBER_AFTER_INCOME = new RegExp(
  `(${INCOME_WORDS})([^，。,.!！？?；;\\d一二两三四五六七八九十]{0,10}?)(?:${RANGE}|(${NUMBER_SOURCE}))${APPROX}${MONEY_UNIT}`,
  'gu',
);
// 「老公一个月三千 我一千」「我一千五 老婆一千二」: a member at the start of a clause and what they bring in,
// without an income word. Never a year, an age, a count or a house number after it (「我1958年」「他家128号」).
const EARNER_AMOUNT = new RegExp(
  `(?:^|[\\s，,。；;])((?:(?:我|俺)(?:的|家)?)?(?:老公|老婆|媳妇|丈夫|妻子|儿子|女儿|闺女|老伴|爸爸?|妈妈?|父亲|母亲|公公|婆婆)|我|俺|他|她)(?:的)?([^\\s，,。；;0-9零〇一二两三四五六七八九十]{0,8}?)(?:每个月|一个月|每月)?(?:也|就|才|只有|大概|差不多|能)?(?:${RANGE}|(${NUMBER_SOURCE}))${APPROX}${MONEY_UNIT}(?![年岁个口人号栋楼组米平室层户斤亩天次0-9零〇一二两三四五六七八九十百千万])`,
  'gu',
);
// 「一天一百五 一个月能干二十天」: a day's pay times the days worked in a month, not times thirty.
const DAYS_WORKED =
  /(?:一个月|每个月|每月)[^，。,.；;0-9一二两三四五六七八九十]{0,8}?([0-9]{1,2}|[一二两三四五六七八九十]{1,3})(?:来|多)?(?:个)?(?:工作日|工|天)/u;

// 「收入都没有」「一分收入都莫得」: the income word, then 都/也 and a no, says there is none as plainly as 没有收入.
const NO_INCOME =
  /(?:没有|没|无|零|毫无|一点都没有的?|一分钱的?)(?:任何|什么)?(?:收入|工资|进账|经济来源)|收入(?:为|是)?(?:零|0|没有)|(?:收入|进账|工资|经济来源)(?:啥的|什么的)?(?:都|也|全)(?:没有?|莫得|冇|无)|(?:挣|赚)不(?:到|了)钱|一分钱都(?:挣|赚)不到/u;

// A bare amount, a range (两三千) or an amount with its period after it (一万二一年).
const BARE_AMOUNT = new RegExp(
  `^\\s*(?:大概|大约|差不多|也就|就|才|只有)?(?:${RANGE}|(${NUMBER_SOURCE}))${APPROX}${MONEY_UNIT}(?:左右|吧|啊|呢)?\\s*(?:一年|每年|一个月|每个月|每月|一天|每天)?\\s*[。.!！]?\\s*$`,
  'u',
);
// Period words that say "per month" but not "income": whether the amount is earned or spent comes from what precedes.
const PERIOD_ONLY = /^(?:一个月|每个月|每月|一个季度|每个季度|每季度|一年|每年|全年|一天|每天)$/u;
const UNIT_VALUE: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000, 万: 10000 };

const MONTH_WORDS = /个月|每月|月收入|月薪|月入|月工资/u;
const QUARTER_WORDS = /季度|每季/u;

/** Where the last match of `words` starts in `text`, or -1. */
function lastAt(text: string, words: RegExp): number {
  return [...text.matchAll(new RegExp(words.source, 'gu'))].at(-1)?.index ?? -1;
}

/**
 * The amount per month, by the period word nearest before its end: in a long unpunctuated story 「去年腰扭了 …
 * 一个月挣个两千来块」 the 一个月 speaks of the amount, the 去年 of something else. Without a period word before
 * it, any in the clause counts (「挣两万四 一年」).
 */
function perMonth(amount: number, clause: string, upTo: number, text: string): number {
  const before = clause.slice(0, Math.max(0, upTo));
  // 「一个季度发一千五」: a quarter's amount is three months'.
  const quarter = lastAt(before, QUARTER_WORDS);
  if (quarter >= 0 && quarter >= lastAt(before, MONTH_WORDS) && quarter >= lastAt(before, YEAR_WORDS))
    return Math.round(amount / 3);
  const year = lastAt(before, YEAR_WORDS);
  const month = lastAt(before, MONTH_WORDS);
  const day = lastAt(before, DAY_WORDS);
  const daily = () => Math.round(amount * daysWorked(text));
  if (year >= 0 || month >= 0 || day >= 0) {
    if (year > month && year > day) return Math.round(amount / 12);
    if (day > month && day > year) return daily();
    return Math.round(amount);
  }
  if (YEAR_WORDS.test(clause)) return Math.round(amount / 12);
  if (DAY_WORDS.test(clause)) return daily();
  return Math.round(amount);
}

/** The days worked in a month as the message tells them (「一个月干二十来天」), else thirty. */
function daysWorked(text: string): number {
  const days = parseChineseNumber(DAYS_WORKED.exec(text)?.[1] ?? '');
  return days !== undefined && days >= 1 && days <= 31 ? days : 30;
}

/** Where the clause holding `start` begins (see moneyClauseStart: a 现在 after a past time, 再就是 … break it too). */
function clauseFrom(text: string, start: number): number {
  return moneyClauseStart(text, start);
}

function clauseAround(text: string, start: number, end: number): string {
  return text.slice(clauseFrom(text, start), moneyClauseEnd(text, end));
}

// The breaks at the end of a clause; the lookbehind starts the run at its first break, so a long run of
// marks is read once rather than from each of its characters.
const TRAILING_BREAKS = /(?<![，,。；;\s])[，,。；;\s]+$/u;

/**
 * The words a period word (一个月, 每年) speaks of: its own clause up to it (「老婆看病每个月…」), or when
 * it opens its clause, the end of the one before (「租房子，一个月一千二」).
 */
function spokenOf(text: string, at: number): string {
  const before = text.slice(Math.max(0, at - 10), at);
  const cut = before.search(/[，,。；;\s][^，,。；;\s]*$/u);
  const own = cut >= 0 ? before.slice(cut + 1) : before;
  return own.length > 0 ? own : before.replace(TRAILING_BREAKS, '').slice(-6);
}

// A clause about the past (「原来…一个月六千多」) tells what the household used to earn, not what it earns now.
const PAST = /^(?:原来|以前|之前|过去|本来|那时候?|早先|没出事(?:以)?前|没生病(?:以)?前)/u;

// Who earns an amount, at the start of its clause: 「老公每月3000 我每月1200」 is the household's 4200.
const EARNER =
  /^(?:(?:我|俺)(?:的|家)?)?(?:爸妈|父母|爷爷奶奶|爷爷|奶奶|外公|外婆|姥姥|姥爷|老公|老婆|媳妇|丈夫|妻子|大儿子|小儿子|儿子|女儿|闺女|老伴|爸爸?|妈妈?|父亲|母亲|公公|婆婆)|^(?:我|俺|他|她)/u;

// 「低保金一个月九百 再加上打零工一千」: an amount said to come on top of the one before.
// 「还有低保金六百」「再就是养老金一个月一百四」: another source named after the first, on top of it.
const PLUS = /^(?:再|还)?加上|^(?:还有|再就是|再有|另外|外加)/u;
// 「算下来一个月六百」: the resident's own reckoning of the month from the sources told before it.
const SETTLED = /算下来|算起来|折下来|折合|平均下来|摊下来|合下来|拢共/u;
const TOTAL = /一共|总共|加起来|合计|加在一起|加一块|全家/u;
/** One source of income by its name (a pension, a wage, a benefit), for readers that tell a source's total from the household's. */
export const INCOME_SOURCE =
  '(?:养老金|退休金|退休工资|工资|低保金?|补贴|补助|抚养费|赡养费|农保|社保|租金|分红)';
// A source named before the total word: that source's total. 全家 / 家里 before it still total the household.
const SOURCE_TOTALLED = new RegExp(
  `${INCOME_SOURCE}[^，,。；;\\s]{0,4}?(?:一共|总共|加起来|合计|加在一起|加一块)`,
  'u',
);
// A clause that opens with its period (「一年一万二」) tells the amount of whoever the clause before named (「爸妈种地」).
const PERIOD_FIRST = /^(?:一年|每年|全年|一个月|每个月|每月)/u;

// 各 or 每人 / 每个人 before the amount, in its clause: the amount is each person's.
const EACH = /各(?:自|人)?|每(?:个)?人|一人|人均/u;
// The number of people the amount is for: 两个老人, 俩人, 三个人, 老两口.
const PEOPLE_COUNT =
  /([0-9]|[一二两三四五六七八九十俩仨])(?:个|口)?(?:人|老人|老的|孩子|娃|大人)|(老两口|两口子|夫妻俩|俩老|俩人|爷爷奶奶|外公外婆|姥姥姥爷|爸妈|父母|公婆)/u;

/** How many people an amount is for: 1 unless 各 / 每人 is said with a count in its clause or the next one. */
function peopleEach(text: string, clause: string, start: number): number {
  const before = clause.slice(0, Math.max(0, start - clauseFrom(text, start)) + 6);
  if (!EACH.test(before)) return 1;
  const after = text.slice(start, moneyClauseEnd(text, moneyClauseEnd(text, start) + 1));
  const counted = PEOPLE_COUNT.exec(clause) ?? PEOPLE_COUNT.exec(after);
  if (!counted) return 1;
  if (counted[2]) return 2;
  const n = counted[1] === '俩' ? 2 : counted[1] === '仨' ? 3 : parseChineseNumber(counted[1] ?? '');
  return n !== undefined && n >= 2 && n <= 10 ? n : 1;
}

/** The words just before the clause that starts at `from`, back to the previous break. */
function previousClause(text: string, from: number): string {
  const before = text.slice(0, Math.max(0, from)).replace(TRAILING_BREAKS, '');
  return before.slice(clauseFrom(before, before.length));
}

/** Amounts said to come on top of one another (再加上 …), added up; undefined unless one is. */
function addedOn<T extends FoundEntity & { plus: boolean }>(candidates: readonly T[]): T | undefined {
  if (candidates.length < 2 || !candidates.slice(1).some((c) => c.plus)) return undefined;
  return summed(candidates);
}

/** The amounts as one: their sum, at the first one's place, with the words of each. */
function summed<T extends FoundEntity>(amounts: readonly T[]): T {
  const sum = amounts.reduce((total, c) => total + Number(c.value), 0);
  return { ...amounts[0]!, value: sum, text: amounts.map((c) => c.text).join(' ') };
}

// A correction or an alternative between amounts: the figures are not added (「两千 不对 是两千五」, 「好的时候六千
// 差的时候三千」, 「三千或者四千」).
const NOT_ADDED =
  /或者|要么|还是|有时|有的时候|好的时候|差的时候|多的时候|少的时候|忙的时候|闲的时候|旺季|淡季/u;
// 「一个月两千 不对 是两千五」: the figure said after the correction stands; so does what is left once costs or
// deductions are taken (「扣了社保到手两千七」, 「除去饲料剩一万二」).
const CORRECTED =
  /不对|不是|说错|应该是|改成|更正|到手|实发|税后|扣了|扣完|除去|除掉|去掉|刨去|刨掉|剩下?|净赚|纯收入|落下/u;

/**
 * Amounts of different sources, each in its own clause, added up: the household's income is all it brings in
 * (「我在厂里一个月三千三 阿婆养老金四百」 is 3700), unless the figures correct or stand in for one another.
 */
function sourcesTogether<T extends FoundEntity>(text: string, candidates: readonly T[]): T | undefined {
  if (candidates.length < 2) return undefined;
  const clauses = new Set(candidates.map((c) => clauseFrom(text, c.start)));
  if (clauses.size !== candidates.length) return undefined;
  const first = candidates[0]!;
  const last = candidates[candidates.length - 1]!;
  const between = text.slice(first.start, last.end);
  if (CORRECTED.test(between)) return last;
  // A rough figure and then the exact one within it (「一百多 就那点养老金 一百六」) is one source: the exact one.
  const values = candidates.map((c) => Number(c.value));
  const restated = candidates.some((c, i) => {
    const next = values[i + 1];
    const v = values[i]!;
    if (next === undefined) return false;
    if (/多/u.test(c.text ?? '')) return next >= v && next < v * 2;
    return /左右|大概|差不多|将近|来块/u.test(c.text ?? '') && Math.abs(next - v) <= v * 0.3;
  });
  if (restated) return last;
  // Equal figures said the same way are two sources of the same size (残疾补贴一百 护理补贴一百); said differently
  // (一个月三千, 一年三万六) they are one income restated, and the first stands.
  const said = candidates.map((c) => (c.text ?? '').replace(/[^0-9零〇一二两三四五六七八九十百千万.]/gu, ''));
  const sameValueSaidOtherwise = values.some((v, i) =>
    values.some((w, j) => j > i && w === v && said[j] !== said[i]),
  );
  if (NOT_ADDED.test(between) || sameValueSaidOtherwise) return undefined;
  return summed(candidates);
}

/** Amounts earned by different members, each in its own clause, added up; undefined unless there are two or more. */
function earnersTogether<T extends FoundEntity & { earner: string | undefined }>(
  candidates: readonly T[],
): T | undefined {
  const earners = candidates.filter((c) => c.earner !== undefined);
  if (earners.length < 2 || new Set(earners.map((c) => c.earner)).size !== earners.length) return undefined;
  return summed(earners);
}

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

/** Amounts a member brings in told right after who they are (「老婆一千二」), one candidate each. */
function earnerAmounts(text: string, scan: string) {
  const out: (FoundEntity & { total: boolean; earner: string | undefined; plus: boolean })[] = [];
  for (const match of scan.matchAll(EARNER_AMOUNT)) {
    // What the member does between (「老公开车四千」) must not be a cost (「我看病两千」).
    if (EXPENSE_WORDS.test(match[2] ?? '') || /[病药医院欠还丢赔罚]/u.test(match[2] ?? '')) continue;
    const amount = rangeOrNumber(match[3], match[4], match[5], match[6]);
    // Only real money: a small number without 块 / 元 is a count or an age.
    if (amount === undefined || (!/[块元]/u.test(match[0]) && amount < 100)) continue;
    const lead = match[0].length - match[0].trimStart().replace(/^[，,。；;]/u, '').length;
    const start = (match.index ?? 0) + lead;
    const said = text.slice(start, (match.index ?? 0) + match[0].length);
    const clause = clauseAround(text, start, start + said.length);
    if (PAST.test(clause.trim()) || EXPENSE_WORDS.test(clause)) continue;
    const monthly = perMonth(amount, clause, start + said.length - clauseFrom(text, start), text);
    if (monthly < 1 || monthly > 1_000_000) continue;
    out.push({
      ...found('monthly_income', monthly, said, start),
      total: false,
      earner: match[1],
      plus: false,
    });
  }
  return out;
}

/**
 * Monthly household income in yuan: 「两千五」→2500, 「月收入两千来块」→2000, 「一年1.2万」→1000,
 * 「没有收入」→0. When several amounts are given, the one called 一共/加起来 wins, then the sum of amounts
 * earned by different members, else the first.
 */
export function extractMonthlyIncome(text: string): FoundEntity[] {
  // Amounts are searched in a copy without 一下 / 一起 …, of the same length, so spans stay those of `text`.
  const scan = blankNumberIdioms(text);
  const candidates: (FoundEntity & {
    total: boolean;
    settled?: boolean;
    earner: string | undefined;
    plus: boolean;
  })[] = [];
  NUMBER_AFTER_INCOME.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = NUMBER_AFTER_INCOME.exec(scan)) !== null) {
    // The next search starts just after this income word, not after the whole match: a skipped reading
    // (「收入不固定 一…」) must not swallow the 一年 of 「一年三万」 that follows it.
    NUMBER_AFTER_INCOME.lastIndex = match.index + Math.max(1, match[1]?.length ?? 1);
    const between = match[2] ?? '';
    // 房租 / 学费 just before 每月 or 一年 make the amount an expense: 「欠了三个月房租 每月800」.
    if (
      EXPENSE_WORDS.test(between) ||
      (PERIOD_ONLY.test(match[1] ?? '') &&
        (COSTS.test(between) || EXPENSE_WORDS.test(spokenOf(text, match.index))))
    )
      continue;
    const said = rangeOrNumber(
      match[3],
      match[4],
      match[5],
      match[6] === undefined
        ? undefined
        : numberBeforePeriod(match[6], scan.slice(match.index + match[0].length)),
    );
    // 「一千到一千二」: the middle of a range told with 到.
    const amount =
      said === undefined ? undefined : rangeMiddle(said, scan.slice(match.index + match[0].length));
    if (amount === undefined || amount <= 0) continue;
    const start = match.index;
    const end = start + match[0].length;
    // 「一个月工资3000」 is read from 一个月 and again from 工资: one amount.
    if (candidates.some((c) => c.end === end)) continue;
    const clause = clauseAround(text, start, end);
    if (PAST.test(clause.trim())) continue;
    // A small number without 块/元 is a count (一个月两次, 拿了三回), not money; a day's pay can be small.
    const daily = DAY_WORDS.test(match[1] ?? '');
    // A benefit named with 各 (「高龄补贴各八十」) is money however small.
    const benefitEach = /补贴|补助|养老金|低保金?|津贴/u.test(match[1] ?? '') && /各/u.test(between);
    if (!/[块元]/u.test(match[0]) && !benefitEach && (daily ? amount < 20 : amount < 100)) continue;
    const monthly = perMonth(amount, clause, end - clauseFrom(text, start), text);
    if (monthly < 1 || monthly > 1_000_000) continue;
    // 「两个老人养老金各一百五」「每人每月二百 三个人」: an amount for each of several people, times their number.
    const each = peopleEach(text, clause, start);
    const monthlyAll = monthly * each;
    const plus = PLUS.test(clause.trim()) || /加上|再加|外加/u.test(match[1] ?? '');
    const own = clause.trim();
    candidates.push({
      ...found('monthly_income', monthlyAll, match[0], start),
      // 「还有俩人的养老金加起来三百」 totals one source added on, not the household's income.
      // The total word is said before or with its amount (「加起来三千」), not in a later part of a long clause.
      // 「退休金一共5000」 totals one source (a pension of two), not the household's income.
      total:
        !plus &&
        TOTAL.test(text.slice(clauseFrom(text, start), end)) &&
        !SOURCE_TOTALLED.test(text.slice(clauseFrom(text, start), end)),
      // 「按一年三千算」: the 算 closing the figure settles it too.
      settled:
        SETTLED.test(text.slice(clauseFrom(text, start), end)) ||
        (/^(?:块钱?|元)?算/u.test(text.slice(end)) && /按/u.test(text.slice(clauseFrom(text, start), start))),
      earner:
        EARNER.exec(own)?.[0] ??
        (PERIOD_FIRST.test(own)
          ? EARNER.exec(previousClause(text, clauseFrom(text, start)))?.[0]
          : undefined),
      plus,
    });
  }
  NUMBER_AFTER_INCOME.lastIndex = 0;
  for (const earned of earnerAmounts(text, scan)) {
    if (!candidates.some((c) => c.end === earned.end)) candidates.push(earned);
  }
  candidates.sort((a, b) => a.start - b.start);
  // 「…加起来三百多，一年种地六千多，算下来一个月六百」: the figure the resident works out last stands for all.
  const chosen =
    candidates.filter((c) => c.settled).at(-1) ??
    candidates.find((c) => c.total) ??
    earnersTogether(candidates) ??
    addedOn(candidates) ??
    sourcesTogether(text, candidates) ??
    candidates[0];
  if (chosen) {
    const { total: _total, settled: _settled, earner: _earner, plus: _plus, ...entity } = chosen;
    return [entity];
  }
  const bare = BARE_AMOUNT.exec(scan);
  if (bare) {
    const said = rangeOrNumber(bare[1], bare[2], bare[3], bare[4]);
    const amount = said === undefined ? undefined : perMonth(said, bare[0], bare[0].length, bare[0]);
    // Alone, a number from 100 up is an answer to "how much does the household earn"; below that it is an age or a count.
    if (amount !== undefined && (amount >= 100 || /[块元]/u.test(bare[0])) && amount <= 200_000) {
      return [found('monthly_income', Math.round(amount), bare[0].trim(), bare.index)];
    }
  }
  const none = NO_INCOME.exec(text);
  if (none) return [found('monthly_income', 0, none[0], none.index)];
  return [];
}
