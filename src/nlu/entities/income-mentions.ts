import { DIGITS, NUMBER_SOURCE, parseChineseNumber } from '../../text/chinese-number.js';
import { moneyClauseIndex } from '../../text/money-clauses.js';
import { numberBeforePeriod } from '../../text/number-before-period.js';
import { roughUnitsInPlace } from '../../text/rough-amount.js';
import { rangeMiddle } from '../../text/amount-range.js';
import { NOT_RIGHT, putRight, saidWrong } from '../../text/take-back-words.js';

/**
 * The amounts of money coming in that an answer about household income names, one per source as the resident
 * says it, each with its period turned into a month, the people it is for, and how it stands to the amount
 * before it (a new source, an alternative to it, or a restatement that replaces it). Summing them is
 * household-income.ts's work; this file only reads each amount in its own words.
 */

/** One source of income by its name (a pension, a wage, a benefit), for readers that tell a source's total from the household's. */
export const INCOME_SOURCE =
  '(?:养老金|退休金|退休工资|工资|低保金?|补贴|补助|抚养费|赡养费|农保|社保|租金|分红)';
const SOURCE_NAMED = new RegExp(INCOME_SOURCE, 'u');
// How a month reckoned from a day's pay is said (一个月大概, 算下来, 也就): without it, a monthly amount after a day's pay is
// another source (「一天两百 … 补贴一个月八十块」).
const RECKONS_MONTH = /大概|差不多|算下来|下来|也就|能有|总共|加起来|平均|左右|估计|算起来/u;

/** How an amount stands to the one before it. */
export type MentionLink = 'new' | 'alternative' | 'replaces' | 'total';

/** One amount of money in an answer about income. */
export interface IncomeMention {
  start: number;
  end: number;
  /** Per month, for everyone it is for. */
  monthly: number;
  /** Set aside: the past, a cost, money promised and not paid. */
  excluded: boolean;
  link: MentionLink;
  /** A source added on by the words before it (还有, 另外, 再加上). */
  plus: boolean;
  period: Period;
  /** The amount as said, before its period and people. */
  said: number;
  /** Where the words of the amount begin: its period word before it, else the number. */
  from: number;
  /** Said as a range (六七千, 一千到一千二). */
  range: boolean;
  /** The resident's own reckoning (按四百算, 算五百吧). */
  settled: boolean;
  /** No earner and no source named between it and the amount before (「…六百，两千一左右」): a figure, not a source. */
  bare: boolean;
}

type Period = 'month' | 'year' | 'quarter' | 'day' | 'hour' | 'unknown';

// 两三千 / 一两千 / 三四百: a range in one breath, its middle meant.
const RANGE = '([一二两三四五六七八九])([一二两三四五六七八九])([十百千万])';
const AMOUNT = new RegExp(
  `(?:${RANGE}|(${NUMBER_SOURCE}))(来|多|出头|左右|上下|余)?(块钱|块|元钱|元|rmb|RMB)?`,
  'gu',
);
const UNIT_VALUE: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000, 万: 10000 };
// What a number counts when one of these follows it: people, years, days, things, places; never money.
const NOT_MONEY_AFTER =
  /^(?:多|来|几)?(?:个|年|岁|周岁|天|日|号|口|人|位|次|回(?!来|家|去)|趟|遍|亩|分地|头|只|斤|公斤|吨|箱|袋|间|栋|楼|层|组|户|米|平|室|台|辆|棵|株|季|周|星期|礼拜|点|小时|钟|分钟|级|度|公里|里|岁数|孩子|娃|张|本|份|种(?![点了地些菜过着])|样|家|条|块地|月份|月(?!薪))/u;
// Where someone worked (「以前我跟他妈在苏州电子厂」): a clause about a job, whose time carries over to the pay after it.
const WORKPLACE = /[厂矿]|工地|公司|饭店|餐馆|超市|车间|单位|流水线|外地|城里|广东|浙江|江苏|上海|北京|深圳/u;
// Words that say money comes in, in the clause before an amount.
const INCOME_CUE =
  /人均|工资|养老金|退休金|退休工资|收入|挣|赚|领|拿|发(?!烧|现|病|作|炎)|给|寄|打(?:钱|给|过来|回来|到卡|款)|转(?!院|诊)|卖|收(?!费)|补贴|补助|低保|特困金|五保金|抚恤金|救济|租金|抚养费|赡养费|生活费|月薪|年薪|薪|到手|实发|平均|月均|算|一共|合计|加起来|总共|那就是|就这|也就|大概|左右|差不多|进账|分红|提成|帮工|上班|做工|打工|干活|的活|接活|接单|工钱|津贴|费|兼职/u;
// The source named right after the amount (「一百四的养老金」).
const INCOME_AFTER =
  /^(?:来|多)?(?:块钱?|元)?(?:的)?(?:养老金|养老钱|退休金|退休工资|工资|低保|补贴|补助|生活费|抚养费|赡养费|津贴|收入)/u;
// Who brings the amount in, at the start of its clause (「老公四千五 我两千八」).
const EARNER_FIRST =
  /^(?:我|俺)?(?:的|家)?(?:老公|老婆|男人|媳妇|婆娘|丈夫|妻子|爱人|老伴|儿子|女儿|闺女|爸爸?|妈妈?|父亲|母亲|公公|婆婆|爷爷|奶奶|哥哥?|弟弟?|姐姐?|妹妹?|我|俺|他|她)/u;
// A now and an only before who earns an amount (「现在就我…」「目前只有他…」).
const NOW_ONLY = /^(?:现在|目前|如今|眼下)?(?:就|只有|只)?/u;
// A new member named between two amounts: the second is theirs, not a restatement of the first.
// Round 38: the writer's own share after another's (「俺对象…寄回来两千 俺自己平均一个月八百」), not a reckoning of both.
// Round 45: 「奶奶养老金一个月180 我打零工好的时候七八百」: the writer opening a clause with their own work comes in
// after another's income, however the pay of that work varies.
const NEW_EARNER =
  /老公|老婆|男人|媳妇|婆娘|丈夫|妻子|爱人|老伴|儿子|女儿|闺女|爸|妈|爷爷|奶奶|公公|婆婆|外公|外婆|哥|弟|姐|妹|(?:我|俺)自己(?!算|估|觉得|合计)|(?:^|[\s，,。；;])(?:我|俺)(?:在|就)?(?:打零工|打工|做零工|干零活|上班|种地|种田|卖|摆摊|跑|送)/u;
// A member's income said only vaguely (「偶尔打零工 一个月也就几百」): a reckoning after it is theirs.
// Round 48: or said to vary (「我老公跑车没个准 平均一个月也就三千」): the average after it is that member's, not everyone's.
const VAGUE_AMOUNT = /几[十百千]|一点点?|没多少|不多|没个准|没准|说不准|不固定|不一定|时多时少|有多有少/u;
// Words that say outright the amount before was wrong. 不是 is left out: 「是两千八，不是三千八」 is read as a
// figure denied (see `negated` below), not as a restatement. So is 其实是: 「老公一个月两千 我自己其实是八百」 names
// the writer's own pay after another's, and would be read as 800 in all.
const CORRECTION = new RegExp(
  `${NOT_RIGHT}|${saidWrong()}|${putRight(['应该是', '改成', '改为', '更正'])}`,
  'u',
);
// Round 48: 花 spends, but not in a place's name (住花园村, 花山社区, 花桥镇).
/** Words that make the amount of their clause a cost (rent, fees, a bill to pay, a debt). */
export const EXPENSE =
  /房租|租房|住院|手术|掏|自付|自费|自己出|医保|报销|报完|垫付|租的房|医药费|药费|医疗费|住院费|手术费|学费|书本费|看病|治病|吃药|买药|打针|透析|康复|治疗|欠|借|贷|花(?!生|椒|园|苑|山|桥|城|圃|店|卉|草|坛|费了?(?:[0-9一二两三四五六七八九十]))|开销|开支|支出|还款|还债|交(?!通)|缴|押金|存款|积蓄|贵|亏|赔/u;
// 「每个月要一千多」: a period then 要 / 得 is what something costs; 得 straight before the amount
// (「一年得四千八」) is what is earned (dé), and a cost in that clause is told by its own words (药费, 房租).
const COSTS_AFTER_PERIOD = /(?:一个月|每个月|每月|一年|每年)(?:就|都|还|光)?(?:要|得(?!\s*$)|需要)/u;
// A clause about an earlier time, as opposed to now.
const PAST =
  /原来|以前|之前|过去|本来|那时候?|早先|往年|以往|在的时候|活着的时候|没(?:出事|生病|病|下岗|离婚)(?:以)?前|生病前|出事前/u;
// The cash a resident has on them now (现在身上没钱, 目前手里一分钱都没有), which says nothing of the income.
const CASH_AT_HAND =
  /(?:现在|目前|如今)(?:我|俺)?(?:身上|手上|手里|手头|兜里|口袋里?)(?:一分钱?|一分|啥)?(?:都|也)?没(?:有)?(?:钱|了)?/gu;
// Money promised and then not paid: 「说好一个月给五百 给了两个月就不给了」.
const PROMISED = /说好|答应|讲好|判的|判了|本来说/u;
const NOT_PAID = /不给了|没给过?|不给|就给了|只给了|一分没给|没见着|拿不到/u;
// An amount that stands in for the one before: the average, the reckoning, what is left, a correction.
const REPLACES =
  /平均|准确|确切|具体是|也就|估计|实际|其实|结果|到手|扣完|扣了|扣掉|剩下?|除去|除掉|刨去|刨掉|去掉|净赚|纯收入|落下|不对|不是|说错|应该是|改成|更正|算(?!上|了)|折合|顶多|最多/u;
// The household's own total of what was said before.
// 「养老金一百七 种点菜 没别的 一个月一百七」: after 没别的 the amount is the whole again; 「一个月合到六百」 is the sum;
// so is 「…加上我每月给五百 一个月就是一千一」; round 35: and 「我一个月六百她没有就六百」 (the other earns nothing).
// Round 39: or named as the household's monthly income (家庭月收入大概6500，我工资5000 …). Round 42: or as what the
// people of the household get in a month (我退休金两千一 老伴没有 两个人一个月两千一), right before the amount.
const TOTALS =
  /家庭(?:月|每月|每个月)?(?:总)?收入|算下来|算起来|一个月下来|一共|总共|加起来?|合计|合到|合下来|合起来|加在一起|加一块|拢共|统共|全家|家里总|没(?:有)?别的(?:收入|进项)?了?|别的(?:都)?没(?:有|了)|就这些|就这么多|(?:一个月|每个月|每月|这样)(?:总的|总共)?就是|那(?:就|总共|一共)?是|就这(?:么)?\s*$|(?:她|他|老婆|老伴|老公|媳妇|爱人|别人|其他人)(?:都|也)?没(?:有)?(?:收入|进项|工作)?[，,\s]?就(?:是)?$|(?:[2-9]|[两二三四五六七八九俩仨])个?人(?:加起来|一共|总共)?(?:一个月|每个月|每月)\s*$/u;
// A total of one source only (两个老人养老金加起来三百四): a source like the others.
const SOURCE_BEFORE_TOTAL =
  /(?:养老金|退休金|退休工资|工资|低保金?|补贴|补助|抚养费|赡养费|租金|分红|生活费)[^，,。；;\s0-9百千万]{0,4}?(?:一共|总共|加起来|合计|加在一起|加一块|算下来)/u;
// Alternatives between amounts: the good month and the bad one.
const ALTERNATIVE =
  /或者|要么|有时|的时候|别的时候|其他时候|平时|好的时候|差的时候|多的时候|少的时候|忙的时候|闲的时候|旺季|淡季|不榨季|榨季|忙季|闲季|好点|差点|生意好|生意差/u;
// The household as a whole, for a total said first (「全家一个月加起来四千」).
const HOUSEHOLD = /全家|家里|家庭|一家|我们家|俺家|我家|总收入/u;
const RANGE_TOP = /^\s*(?:到|至|~|～|-|—|－)\s*[0-9零〇一二两三四五六七八九十百千万.]+/u;
// A good season's top figure (旺季能到五千, 最多的时候有六千).
const PEAK = /能到|最多|最高|顶多|能有|能上/u;
// Round 42: 「应该是每月1500左右，1800是农忙时候的」: a figure said, right after it, to be a busy season's or an
// earlier time's is not what comes in now.
const EXPLAINED_AWAY =
  /^(?:块钱?|元)?(?:那|这)?(?:是|只是|算是)(?:农忙|旺季|忙季|忙的|以前|之前|过去|原来|去年|好的时候|最多的时候|多的时候)/u;
// A source added on.
// Round 49: a bare 加 before who brings it in (「…三千 加我兼职一千五」).
const PLUS =
  /还有|另外|再加上|加上|外加|再就是|再有|以及|又有|加(?=我|俺|他|她|老伴|老公|老婆|儿子|女儿|闺女)/u;

// A source of income named, as in SOURCE_BEFORE_TOTAL.
const SOURCE = /养老金|退休金|退休工资|工资|低保金?|补贴|补助|抚养费|赡养费|租金|分红|生活费/u;

/**
 * 「养老金四百来块再加上卖点花生 一个月算起来也就五百」: a source added on, then the total of everything said; not the
 * total of the source added (「再就是养老金俩人一个月加起来三百」).
 */
function totalAfterPlus(gap: string): boolean {
  const lastAt = (pattern: RegExp): number => {
    let at = -1;
    for (const match of gap.matchAll(new RegExp(pattern.source, 'gu'))) at = match.index;
    return at;
  };
  const plus = lastAt(PLUS);
  const total = lastAt(TOTALS);
  // Round 49: 「加上他爸的残疾补贴，一共…」: a source added in a clause of its own, with no amount, is one of the things
  // the total adds up; only a source in the total's own clause makes it that source's total.
  let clauseBreak = -1;
  for (const mark of gap.slice(0, Math.max(total, 0)).matchAll(/[，,。；;\s]/gu)) clauseBreak = mark.index;
  return total > plus && !SOURCE.test(gap.slice(Math.max(plus, clauseBreak, 0), total));
}
const EACH = /人均|各(?:自|人)?|每(?:个)?人|一人|一个人(?=一个月|每个月|每月|一年|每年)/u;
// A clause that is only whose share it is (「一人」), the same words as EACH.
const EACH_ONLY = new RegExp(`^(?:${EACH.source})$`, 'u');
const PEOPLE_COUNT =
  /([2-9]|[两二三四五六七八九俩仨])(?:个|口)?(?:人|老人|老的|大人|娃|孩子)|(俩|两老|二老|老两口|两口子|夫妻俩|俩老|爷爷奶奶|外公外婆|姥姥姥爷|爸妈|父母|公婆|爹娘|我两个|他两个|她两个|我们两个|他们两个|他俩|她俩|我俩|俺俩|我们俩)/u;
// Two relatives named together (我爸和我叔, 我跟我弟, 我爸我妈): two people.
const KIN =
  '(?:我|俺|他|她)?(?:老伴|爱人|老公|老婆|媳妇|爹|娘|爸爸?|妈妈?|爷爷|奶奶|外公|外婆|姥姥|姥爷|叔叔?|伯伯?|舅舅?|姑姑?|姨|哥哥?|弟弟?|姐姐?|妹妹?|儿子|女儿|闺女|老公|老婆|公公|婆婆|我|俺)';
const KIN_PAIR = new RegExp(`${KIN}(?:和|跟|与|同|、)?${KIN}`, 'u');
// 去年 counts only with what was earned in it (「去年一共挣了三万」), not as the time of an event (「户口去年迁走了 两千八」).
const YEAR =
  /一年|每年|全年|年收入|年薪|年均|一整年|去年(?=[^，,。；;\s]{0,4}(?:一共|总共|全年|挣|赚|收入|到手|卖|收成|打工|种))|往年|今年(?=[^，,。；;\s]{0,4}(?:一共|总共|挣|赚|收入|到手|卖|收成))|年底|一年下来|年年/u;
// Round 48: 月均 / 月平均, a caseworker's and a form's word (「户主打零工月均一千五左右」), as 年均 is a year's.
const MONTH = /一个月|每个月|每月|一月|月薪|月入|月收入|月工资|个月|月月|按月|月均|月平均/u;
const DAY = /一天|每天|日薪|一日|天天|一工/u;
const QUARTER = /季度|每季|一季/u;
// Round 40: pay by the hour (「保洁一个钟头二十五」), read with the hours of a month (「一个月大概干八十个钟头」).
const HOUR = /一个?钟头|每个?钟头|一个?小时|每个?小时|时薪/u;
const HOURS_WORKED =
  /(?:一个月|每个月|每月|一月)[^，。,.；;0-9一二两三四五六七八九十]{0,8}?([0-9]{1,3}|[一二两三四五六七八九十百]{1,4})(?:来|多)?(?:个)?(?:钟头|小时|工时)/u;
// Round 40: the days of a year worked at a day's pay (「一天一百五 一年能干二百天左右」).
const DAYS_A_YEAR =
  /(?:一年|每年|全年)[^，。,.；;0-9一二两三四五六七八九十]{0,8}?([0-9]{2,3}|[一二两三四五六七八九十百]{2,5})(?:来|多)?(?:个)?(?:工作日|工|天|日)/u;
// Round 40: harvests of a year, a figure said for one of them (「一年收两季 一季卖九千左右」): not a quarter.
const HARVESTS = /一年(?:能)?(?:收|种|产|卖|打|摘|采|割|出)(?:个)?([两二三四2-4])(?:季|茬|造)/u;
const PERIOD_AFTER = /^(?:左右|的样子|吧|啊)?\s?(一年|每年|一个月|每个月|每月|一天|每天|一季度)/u;
const DAYS_WORKED =
  /(?:一个月|每个月|每月|一月)[^，。,.；;0-9一二两三四五六七八九十]{0,8}?([0-9]{1,2}|[一二两三四五六七八九十]{1,3})(?:来|多)?(?:个)?(?:工作日|工|天|日)/u;
const MONTHS_WORKED =
  /一年[^，。,.；;0-9一二两三四五六七八九十]{0,8}?([0-9]{1,2}|[一二两三四五六七八九十]{1,3})(?:来|多)?个月/u;
// The months of the year a monthly figure is earned in (「一年干八个月」「榨季做四个月」「其他八个月打散工」
// 「一年也就干半年」): the figure is earned only then.
const WORK_MONTHS =
  /(?:干|做|上班|打工|上工|开工|出工|有活|干活|做工)(?:个)?(?!一个?月)(?:([0-9]{1,2}|[一二两三四五六七八九十]{1,3})(?:来|多)?个月|(半)年)|(?<![0-9零一二两三四五六七八九十])(?!一个月)([0-9]{1,2}|[一二两三四五六七八九十]{1,3})个月(?:有活|能干|干活|在干|打散工|打零工|打工|上班)/gu;
// Long answers are no answer about money past this many characters.
const MAX_SCAN = 2000;
const MAX_NUMBERS = 40;

// The period words, each with a global twin for finding its last use in a clause.
const EVERY_YEAR_WORD = new RegExp(YEAR.source, 'gu');
const EVERY_MONTH_WORD = new RegExp(MONTH.source, 'gu');
const PERIOD_WORDS: readonly (readonly [Period, RegExp])[] = [
  ['year', EVERY_YEAR_WORD],
  ['month', EVERY_MONTH_WORD],
  ['day', new RegExp(DAY.source, 'gu')],
  ['quarter', new RegExp(QUARTER.source, 'gu')],
  ['hour', new RegExp(HOUR.source, 'gu')],
];

function lastIndex(text: string, words: RegExp): number {
  let at = -1;
  for (const match of text.matchAll(words)) at = match.index;
  return at;
}

/**
 * The period an amount is said in, by the nearest period word before it in its clause (and where that word
 * stands in `before`), else right after it (at -1).
 */
function periodOf(before: string, after: string): { period: Period; at: number } {
  let nearest: { period: Period; at: number } | undefined;
  for (const [period, words] of PERIOD_WORDS) {
    const at = lastIndex(before, words);
    if (at >= 0 && (nearest === undefined || at > nearest.at)) nearest = { period, at };
  }
  if (nearest) return nearest;
  const next = PERIOD_AFTER.exec(after)?.[1];
  if (!next) return { period: 'unknown', at: -1 };
  const period = YEAR.test(next) ? 'year' : DAY.test(next) ? 'day' : QUARTER.test(next) ? 'quarter' : 'month';
  return { period, at: -1 };
}

function countOf(said: string | undefined): number | undefined {
  if (!said) return undefined;
  if (said === '俩') return 2;
  if (said === '仨') return 3;
  return parseChineseNumber(said);
}

// Round 47: 「公公婆婆养老金一个人两百五」「…两个老人 农村养老金 一个人一百八」: 一个人 right before the figure (the clause
// read up to it), after two people named in its clause or as the whole clause, is each.
const EACH_BEFORE_FIGURE = /一个人$/u;

/**
 * How many people one amount is for: 1 unless 各 / 每人 / 一人 is said, then the people counted near it, or counted
 * earlier in the answer (round 47: 「就两个老的 靠养老金 一个人一个月两百二」).
 */
function peopleFor(clause: string, previous: string, after: string, earlier: string): number {
  const own = clause.trim();
  const pair =
    own === '一个人' || KIN_PAIR.test(own.replace(EACH_BEFORE_FIGURE, ' ')) || PEOPLE_COUNT.test(own);
  const bare = !EACH.test(clause);
  if (bare && !(pair && EACH_BEFORE_FIGURE.test(own))) return 1;
  // 「家里有六口人公公婆婆…养老金一个人两百五」: the pair named right before the bare 一个人, not the household counted earlier.
  if (bare && KIN_PAIR.test(own.slice(-12))) return 2;
  for (const words of [clause, previous, after, earlier]) {
    const counted = PEOPLE_COUNT.exec(words);
    if (counted) {
      if (counted[2]) return 2;
      const n = countOf(counted[1]);
      if (n !== undefined && n >= 2 && n <= 10) return n;
    }
    if (KIN_PAIR.test(words.replace(EACH, ' '))) return 2;
  }
  return /各/u.test(clause) ? 2 : 1;
}

function amountOf(match: RegExpExecArray, after: string): { value: number; trimmed: number } | undefined {
  if (match[1] && match[2] && match[3])
    return {
      value: (((DIGITS[match[1]] ?? 0) + (DIGITS[match[2]] ?? 0)) / 2) * (UNIT_VALUE[match[3]] ?? 1),
      trimmed: 0,
    };
  const raw = match[4] ?? '';
  const number = numberBeforePeriod(raw, after);
  const value = parseChineseNumber(number);
  return value === undefined ? undefined : { value, trimmed: raw.length - number.length };
}

/** The amounts of income an answer names, in order, each read in its own clause. */
export function incomeMentions(said: string, blanked: string): IncomeMention[] {
  // 「四十多万」 is 四十万 and some: the unit said after the rough word is put back first (the same length, so
  // positions in both texts still match).
  const text = roughUnitsInPlace(said);
  const scan = roughUnitsInPlace(blanked);
  const limit = Math.min(scan.length, MAX_SCAN);
  const mentions: IncomeMention[] = [];
  const days = countOf(DAYS_WORKED.exec(text)?.[1]);
  const months = countOf(MONTHS_WORKED.exec(text)?.[1]);
  const hours = countOf(HOURS_WORKED.exec(text)?.[1]);
  const yearDays = countOf(DAYS_A_YEAR.exec(text)?.[1]);
  const harvests = countOf(HARVESTS.exec(text)?.[1]);
  // The clauses are cut only when an amount needs them: most messages name none.
  let clauseIndex: ((at: number) => number) | undefined;
  const moneyClauseStart = (at: number): number => (clauseIndex ??= moneyClauseIndex(text))(at);
  AMOUNT.lastIndex = 0;
  let match: RegExpExecArray | null;
  let numbers = 0;
  // An answer about income names a handful of amounts; past MAX_NUMBERS numbers the text is something else.
  while ((match = AMOUNT.exec(scan)) !== null && match.index < limit && numbers++ < MAX_NUMBERS) {
    const start = match.index;
    const rawEnd = start + match[0].length;
    const afterRaw = scan.slice(start + (match[4] ?? match[0]).length, rawEnd + 12);
    const amount = amountOf(match, scan.slice(start + (match[4] ?? '').length));
    if (!amount) continue;
    // The 一 of a period word after the number (一千二|一年) belongs to the period: read on from it.
    if (amount.trimmed > 0)
      AMOUNT.lastIndex = rawEnd - (match[5] ?? '').length - (match[6] ?? '').length - amount.trimmed;
    const end = amount.trimmed > 0 ? AMOUNT.lastIndex : rawEnd;
    const digitsOnly = /^[0-9]+$/u.test(match[4] ?? '');
    const after = scan.slice(end, end + 12);
    // What follows the number itself, before 左右 / 块: 「一千八左右娃在上学」 is money, 「两个娃」 is not.
    const numberEnd = end - (match[5] ?? '').length - (match[6] ?? '').length;
    const afterNumber = scan.slice(numberEnd, numberEnd + 12);
    if (digitsOnly && (match[4] ?? '').length > 7) continue; // a phone or an ID number
    // 「一个月二百孩子那个补贴…」: two hundred is no count of children; 「一万多点」 is a little over ten thousand, no
    // hour of the clock.
    if (
      !match[6] &&
      NOT_MONEY_AFTER.test(afterNumber) &&
      !(amount.value >= 100 && /^(?:孩子|娃|多点)/u.test(afterNumber))
    )
      continue;
    if (/^(?:19|20)[0-9]{2}$/u.test(match[4] ?? '') && /^年/u.test(afterRaw)) continue;
    if (/第$/u.test(scan.slice(Math.max(0, start - 1), start))) continue;
    const clauseStart = moneyClauseStart(start);
    const before = text.slice(clauseStart, start);
    const previousStart = clauseStart > 0 ? moneyClauseStart(Math.max(0, clauseStart - 1)) : 0;
    const previous = text.slice(previousStart, clauseStart);
    const value = rangeMiddle(amount.value, scan.slice(end, end + 64));
    // The top of a range (一千到一千二) is no amount of its own.
    if (value !== amount.value)
      AMOUNT.lastIndex = end + (RANGE_TOP.exec(scan.slice(end, end + 64))?.[0].length ?? 0);
    const last = mentions.at(-1);
    // Words are read in the text itself: the scan has idioms such as 加一块 blanked.
    const gap = last ? text.slice(last.end, start) : '';
    // A clause of one or two characters (「一个月 一千二」 typed with spaces) is read with the one before it; so is
    // one that only says whose share it is (「俺俩都是农村养老金 一人一百八」).
    const cueWords = before.trim().length < 2 || EACH_ONLY.test(before.trim()) ? previous + before : before;
    const own = periodOf(cueWords, after);
    // 「一年种地加上打工么 能有个两万四」: no period in the figure's clause, and the clause before names one and no
    // figure of its own (no digit, no 百 / 千 / 万: 两个娃 and 打零工 are none): the figure is in that period.
    const said =
      own.period === 'unknown' &&
      cueWords === before &&
      !/[0-9百千万]/u.test(scan.slice(previousStart, clauseStart))
        ? periodOf(previous + before, after)
        : own;
    let period = said.period;
    // Pay by the hour counts only with the hours of a month told.
    if (period === 'hour' && hours === undefined) continue;
    // 「一年平均算三千」 after monthly figures: the year is what was averaged over, the figure stays monthly.
    if (period === 'year' && last && /平均/u.test(before.slice(lastIndex(before, EVERY_YEAR_WORD))))
      period = last.period;
    // 「一百多 … 大概一百六」: a rough figure then the exact one close after it.
    const exactOfRough =
      last !== undefined &&
      gap.length < 14 &&
      (/多|左右|来|出头|上下|几/u.test(text.slice(last.start, last.end + 2)) ||
        // 「不到五百 大概四百八」: a bound, then the figure inside it.
        /(?:不到|不足|没到|不超过|顶多|最多|撑死)$/u.test(
          text.slice(Math.max(0, last.start - 3), last.start),
        ) ||
        last.range) &&
      value >= last.said * 0.7 &&
      value < last.said * 2;
    const money =
      Boolean(match[6]) ||
      (value >= 100 && exactOfRough && !last.excluded) ||
      INCOME_CUE.test(cueWords) ||
      INCOME_AFTER.test(after) ||
      period !== 'unknown' ||
      // 「现在就我一千六」: who earns it, after a now and a 就.
      (value >= 100 &&
        EARNER_FIRST.test(before.trim().replace(NOW_ONLY, '')) &&
        before.trim().length <= 10) ||
      // Close after another amount of income, linked to it or with next to nothing between (「一千 平均两千」).
      (value >= 100 &&
        last !== undefined &&
        !last.excluded &&
        gap.length < 12 &&
        (ALTERNATIVE.test(gap) ||
          REPLACES.test(gap) ||
          PLUS.test(gap) ||
          TOTALS.test(gap) ||
          gap.replace(/[\s，,。；;、]/gu, '').length <= 3));
    if (!money) continue;
    if (value < (match[6] || period === 'day' || period === 'hour' ? 10 : 50)) continue;
    // 「租房子，一个月九百」: a clause that opens with its period speaks of the clause before it.
    const costBefore =
      /^(?:一个月|每个月|每月|一年|每年)/u.test(before.trim()) &&
      EXPENSE.test(previous) &&
      !INCOME_CUE.test(before);
    const cost = EXPENSE.test(before) || COSTS_AFTER_PERIOD.test(before) || costBefore;
    // 「现在没收入 平时一个月跑六七千」: against a now, what is usual is not what comes in.
    // Round 45: 「现在身上没钱」 tells the cash at hand (wages still owed), not what comes in now: the usual stands.
    const usual = /平时|平常|往常/u.test(before) && /现在|目前|如今/u.test(text.replace(CASH_AT_HAND, ' '));
    // An earlier time said in the clause before carries over when that clause spoke of work or money
    // (「以前在厂里上班 一个月五千」), not of something else (「我们家原来住的地方 老公四千五」).
    const past =
      usual ||
      PAST.test(before) ||
      (PAST.test(previous) &&
        (INCOME_CUE.test(previous) || WORKPLACE.test(previous) || previous.trim().length <= 4) &&
        !/现在|目前|如今|眼下|今年/u.test(before + previous));
    const promised = PROMISED.test(before) && NOT_PAID.test(scan.slice(end, end + 24));
    // 「是两千八，不是三千八」: the amount said to be wrong is no income; so is 「到手就1600 没有1800」, a figure
    // denied right after the one that stands (alone, 「没有一千」 is a bound and stays).
    const negated =
      /不是\s*$/u.test(before) || (last !== undefined && /没有\s*$/u.test(before) && gap.length < 8);
    // 「老板就给了两千块」: money given once, with no period, is no monthly income.
    const once = period === 'unknown' && /(?:给|赔|拿|补|借|凑|捐)了[^，,。；;\s]{0,3}$/u.test(before);
    const sourceTotal = SOURCE_BEFORE_TOTAL.test(before);
    const newEarner = NEW_EARNER.test(gap) && !CORRECTION.test(gap);
    // 「按一年三千算」「算2000吧」: the resident's own reckoning stands for what came before.
    // 「一个月2800 2800」: the same figure again with nothing between is said twice, not a second source.
    const repeated =
      last !== undefined && value === last.said && gap.replace(/[\s，,。；;、]/gu, '').length === 0;
    const settledAfter =
      /^(?:块钱?|元)?算/u.test(text.slice(end, end + 4)) ||
      /^(?:那就|就|总的)?(?:算|平均)/u.test(before.trim());
    // 「三千多 … 三千二吧」: the figure that closes the answer with 吧 is the rough one made exact, whoever was
    // spoken of between them (「我在家看儿子」 tells who earns nothing, not a second earner).
    const closesWithReckoning = /^\s*(?:块钱?|元)?(?:左右)?吧\s*[。.!！]?\s*$/u.test(scan.slice(end));
    // 「四千五是税前 到手是四千二 按四千二写」「就写两千」: the figure the resident dictates for the form is the answer.
    const dictated =
      (/按\s*$/u.test(before) && /^(?:块钱?|元)?(?:写|填)/u.test(text.slice(end, end + 4))) ||
      /(?:就|你就|帮我|给我)(?:写|填)(?:成|上)?\s*$/u.test(before);
    // 「上班三千三 手工活三四百 算三千六吧」: a reckoning that covers what came before is the household's total.
    const soFar = mentions.filter((m) => !m.excluded).reduce((sum, m) => sum + m.monthly, 0);
    const reckonsAll = settledAfter && mentions.length >= 2 && value >= soFar * 0.8 && value <= soFar * 1.2;
    // Round 49: 「老公三千 加我一千五 差不多四千五」: a figure about the sum of those before it, after a word of reckoning,
    // is their total said, not one more source.
    const sumReckoned =
      mentions.length >= 2 &&
      RECKONS_MONTH.test(gap) &&
      !PLUS.test(gap) &&
      !NEW_EARNER.test(gap) &&
      Math.abs(value - soFar) <= soFar * 0.1;
    // Round 43: 「卖菜一天赚五六十 一个月大概一千五」: the month reckoned right after a day's or an hour's pay is that pay
    // restated, unless someone else or another source is named between them.
    const monthOfDay =
      last !== undefined &&
      (last.period === 'day' || last.period === 'hour') &&
      period === 'month' &&
      !PLUS.test(gap) &&
      !newEarner &&
      !SOURCE_NAMED.test(gap) &&
      RECKONS_MONTH.test(gap);
    const link: MentionLink = !last
      ? TOTALS.test(before) && !sourceTotal && HOUSEHOLD.test(before)
        ? 'total'
        : 'new'
      : (TOTALS.test(gap) && !sourceTotal && (!PLUS.test(gap) || totalAfterPlus(gap))) ||
          reckonsAll ||
          sumReckoned ||
          dictated
        ? 'total'
        : exactOfRough && closesWithReckoning && !PLUS.test(gap)
          ? 'replaces'
          : // Round 45: 「多的时候一千 少的时候没有 平均下来五百」: the average settled on after the alternatives is no
            // alternative itself; it replaces them (below).
            ALTERNATIVE.test(gap) && !PLUS.test(gap) && !newEarner && !settledAfter
            ? 'alternative'
            : repeated ||
                monthOfDay ||
                (settledAfter && !(newEarner && VAGUE_AMOUNT.test(gap))) ||
                ((REPLACES.test(gap) || exactOfRough) && !PLUS.test(gap) && !newEarner)
              ? 'replaces'
              : 'new';
    // A figure that stands in for the one before (or is one of its alternatives) is said in its period.
    // A day's pay restated (「一天一百六 … 算三千二吧」) is restated for the month.
    if (period === 'unknown' && last && link !== 'new')
      period = last.period === 'day' ? 'month' : last.period;
    const perMonth =
      period === 'year'
        ? value / 12
        : period === 'quarter'
          ? harvests !== undefined
            ? (value * harvests) / 12
            : value / 3
          : period === 'day'
            ? days === undefined && yearDays !== undefined && yearDays >= 30 && yearDays <= 366
              ? (value * yearDays) / 12
              : value *
                (days !== undefined && days >= 1 && days <= 31 ? days : 30) *
                (months !== undefined && months >= 1 && months < 12 ? months / 12 : 1)
            : period === 'hour'
              ? value * (hours !== undefined && hours >= 1 && hours <= 400 ? hours : 0)
              : value;
    // A total (「一人一百四 一共二百八」) is already everyone's.
    const people =
      link === 'total'
        ? 1
        : peopleFor(before, previous, scan.slice(end, end + 16), text.slice(0, previousStart));
    const monthly = Math.round(perMonth * people);
    // 「一个月两千 一年两万四」: the same monthly figure said another way is the same income restated; round 39: not
    // when another earner brings it (「种地一年也就六千 儿子一个月寄五百」 is two sources that happen to match).
    const restated =
      link === 'new' &&
      !newEarner &&
      last !== undefined &&
      !last.excluded &&
      monthly === last.monthly &&
      value !== last.said;
    // 「旺季能到五千」: how high a good season reaches is a bound, not what comes in.
    const peak =
      (link === 'alternative' && PEAK.test(before)) || EXPLAINED_AWAY.test(scan.slice(end, end + 10));
    mentions.push({
      start,
      end,
      monthly,
      excluded: cost || past || promised || once || peak || negated,
      link: restated ? 'replaces' : link,
      plus: PLUS.test(last ? gap : before),
      period,
      said: value,
      // The words that say how much, from the period word on (「一天一百五」), for readers that judge the figure.
      from: said.at < 0 ? start : start - (cueWords.length - said.at),
      range: Boolean(match[1]) || value !== amount.value,
      settled: settledAfter,
      bare: last !== undefined && !newEarner && !SOURCE_NAMED.test(gap) && !INCOME_AFTER.test(after),
    });
  }
  AMOUNT.lastIndex = 0;
  return inWorkingMonths(mentions, text);
}

/** The months of work a phrase names (半年 is six), with where it stands. */
function workMonths(text: string): { at: number; months: number }[] {
  const found: { at: number; months: number }[] = [];
  for (const match of text.slice(0, MAX_SCAN).matchAll(WORK_MONTHS)) {
    const months = match[2] ? 6 : countOf(match[1] ?? match[3]);
    if (months !== undefined && months >= 1 && months < 12) found.push({ at: match.index, months });
  }
  return found;
}

/**
 * A monthly figure earned only some months of the year, spread over the year: the months said before it
 * (after the amount before), else those said after it that the next amount does not claim as its own.
 */
function inWorkingMonths(mentions: IncomeMention[], text: string): IncomeMention[] {
  const phrases = workMonths(text);
  if (phrases.length === 0) return mentions;
  const before = (i: number) => {
    const from = i > 0 ? mentions[i - 1]!.end : 0;
    return phrases.filter((p) => p.at >= from && p.at < mentions[i]!.start).at(-1);
  };
  return mentions.map((mention, i) => {
    if (mention.period !== 'month' || mention.excluded) return mention;
    const next = mentions[i + 1];
    const claimed = next ? before(i + 1) : undefined;
    const after = phrases.find((p) => p.at >= mention.end && (!next || p.at < next.start) && p !== claimed);
    const phrase = before(i) ?? after;
    return phrase ? { ...mention, monthly: Math.round((mention.monthly * phrase.months) / 12) } : mention;
  });
}
