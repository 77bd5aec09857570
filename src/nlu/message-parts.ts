import { MAX_MESSAGE_CHARS } from '../text/limits.js';
import { cutText } from '../text/well-formed.js';
import { splitClauses } from './urgency/clauses.js';

/**
 * A message read as its clauses: what is told (a story about oneself or a relative, a hardship, someone
 * else seen in need), what is asked (questions to answer) and what is wanted (to apply, to check an
 * application already made). One long colloquial message often does all three; the classifier gives it
 * one intent, this reading keeps the parts so each can be answered in a sensible order.
 */
export interface MessageParts {
  /** A clause asks to apply now: 想申请 / 帮我妈办个低保 / 给我登个记 / (about oneself) 能申请吗. */
  wantsToApply: boolean;
  /** The wish to apply is only asked (能申请吗, 有没有补助): without a named kind of help it is a question. */
  wantIsQuestion: boolean;
  /** The writer speaks of themself, their household or a relative. */
  personal: boolean;
  /** A hardship is told (illness, no income, a death, a disaster, school fees …). */
  hardship: boolean;
  /** A plea for help without naming what: 求求你们帮帮我, 怎么办啊. */
  plea: boolean;
  /** Question clauses other than the ask to apply (要准备什么材料, 多久能批下来), in order. */
  questions: string[];
  /** Someone who is not the writer's relative, seen in need: 楼下有个老奶奶, 辖区一个流浪人员. */
  aboutSomeoneElse: boolean;
  /** An application already made: 我之前申请的, 进度, 回执, 批下来没有. */
  existingApplication: boolean;
}

const RELATIVES =
  '老头子|老太婆|老伴|闺女|母亲|父亲|父母|爸妈|爸爸|妈妈|老妈|老爸|妈|娘|爸|爹|老公|老婆|媳妇|丈夫|妻子|儿子|女儿|孩子|娃|爷爷|奶奶|外公|外婆|姥姥|姥爷|哥|姐|弟|妹|公公|婆婆|岳父|岳母|孙子|孙女|叔|舅|姑|姨';
const OWN_RELATIVE_FIRST = new RegExp(
  `^(?:你好|您好)?[，,\\s]*(?:我|俺|伲)(?:家)?(?:的)?(?:${RELATIVES})`,
  'u',
);
const PERSONAL = new RegExp(`我|俺|咱|伲|本人|自己|家里|(?:我|俺)(?:家|们家)|(?:${RELATIVES})`, 'u');
const HARDSHIP =
  /困难|难处|没钱|缺钱|没收入|没有收入|没(?:有)?工作|找不到工作|失业|下岗|打零工|生病|病了|重病|大病|住院|手术|化疗|透析|癌|瘫|残疾|残|去世|走了|过世|离婚|单亲|一个人带|独居|孤寡|没人管|没人照顾|房子.{0,4}(?:塌|倒|漏|烧|冲|危)|危房|受灾|遭灾|洪水|大水|冰雹|火灾|失火|学费|上不起学|医药费|看病|欠债|欠了|交不起|付不起|拿不出|凑不齐|吃不上|揭不开锅|日子.{0,4}(?:苦|难)|过不下去|撑不下去|没法过|莫得钱|冇钱|没得钱|低保户|养老金.{0,6}(?:少|不够)/u;
// Wanting to apply: a verb of wanting, then (within a few characters that do not turn it into a question
// about the process) a verb of applying.
const WANT_TO_APPLY = new RegExp(
  [
    '(?:想|要|准备|打算|希望|需要|来)[^问解询知听看，。？！?!\\s]{0,8}?(?:申请|申报|办理|办个|办一下|办下|登记|报名)',
    '帮(?:我|俺|咱|我们|俺们)(?:家)?[^，。？！?!\\s]{0,8}?(?:申请|办|弄|登记|报)',
    '给(?:我|俺)(?:登|办|申请)',
    `(?:帮|替|给|为)(?:我|俺)?(?:家)?(?:的)?(?:他|她|老人家|${RELATIVES})[^，。？！?!\\s]{0,6}?(?:申请|办个|办一下|办理)`,
    // 「替我们村一个孤寡老人申请特困供养」: on someone's behalf, whoever they are.
    '(?:帮|替)(?!什)[^，。？！?!\\s]{1,12}?(?:申请|办个|办一下|办理)',
  ].join('|'),
  'u',
);
// About oneself, asking whether one can apply is asking to apply: 能不能申请 / 能申请低保吗 / 有没有什么救助可以申请;
// 「有没有补助」 alone asks what exists, and is answered.
const MAY_I_APPLY =
  /(?:能不能|能否|可不可以|可以|能|够不够|符不符合|符合)[^，。？！?!\s]{0,6}?(?:申请|申报|办|享受|领|吃低保|条件)|申请[^，。？！?!\s]{0,10}(?:吗|么|不)$|有没有[^，。？！?!\s]{0,12}(?:可以|能)(?:申请|办)/u;
const HELP = /低保|特困|五保|救助|补助|补贴|帮扶|两项补贴|廉租|公租/u;
const PLEA = /帮帮(?:我|俺|我们|咱|忙)|救救|求求|求助|没办法了|走投无路|救助一下|管管我/u;
// A question clause: a question word or mark.
const QUESTION = /[吗呢么？?]$|怎么|怎样|如何|多久|多长时间|多少|什么|啥|哪|能不能|可不可以|是否|有没有/u;
// Questions worth answering before the form starts: materials, conditions, amounts, time, where.
const POLICY_TOPIC =
  /材料|证明|带什么|带啥|准备|条件|标准|要求|多少钱|多少|多久|多长时间|几天|哪里|去哪|流程|手续|谁批|补多少|给多少/u;
// Where someone else lives or was seen (楼下, 隔壁, 路边 …) and, in the same clause, who (有个老奶奶, 王大爷, 老李家).
const PLACE_OF_OTHERS =
  /邻居|街坊|楼下|楼上|隔壁|对门|对面|村里|村口|我们村|同村|组里|院里|镇上|小区|辖区|路边|街上|桥洞|桥下|马路|车站|公园|菜市场|附近|路上/u;
const SOMEONE =
  /有个|有一个|有位|有一位|有户|有家|一个|一位|一户|老[\p{Script=Han}](?:家|头|太)|[\p{Script=Han}](?:大爷|大妈|大娘|奶奶|爷爷|阿姨|叔)|老人|老太|孩子|小孩|男的|女的|流浪/u;
// A grid worker, volunteer or cadre writing about a resident.
const ROLE = /网格员|志愿者|社工|楼长|村干部|村支书|村主任|居委会|村委会|社区干部|社区工作人员/u;
const SEEN = /(?:发现|看到|看见|碰到|遇到|遇见)[^，。？！?!]{0,8}?(?:一个|一位|有个|有位|有户|一户|一家)/u;
const OTHER_PERSON =
  /老人|老太|老奶奶|老爷爷|老大爷|大爷|大妈|大娘|奶奶|爷爷|孩子|小孩|男子|女子|男的|女的|妇女|人员|流浪|乞讨|残疾人|精神|病人|一家|一户|住户|居民|村民|群众/u;
const EXISTING = new RegExp(
  [
    '(?:之前|已经|早就|上次|上个月|前几天|前段时间|去年|上周)[^，。？！?!\\s]{0,6}?(?:申请|交|递|提交|办)[^，。？！?!\\s]{0,4}(?:的|了|过)',
    '进度|到哪(?:一步|了|儿了)|(?:批|审|办)(?:下来|好|完)(?:了)?(?:吗|没|没有)|结果出来|回执|受理单|有(?:消息|结果)(?:了)?(?:吗|没)',
    // 「申请了一个多月了还没消息」「材料交了 一直没人理」: waiting on an application made.
    '(?:申请|材料|资料|表)[^，。？！?!\\s]{0,3}(?:交|递|提交|报)?(?:了|过)[^，。？！?!]{0,12}?(?:还|一直|怎么)(?:没|没有|不见)',
    '(?:申请|交|递)了(?:[一二两三四五六七八九十几半多个]{1,4}|好|很)(?:久|天|周|星期|个?月)',
  ].join('|'),
  'u',
);

/** Reads the parts of a message (see MessageParts); every test is a bounded pattern over a cut message. */
export function readMessageParts(message: string): MessageParts {
  const text = cutText(message, MAX_MESSAGE_CHARS);
  const clauses = splitClauses(text).map((c) => c.text);
  const hardship = HARDSHIP.test(text);
  // 「我爸…一个人住在村里」 is the writer's own father, not someone seen in need.
  const seen =
    !OWN_RELATIVE_FIRST.test(text.trim()) &&
    (clauses.some((c) => PLACE_OF_OTHERS.test(c) && SOMEONE.test(c)) ||
      ((SEEN.test(text) || ROLE.test(text)) && OTHER_PERSON.test(text)));
  // Residents drop the pronoun: a hardship told about nobody else is the writer's own.
  const personal = PERSONAL.test(text) || (hardship && !seen);
  const wantClause = clauses.some((c) => WANT_TO_APPLY.test(c));
  const mayI = clauses.some((c) => MAY_I_APPLY.test(c));
  const plea = PLEA.test(text);
  const existingApplication = EXISTING.test(text);
  const questions = clauses.filter(
    (c) => QUESTION.test(c) && POLICY_TOPIC.test(c) && !(WANT_TO_APPLY.test(c) && !POLICY_TOPIC.test(c)),
  );
  // One's own hardship told, then a question about a kind of help (「…低保怎么办」「孩子上学有没有补助」):
  // they want it. A question about amounts, materials, conditions or time (多少, 材料 …) is only answered.
  const askedAboutHelp =
    hardship &&
    personal &&
    !seen &&
    clauses.some((c) => QUESTION.test(c) && HELP.test(c) && !POLICY_TOPIC.test(c));
  return {
    wantsToApply: !existingApplication && (wantClause || (personal && mayI) || askedAboutHelp),
    wantIsQuestion: !wantClause,
    personal,
    hardship,
    plea,
    questions,
    aboutSomeoneElse: seen,
    existingApplication,
  };
}
