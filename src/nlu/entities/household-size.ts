import { NUMBER_SOURCE, parseChineseNumber } from '../../text/chinese-number.js';
import { found, type FoundEntity } from './found.js';

const N = `(${NUMBER_SOURCE})`;
// Kin and companions a resident lists when saying who lives with them: 我和老伴两个人, 我跟孙子俩.
const PEOPLE =
  '(?:他|她|老伴|老伴儿|老婆|老公|爱人|丈夫|妻子|媳妇|孩子|儿子|女儿|闺女|孙子|孙女|外孙|外孙女|父亲|母亲|爸爸|妈妈|我爸|我妈|爸|妈|婆婆|公公|奶奶|爷爷|姥姥|姥爷|外婆|外公|哥哥|姐姐|弟弟|妹妹|娃|小孩|两个孩子|三个孩子|俩孩子|一个孩子)';

// The words between 一家 and the number (共, 总共有, 人口是 …) are read at most four at a time, and the list
// holds no word that two others spell (共有 = 共 + 有): an unbounded loop over overlapping words once
// backtracked exponentially, so 「一家」 followed by forty 「共有」 hung the service.
interface Rule {
  pattern: RegExp;
  /** Which capture group holds the number, or a fixed size, or groups to add (a missing one counts `missing`). */
  size: number | { group: number } | { sum: readonly number[]; plus?: number; missing?: number };
  /** Two people named by their bond: the household's size only when nobody else of it is named. */
  bond?: boolean;
}

// A count of people who work or study together (「俺们八个人工钱」「供我和弟弟妹妹三个人上学」), not who lives there.
const NOT_HOUSEHOLD = '(?![^，,。；;\\s]{0,2}(?:工钱|工资|干活|打工|上班|上学|读书|念书))';
// A count followed by a unit of time or money (仨月, 仨礼拜, 仨万) counts days or yuan, not people.
const NOT_A_SPAN = '(?![月天年日号周礼拜星期回次趟块元万千百钟点])';
// One elder of the household named (「老婆婆」「俺娘」): one person more.
const ONE_ELDER = '(?:老)?(?:婆婆|公公|奶奶|爷爷|老人|老娘|老爹|我妈|我爸|俺娘|俺爹|俺妈|俺爸|岳母|岳父)';
// Round 40: 姑娘 and 丫头 (a daughter: 「我和老伴就一个姑娘」 is the couple's one child, not a household of one).
const KIDS = '(?:孩子|小孩|娃|儿子|女儿|闺女|姑娘|丫头|孙子|孙女|外孙女?|学生)';
// A couple named by their bond, then who else lives with them: 夫妻俩加一个孩子, 老两口带着孙子.
const COUPLE =
  '(?:夫妻俩|夫妻两个|两口子|老两口|小两口|我们俩|俺们俩|我俩|俺俩|我们两个|我和老伴|我跟老伴|我和老公|我和老婆|我和爱人)';
const SMALL_N = '([1-9]|[一二两三四五六七八九])';
// Someone of the household besides a couple or a pair named by their bond.
const OTHER_MEMBER = new RegExp(
  `${KIDS}|${ONE_ELDER}|公公|婆婆|[爹娘](?!家)|儿媳|女婿|弟弟|妹妹|哥哥|姐姐|孙`,
  'u',
);
// A parent and child named by their bond (娘俩, 母子, 爷俩), beside the other parent named (她男人在兰州送外卖):
// the one away is of the household too, so the pair is not all of it.
const PARENT_AND_CHILD = /[娘爷母父]/u;
const SPOUSE = /男人|老公|丈夫|媳妇|老婆|爱人|孩子(?:他|她)?[爸妈爹娘]/u;

const RULES: Rule[] = [
  {
    // Round 47: 「户口上七口人 但是我公公去年去世了还没销户 实际是六个」: the count the household really has, set against
    // the book's, whatever is said before it.
    pattern: new RegExp(
      `(?:实际上|实际|其实|实打实)(?:是|有|就是|就|只有|就有)?${N}(?:口(?:人)?|个人|人|个(?=$|[\\s，,。;；、]))`,
      'u',
    ),
    size: { group: 1 },
  },
  {
    // Round 47: 「就两个老的 靠养老金」: only the old ones, counted, are the household (not when they raise someone).
    pattern: new RegExp(`(?:就|只有|只剩)(?:我们|俺们|咱们)?${N}个(?:老的|老人)`, 'u'),
    size: { group: 1 },
  },
  {
    // 「我家三口 加上外甥 四口」「两口人 加上孩子一共四个人」: the total after 加上 / 一共, not the part before it.
    pattern: new RegExp(
      // 「一共6个 我 老公 俩孩子 公婆」: a bare 个 after 一共 counts too when a pause follows it.
      `(?:加上|算上|加起来|一共|总共|合计)[^0-9零〇一二两三四五六七八九十百千万口人，,。]{0,8}?${N}(?:口|个人|人|个(?=$|[\\s，,。;；、：:]))`,
      'u',
    ),
    size: { group: 1 },
  },
  {
    pattern: new RegExp(
      // 「户口一起五个」: the household book's count, with a bare 个 when a pause or the end follows; 屋里 is home
      // in the south and centre (屋里三个人).
      `(?:一家|全家|家里|家中|我家|我们家|俺家|家庭|屋里|屋头|屋里头|户里|户籍|户口上|户口本上|户口(?:在)?一起)(?:共|一共|总共|人口|有|是|就|只有){0,4}${N}(?:口(?:人)?|个人|个(?=$|[\\s，,。;；、]))`,
      'u',
    ),
    size: { group: 1 },
  },
  {
    // 「户口本上现在就我爸妈两个人」: the household book, then who is on it, then their count; not a couple named
    // among them (「户口本上就俺老两口和孙女」).
    pattern: new RegExp(
      `(?:户口本上|户口簿上|户口上|户口本里|户口里)(?:现在|目前|如今)?(?:就|只有|只剩|就剩|还有)?[^0-9零〇一二两三四五六七八九十百千万，,。]{0,6}?(?<![老小])${N}(?:口人|个人|口|人)(?![子和跟加]|还有)`,
      'u',
    ),
    size: { group: 1 },
  },
  { pattern: new RegExp(`${N}口之家`, 'u'), size: { group: 1 } },
  { pattern: new RegExp(`${N}口人`, 'u'), size: { group: 1 } },
  // A count said alone (「五口 我老两口加儿子一家」) beats the bonds named after it; 老两口 and 小两口 are bonds.
  { pattern: new RegExp(`(?<![老小])${N}口(?=$|[\\s，,。.!！;；、])`, 'u'), size: { group: 1 } },
  // So does a count of people standing alone, first or after the address in a group answer (「5个 公公 我们两口子
  // 两个娃」「上坝村 5个 公公…」「五个人，我两口子、我爹…」; round 35: 「4人 …两口子打零工」).
  {
    pattern: new RegExp(`(?<=^|[\\s，,。；;])\\s*${N}(?:个人|个|人)(?=$|[\\s，,。.!！;；、])`, 'u'),
    size: { group: 1 },
  },
  // 「公公婆婆我们两口子还有孩子五个人」: the members listed, then their count (two or more: 「我妈一个人」 is her alone).
  {
    pattern: new RegExp(
      `(?<=(?:孩子|娃|儿子|女儿|闺女|两口子|老两口|公公|婆婆|爸|妈|爹|娘|奶奶|爷爷|孙子|孙女|我)(?:们)?(?:一共|总共|共)?)(?![一1](?!十))${N}(?:个人|口人)(?=$|[\\s，,。.!！;；、])`,
      'u',
    ),
    size: { group: 1 },
  },
  {
    pattern: new RegExp(
      `(?:家里|家中|我家|我们家|俺家|一家|全家|家庭成员|家庭人口|共同生活的?)(?:共|一共|总共|有|是|就|只有|人){0,4}${N}(?:个)?人`,
      'u',
    ),
    size: { group: 1 },
  },
  {
    pattern: new RegExp(
      // 「我和老伴一个月两千」: 一个月 is a period, not a count.
      `(?:我和|我跟|我与|我带着|我带|俺和|俺跟)(?:${PEOPLE}[和跟、与]?){1,4}(?:一共|总共|就|共)?${N}(?:个人|个(?!月|${KIDS})|口人|口)${NOT_HOUSEHOLD}`,
      'u',
    ),
    size: { group: 1 },
  },
  {
    pattern: new RegExp(
      // 「我们两口子」 is the couple, not the household.
      `(?:我们|俺们|咱们|我们家|俺家)(?:家)?(?:一共|总共|就|共|只有)?${N}(?:个人|口人|口(?!子))${NOT_HOUSEHOLD}`,
      'u',
    ),
    size: { group: 1 },
  },
  {
    pattern: new RegExp(`${N}(?:个)?人(?:一起)?(?:生活|过日子|住在一起|一起住|相依为命)`, 'u'),
    size: { group: 1 },
  },
  {
    pattern:
      /(?:就|只有|只剩)(?:俺|我们|咱|咱们|俺们|我们娘|我们爷)俩|(?:我们|咱们|俺们)俩(?:相依为命|过日子|一起过|生活)/u,
    size: 2,
  },
  {
    // Alone as a household: 就我一个人 / 我一个人住 / 就他自个. 「我一个人两头跑」「我一个人打零工养家」 say who
    // does the work, not how many live there, so a bare 一个人 counts only where the sentence stops; 「我一个人在家带
    // 孩子」 keeps the children.
    pattern:
      /(?:家里|家中)?(?:就|只有|只剩)(?:我|俺|他|她)(?:自己|自个儿?)(?!带|养|拉扯|照顾|供)|(?:家里|家中)?(?:就|只有|只剩)(?:我|俺|他|她)(?:自己|自个儿?)?一个(?:人)?(?=$|[\s，,。.!！;；]|住|过|生活|在家)|(?:我|俺|他|她)(?:自己|自个儿?)?一个人(?:住|过日子|过|生活|在家(?![^，,。；;\s]{0,2}(?:带|养|照顾|看|守|伺候|陪)))|独居|孤身一人|孤寡老人|孤老|一个人过日子|一个人生活|一个人住/u,
    size: 1,
  },
  // Below any count said outright. 「两大一小」「三个大人两个孩子」: grown-ups and children counted apart, added up.
  { pattern: new RegExp(`${SMALL_N}大${SMALL_N}小`, 'u'), size: { sum: [1, 2] } },
  {
    pattern: new RegExp(`${SMALL_N}个大人[、，,\\s和跟加带]{0,3}(?:上|着)?${SMALL_N}个${KIDS}`, 'u'),
    size: { sum: [1, 2] },
  },
  // 「夫妻俩加一个孩子」「老两口带着孙子」: the couple and who lives with them.
  {
    pattern: new RegExp(`${COUPLE}(?:加上?|带着?|和|跟|还有)(?:${SMALL_N}个)?${KIDS}`, 'u'),
    size: { sum: [1], plus: 2, missing: 1 },
  },
  // 「俺孙子…就跟着俺老两口过」: a child told of, living with the couple: the couple and the child.
  {
    pattern: new RegExp(
      `(?<=${KIDS}[^。]{0,40})(?:就|只能|一直|现在)?跟着?(?:我|俺|我们|俺们)(?:家)?${COUPLE}(?:一起)?(?:过|住|生活|吃住)`,
      'u',
    ),
    size: 3,
  },
  // 「三个孩子和我们夫妻俩」: the children first, then the couple.
  {
    pattern: new RegExp(`${SMALL_N}个${KIDS}(?:和|跟|加上?|还有)(?:我们|俺们|咱们)?${COUPLE}`, 'u'),
    size: { sum: [1], plus: 2 },
  },
  // 「俺和俩孙子」「我带着仨孩子」: the writer and the children counted by 俩 / 仨.
  // 「撇下俺和俩孩子 还有个老婆婆」: and one more who lives with them.
  {
    pattern: new RegExp(
      `(?:我|俺)(?:和|跟|带着?)俩${KIDS}[\\s，,、]*(?:还有|加上?|和|跟)(?:个|一个)?${ONE_ELDER}`,
      'u',
    ),
    size: 4,
  },
  { pattern: new RegExp(`(?:我|俺)(?:和|跟|带着?)俩${KIDS}`, 'u'), size: 3 },
  { pattern: new RegExp(`(?:我|俺)(?:和|跟|带着?)仨${KIDS}`, 'u'), size: 4 },
  {
    pattern:
      /(?:夫妻|老两口|母子|母女|父子|父女|娘俩|爷俩|爷孙|祖孙|奶孙|婆孙|姐弟|兄妹|兄弟|姐妹|两口子)(?:俩|两个|二人|两人)?相依为命/u,
    size: 2,
  },
  {
    // 「刘传军两口子都同意」: who agreed, not who lives there.
    pattern:
      /(?:老两口|两口子|夫妻俩|娘俩|爷俩|母子俩|母女俩|父子俩|父女俩|祖孙俩|奶孙俩|爷孙俩)(?![^，,。\s]{0,2}(?:同意|知道|签字|签了|按了|愿意|商量))/u,
    size: 2,
    bond: true,
  },
  {
    // 父子两个 / 母女二人 / 姐弟两人: two people named by their bond.
    pattern:
      /(?:夫妻|老两口|母子|母女|父子|父女|娘儿|爷儿|爷孙|祖孙|奶孙|婆孙|姐弟|兄妹|兄弟|姐妹|婆媳)(?:两个|二人|两人|两口)/u,
    size: 2,
    bond: true,
  },
  {
    // 「老板欠俺们仨月工钱」: 仨 before a unit of time or money is a span or a sum (三个月), not the three of us.
    pattern: new RegExp(
      `(?:我们|咱们|俺们)仨${NOT_A_SPAN}${NOT_HOUSEHOLD}|娘仨|娘儿仨|母子仨|母女仨|爷仨|爷儿仨|祖孙仨|一家三口`,
      'u',
    ),
    size: 3,
  },
  // A count said alone: 「四口」「3口」, not 一口气 or 两口子.
  { pattern: new RegExp(`${N}口(?=$|[\\s，,。.!！;；、]|人)`, 'u'), size: { group: 1 } },
  // In English: 「she lives alone」「3 people」「a family of 4」 (digits only; words are rare in a count).
  { pattern: /\b(?:lives?|living) alone\b/i, size: 1 },
  { pattern: /\b([1-9]) (?:people|persons?|family members)\b/i, size: { group: 1 } },
  { pattern: /\bfamily of ([1-9])\b/i, size: { group: 1 } },
];

function sizeOf(size: Rule['size'], match: RegExpExecArray): number | undefined {
  if (typeof size === 'number') return size;
  if ('group' in size) return parseChineseNumber(match[size.group] ?? '');
  let total = size.plus ?? 0;
  for (const group of size.sum) {
    const said = match[group];
    const value = said === undefined ? size.missing : parseChineseNumber(said);
    if (value === undefined) return undefined;
    total += value;
  }
  return total;
}

// Words after a count that say they raise someone else in the home (「两个老的带他」).
const CARERS_OF_ANOTHER = /^[^，,。\s]{0,3}(?:带|养|照顾|拉扯|供)(?:着)?(?:他|她|孙|娃|孩子|小孩|外孙|重孙)/u;
// Words before a count that say someone lives with those counted (「跟着俺老两口」).
const LIVES_WITH = /(?:跟着|跟|随着)(?:我|俺|咱)?(?:们)?(?:老)?$/u;

// A count taken back within the answer (「五口 哦不对 … 四口」「三个人 说错了 是四个」): the one after it stands.
const TAKEN_BACK = /不对|说错了|搞错了|写错了|弄错了|记错了|应该是|哦不/u;

/** Household size: 「一家五口」→5, 「我和老伴两个人」→2, 「我一个人住」→1 (not 「我一个人带两个孩子」, a single parent). */
export function extractHouseholdSize(text: string): FoundEntity[] {
  const takenBack = TAKEN_BACK.exec(text);
  if (takenBack) {
    const from = takenBack.index + takenBack[0].length;
    const corrected = sizeIn(text.slice(from));
    if (corrected.length > 0)
      return corrected.map((e) => ({ ...e, start: e.start + from, end: e.end + from }));
  }
  return sizeIn(text);
}

function sizeIn(text: string): FoundEntity[] {
  for (const rule of RULES) {
    const match = rule.pattern.exec(text);
    if (!match) continue;
    const size = sizeOf(rule.size, match);
    // Households above 20 are a misread amount, not a family.
    if (size === undefined || !Number.isInteger(size) || size < 1 || size > 20) continue;
    // 「我们两口子打工挣的都填进去了」 in a message for the father-in-law: the couple is not the whole household.
    const rest = text.slice(0, match.index) + ' ' + text.slice(match.index + match[0].length);
    if (rule.bond && (OTHER_MEMBER.test(rest) || (PARENT_AND_CHILD.test(match[0]) && SPOUSE.test(rest))))
      continue;
    // 「我跟他爷爷两个老的带他」「孙女一直跟着俺老两口」: the carers of someone who lives with them, not the household.
    const after = text.slice(match.index + match[0].length);
    const before = text.slice(Math.max(0, match.index - 6), match.index);
    if (CARERS_OF_ANOTHER.test(after) || LIVES_WITH.test(before)) continue;
    return [found('household_size', size, match[0], match.index)];
  }
  return [];
}
