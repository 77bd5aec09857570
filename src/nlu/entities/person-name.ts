import { allMatches } from '../../text/matches.js';
import { tagWords } from '../../text/segment.js';
import { KIN_WORDS } from '../../text/kin-words.js';
import { toSimplified } from '../../text/to-simplified.js';
import { found, type FoundEntity } from './found.js';

// Common single-character surnames (about 98 % of residents), rarer ones that are seldom ordinary words (邸, 劳,
// 晁), and the compound ones still in use.
const SINGLE_SURNAMES = new Set(
  Array.from(
    '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝洪封郁鞠邸晁逯揭储衣展綦冀郦阚竺浦蔺湛仝芮闻伏鄢冼栗郏郗隗贲茹荆厉庹逄蔚雍卿扈牧佴郜劳钮朴杭谌宓茅糜宦匡禹屠阙蹇过',
  ),
);
const COMPOUND_SURNAMES = [
  '欧阳',
  '司马',
  '上官',
  '诸葛',
  '东方',
  '皇甫',
  '尉迟',
  '公孙',
  '慕容',
  '令狐',
  '长孙',
  '宇文',
  '司徒',
  '夏侯',
  '端木',
  '西门',
];

// Characters that end a name: particles, verbs and words that usually follow one (今年, 家住, 身份证 …).
const STOP = new Set(
  Array.from(
    // Round 37: 囝 (a child, in Minnan: 帮阮囝申请) is a word of kinship, never part of a given name.
    '的了是在今年岁住家想要申请请电话手机身份证号码我你他她它们和跟与及现已因为所但就也都还又很太有没不会给帮从到去来说问找吗呢吧啊呀哦嘛囝，。,.!！?？、;；:：（）() 0123456789x',
  ),
);
// 王大爷 / 李阿姨 / 蒋阿婆 / 张老师 / 吕会计 / 蓝妈: a surname with a title, a kin word or a post is how someone is addressed,
// not their full name.
const TITLE =
  /^(?:大爷|大娘|大妈|大伯|大叔|大哥|大姐|奶奶|爷爷|阿姨|阿(?:婆|公|爷|奶|嬷|伯|叔|婶|哥|姐|妈|爸)|叔叔|婶|伯|妈|娘|爹|爷|奶|姨|叔|嫂|婆|嬷|先生|女士|同志|老师|师傅|老人|老太|老头|老汉|老爷子|哥|姐|某|家|村|镇|庄|会计|出纳|文书|主任|书记|支书|村长|组长|队长|站长|所长|乡长|镇长|局长|科长|经理|老板|医生|大夫|干部)/u;
// Round 47: 伯, 叔, 姨 … open given names too (周伯年, 林叔平): a full name of three characters standing alone, whose
// second given character makes no word of address with the first (周伯伯, 李婶子, 张村长, 王姐夫), is a name.
const ONE_CHAR_TITLE = /^(?:伯|叔|婶|姨|嫂|婆|哥|姐|娘|爹|爷|奶|妈|镇|庄|村)/u;
const ADDRESS_TAIL = new Set(Array.from('伯叔婶姨嫂婆嬷哥姐娘爹爷奶妈父母子夫儿们某家里上长委民头公人'));

/** True when the two given characters open with a one-character title yet make no word of address. */
function givenAfterTitle(given: string): boolean {
  const chars = Array.from(given);
  return (
    chars.length === 2 &&
    ONE_CHAR_TITLE.test(given) &&
    /\p{Script=Han}/u.test(chars[1]!) &&
    !ADDRESS_TAIL.has(chars[1]!) &&
    !NEVER_IN_NAME.has(chars[1]!)
  );
}

// Numerals are given names in 张三 / 王五, but never after the first given character.
const NUMERALS = new Set(Array.from('一二三四五六七八九十'));

// Whose name follows: 我叫, 名字是, 姓名：, 老人叫, 孩子他爸叫 (round 37: 阮囝叫, a child in Minnan; round 47: 小伙叫,
// 他爹叫) … The name is read
// whatever comes next.
const CUE =
  /(?:(?:大名|学名|真名)(?:叫|是)?|我叫|俺叫|本人叫|我的名字(?:叫|是|[:：])?|名字(?:就)?(?:叫|是|写|填|[:：])?|名叫|姓名(?:是|为)?[:：]?|申请人(?:就)?(?:是|叫|姓名|写|填)?[:：]?|联系人(?:是|叫)?[:：]?|[他她伊爸妈爷奶子女伴人汉娘公婆舅姨叔伯哥姐弟妹孙儿主太头妇生的岁娃居孩者户民囝仔崽伢伙爹](?:的名字)?叫(?:做)?|(?:^|[\s，,。])叫)\s*/gu;

// Cues after which a name counts only when it stands alone (followed by a space, a comma or the end):
// 我是李建国 / 我儿子刘浩然 身份证… / 帮李俊杰申请 / an ID number then 潘雨婷.
const LOOSE_CUE =
  /(?:我是|本人|(?:(?:我|俺)的?|^|[\s，,])(?:儿子|女儿|闺女|外孙女|外孙|孙子|孙女|舅舅|姑姑|姨妈|叔叔|伯伯|哥哥|姐姐|弟弟|妹妹|老伴|丈夫|妻子|爱人|老公|老婆|父亲|母亲|我爸|我妈|俺爹|俺娘|外甥|侄子|侄女|邻居)|帮(?:辖区的|村里的|我们村的|邻居)?|替|给|[0-9x]\s+|^)\s*/gu;
// 「给孙子弄」「帮外孙女办」: a kin word of two characters or more, then a verb, is whom it is for, not a name.
const STARTS_WITH_KIN = new RegExp(`^(?:${KIN_WORDS})`, 'u');
const startsWithKin = (name: string): boolean => (STARTS_WITH_KIN.exec(name)?.[0].length ?? 0) >= 2;
// Ordinary words that start with a surname character; after a loose cue they are what they look like.
const COMMON_WORDS = new Set([
  '孙子',
  '孙女',
  '孙囡',
  '孙儿',
  '马上',
  '高中',
  '高兴',
  '任何',
  '全家',
  '关于',
  '时候',
  '于是',
  '万一',
  '向上',
  '安全',
  '应该',
  '成年',
  '毕业',
  '江边',
  '路边',
  '明天',
  '文件',
  '程序',
  '金额',
  '钱款',
  '方面',
  '单位',
  '和他',
  '和她',
  '和我',
]);
const LOOSE_END =
  /^(?:$|[\s，。,.!！?？、;；]|今年|家住|住在|住|身份证|电话|手机|想|要|申请|老人|大爷|奶奶|阿姨|的身份证|他|她|是)/u;

// Who someone is before their full name (「老人王德山（78岁）」「独居老人，过秀英，87岁」「村民张大山，」): only a full
// name of three characters or more counts, closed by a pause or an age, since these words are as often followed by a
// verb (「老人全靠他」).
// 「钱家媳妇吕小芳」: a household's wife or widow named after who she is in it.
const ROLE_CUE =
  /(?:独居|孤寡)?(?:老人|老汉|老太太|村民|居民|病人|患者|五保户|低保户|困难户|特困户|残疾人|媳妇|儿媳|遗孀|老婆|妻子|爱人)[，,、]?\s*/gu;
// Round 34: 「他媳妇谢小芳和三个孩子」「余国庆的老婆张小芳带着三个孩子」: the widow named, then who is with her.
const ROLE_END = /^(?:$|[\s，。,.!！?？、;；（(]|[0-9一二三四五六七八九十]{1,3}岁|和|跟|带着)/u;
// 「小湖村六组吴德清家」: a household named by its head's full name after the village or its group.
const HOUSEHOLD_CUE = /(?:[0-9一二三四五六七八九十]{1,3}(?:组|队)|村|屯)/gu;

// Characters that never stand inside a name, even one standing alone: particles and pronouns.
const NEVER_IN_NAME = new Set(Array.from('的了是我你他她它们吗呢吧啊呀哦嘛和与及'));
// What closes a name standing alone: a pause, a digit (the ID number after it) or the end.
const ALONE_END = /^(?:$|[\s，。,.!！?？、;；:：（）()0-9xX])/u;

/**
 * The whole name when it stands alone after its cue, a full name of surname and two given characters
 * (刘福来, 王小二, 曹阿四): a character that would end a name inside a sentence (来, 四, 到) is part of it
 * when the name closes there.
 */
function standingName(rest: string, surname: string): string | undefined {
  const given = Array.from(rest.slice(surname.length, surname.length + 2));
  // 和 ends a given name often enough (钱仲和, 刘建和) when the name closes there; inside one it is a conjunction.
  const fits = (ch: string, i: number): boolean =>
    /\p{Script=Han}/u.test(ch) && (!NEVER_IN_NAME.has(ch) || (i === 1 && ch === '和'));
  if (given.length !== 2 || !given.every(fits)) return undefined;
  const name = surname + given.join('');
  return ALONE_END.test(rest.slice(name.length)) ? name : undefined;
}

// Simplified forms of the characters looked up, so a surname typed in traditional characters (陳, 歐陽) is one too.
const simplifiedForms = new Map<string, string>();

function simplified(chars: string): string {
  let out = simplifiedForms.get(chars);
  if (out === undefined) {
    out = /^\p{Script=Han}+$/u.test(chars) ? toSimplified(chars) : chars;
    if (simplifiedForms.size > 20_000) simplifiedForms.clear();
    simplifiedForms.set(chars, out);
  }
  return out;
}

/** The surname the text starts with, as typed: 王, 欧阳, or a traditional 陳 / 歐陽. */
function surnameAt(rest: string): string | undefined {
  const first = rest.charAt(0);
  if (SINGLE_SURNAMES.has(first) && !COMPOUND_SURNAMES.some((s) => s.startsWith(first))) return first;
  const firstSimple = simplified(first);
  const compound = COMPOUND_SURNAMES.find(
    (s) => rest.startsWith(s) || (s.startsWith(firstSimple) && simplified(rest.slice(0, 2)) === s),
  );
  if (compound) return rest.slice(0, 2);
  return SINGLE_SURNAMES.has(first) || SINGLE_SURNAMES.has(firstSimple) ? first : undefined;
}

// Surnames of the Hui and other peoples (海, 拜, 冶 …) that are too often ordinary words to be read without a
// cue: after 叫 / 名字是 they are surnames.
const CUED_SURNAMES = new Set(Array.from('海拜撒喇冶妥虎者哈纳脱买锁帖敏达'));

// 过 is a surname of Wuxi and Jiangyin and a word of time and living (过两天, 过年, 过日子, 过来).
const OVER_AS_WORD =
  /^过(?:[一二两三四五六七八九十几半]|年|节|来|去|日|得|不|了|程|后|期|夜|完|关|分|度|往|错|失|敏|户|冬)/u;

// Round 37: 「阮自己」 is the Minnan 我自己 (myself), not 阮 with a given name: oneself is never a given name.
const ONESELF = /^自(?:己|家|个)/u;
// Round 45: 「能给俺闺女申请不」: 申请 after whom it is for is the verb, never the surname 申 with a given name.
const APPLY_VERB = /^申请/u;

function readName(text: string, from: number, cued = false): string | undefined {
  const rest = text.slice(from, from + 7);
  const surname = surnameAt(rest) ?? (cued && CUED_SURNAMES.has(rest.charAt(0)) ? rest.charAt(0) : undefined);
  if (!surname || OVER_AS_WORD.test(rest) || APPLY_VERB.test(rest)) return undefined;
  const chars = Array.from(rest.slice(surname.length));
  // Round 38: 家 opens a given name after a cue (孩子叫何家乐), when one more character and then the name's end follow.
  const givenJia = cued && chars[0] === '家' && endsGivenName(chars[1], chars[2]);
  if (ONESELF.test(rest.slice(surname.length))) return undefined;
  const standing = standingName(rest, surname);
  if (!givenJia && TITLE.test(rest.slice(surname.length)))
    return cued && standing !== undefined && givenAfterTitle(standing.slice(surname.length))
      ? standing
      : undefined;
  if (standing) return standing;
  let given = '';
  for (const [i, ch] of chars.entries()) {
    if (given.length >= 2) break;
    if (!(givenJia && i === 0) && (STOP.has(ch) || !/\p{Script=Han}/u.test(ch))) break;
    if (NUMERALS.has(ch) && given.length > 0) break;
    given += ch;
  }
  if (given.length === 0) return undefined;
  return surname + given;
}

// Characters after 家 that make a word of it (家里, 家人, 家庭 …), not a given name.
const HOUSEHOLD_WORD_TAILS = new Set(Array.from('里人庭中门乡务户属境长族底当具电产'));

/** True when `second` can end a given name that opens with 家 and `after` is past its end. */
function endsGivenName(second: string | undefined, after: string | undefined): boolean {
  if (second === undefined || !/\p{Script=Han}/u.test(second) || STOP.has(second)) return false;
  if (HOUSEHOLD_WORD_TAILS.has(second)) return false;
  return after === undefined || !/\p{Script=Han}/u.test(after) || STOP.has(after);
}

// How a neighbour names someone whose full name they do not know: a surname with a kin word or a title
// (吴老奶奶, 杨婆婆, 刘老头, 顾老伯), or 小 / 老 before the surname (小杨, 老孙头); standing as a word of its own, or
// before 家 (round 36: 「刚到独居的徐老伯家」).
const ADDRESS_TITLE =
  '(?:老奶奶|奶奶|老婆婆|婆婆|阿婆|阿公|阿伯|阿爷|阿奶|阿嬷|阿叔|阿婶|老太太|老太|老大爷|大爷|爷爷|老爷子|老头儿?|老汉|老伯|大伯|大妈|大娘|大婶|婶子|阿姨|大叔|大哥|大姐|嫂子|爹爹|娭毑|嗲嗲)';
const ADDRESSED = new RegExp(
  `(?:^|[\\s，,、的]|叫[他她]?)(?:(${COMPOUND_SURNAMES.join('|')}|\\p{Script=Han})${ADDRESS_TITLE}|[小老](\\p{Script=Han})头?)(?=$|[\\s，,。、]|家|[和跟])`,
  'gu',
);

// A pet name with no surname (阿芳, 小宇), said after 叫 or 邻居 or opening the answer, standing alone; not a
// word that starts the same way (小孩, 小区, 阿姨).
// Round 36: after the pupil or child it names (「三年级学生小杰」「那个男孩小宇」) too.
const PET_NAME =
  /(?:^|[\s，,、]|叫|邻居(?:家)?(?:的)?|学生|同学|孩子|男孩|女孩)([阿小](?!孩|伙|区|学|组|时|店|姐|弟|妹|娃|哥|姨|婆|公|伯|叔|嬷|婶|爸|妈|卖|吃|事|朋友|孙)\p{Script=Han})(?=$|[\s，,。、])/u;

// 「姓顾的老爷子」: the surname said apart from how one is addressed; staff ask after 顾老爷子.
const SURNAME_SAID = new RegExp(`姓(\\p{Script=Han})的?(${ADDRESS_TITLE}|老人家?|老头)`, 'u');
// Round 42: 「阿嬷姓林 八十二岁」: how she is addressed, then her surname said after it (林阿嬷).
const TITLE_THEN_SURNAME = new RegExp(
  `^(${ADDRESS_TITLE}|老人家?)姓(\\p{Script=Han})(?=$|[\\s，,。、])`,
  'u',
);
// 「独居老太太 姓薛」「他说自己姓朱」: only the surname is known, said on its own; staff ask after that surname.
const SURNAME_ONLY = /(?:^|[\s，,。、]|自己|说|他|她|人)姓(\p{Script=Han})(?=$|[\s，,。！!；;])/u;
// 「蔡家老两口」「四楼老王家 女儿」: a household by its surname, then who in it; staff ask after 蔡家老两口, 王家女儿.
const OF_HOUSEHOLD =
  /(?:^|[^\p{Script=Han}]|[楼屋户村组里的]|隔壁|对门|楼下|楼上)老?(\p{Script=Han})家的?\s*(老两口|两口子|老夫妻|老俩口|女儿|闺女|儿子|儿媳妇?|媳妇|孩子|小孩|孙子|孙女|老人|老太太|老爷子)/u;

// 「赵某，三十五岁」: a surname with 某, the way a reporter who withholds the name writes it; staff ask after 赵某.
const WITHHELD_NAME = /(?:^|[\s，,。、的])(\p{Script=Han})某(?=$|[\s，,。、0-9一二三四五六七八九十])/u;

/** The way a reporter names someone they know by sight (「吴老奶奶 八十一岁」 → 吴老奶奶, 「邻居阿芳」 → 阿芳), or undefined. */
export function addressedName(text: string): string | undefined {
  const addressed = firstAddressed(text, true);
  if (addressed !== undefined) return addressed;
  const said = SURNAME_SAID.exec(text);
  if (said?.[1] !== undefined && surnameAt(said[1]) === said[1]) return said[1] + said[2];
  const titleFirst = TITLE_THEN_SURNAME.exec(text.trim());
  if (titleFirst?.[2] !== undefined && surnameAt(titleFirst[2]) === titleFirst[2])
    return titleFirst[2] + titleFirst[1];
  const withheld = WITHHELD_NAME.exec(text);
  if (withheld?.[1] !== undefined && surnameAt(withheld[1]) === withheld[1]) return `${withheld[1]}某`;
  const surnameOnly = SURNAME_ONLY.exec(text);
  if (surnameOnly?.[1] !== undefined && surnameAt(surnameOnly[1]) === surnameOnly[1]) return surnameOnly[1];
  const household = OF_HOUSEHOLD.exec(text);
  if (household?.[1] !== undefined && surnameAt(household[1]) === household[1])
    return `${household[1]}家${household[2]}`;
  return PET_NAME.exec(text)?.[1];
}

/**
 * A surname with how neighbours address its bearer, in a story (「刚到独居的徐老伯家」 → 徐老伯); none of the looser ways
 * of addressedName, which in a whole story would take 老师 or 王家儿子 for a name.
 */
export function titledName(text: string): string | undefined {
  return firstAddressed(text, false);
}

/** The first way of addressing someone (ADDRESSED) whose surname is one in use; 小杨 / 老孙头 only when `bare`. */
function firstAddressed(text: string, bare: boolean): string | undefined {
  for (const match of text.matchAll(ADDRESSED)) {
    const surname = match[1] ?? (bare ? match[2] : undefined);
    if (surname !== undefined && surnameAt(surname) === surname)
      return match[0].replace(/^(?:[\s，,、的]|叫[他她]?)/u, '');
  }
  return undefined;
}

/** True when a word is exactly a compound surname (欧阳, 歐陽), the first part of a name typed apart. */
export function isCompoundSurname(word: string): boolean {
  return Array.from(word).length === 2 && COMPOUND_SURNAMES.includes(simplified(word));
}

/** True when a word starts with a surname in use (王, 欧阳 …): 「姓是王」 does not, 「王俊杰」 does. */
export function startsWithSurname(word: string): boolean {
  return surnameAt(word) !== undefined;
}

/** Without a 叫 to vouch for it, a candidate must not be an ordinary word to jieba (白血病, 房子). */
function looksLikeName(candidate: string): boolean {
  const tags = tagWords(candidate);
  if (tags.length === 1) return tags[0]?.tag === 'nr';
  return tags[0]?.tag === 'nr' || tags.every((t) => Array.from(t.word).length <= 2);
}

// A name of two parts joined by a dot (阿依古丽·买买提, 努尔兰•别克), as Uyghur, Kazakh and other names are
// written; the dot typed in any of its forms. Bounded parts keep it linear.
const DOTTED = /^(\p{Script=Han}{1,12})\s?[·•・‧.．](\p{Script=Han}{1,12})/u;

/** Words of a sentence and numerals, never part of a transcribed name joined by a dot (which may hold 阿不都, 古丽). */
export const DOTTED_NOT_NAME =
  /[我你他她们的了是在想要申请电话手机身份证号码住吗呢吧啊呀〇零一二两三四五六七八九十百千万幺]/u;

/** A name read from the message: as it is kept (a dotted one written with ·) and as it was typed there. */
interface ReadName {
  name: string;
  typed: string;
}

/** The dotted name that starts at `start`; undefined when none does. */
function dottedAt(text: string, start: number): ReadName | undefined {
  const match = DOTTED.exec(text.slice(start, start + 40));
  if (!match) return undefined;
  const parts = [match[1]!, match[2]!];
  // Transcribed names use characters that end a Han name (阿不都, 古丽): only words of a sentence rule one out.
  return parts.some((part) => DOTTED_NOT_NAME.test(part))
    ? undefined
    : { name: parts.join('·'), typed: match[0] };
}

// What follows a full name that opens the answer to 「需要帮助的是谁」: who they are (老太太, 一家五口), whom they
// live with (和他老伴), their age, or a pause.
// Round 45: 「朱文礼老两口」「王德山两口子」: the couple named by one of them (老两口, 两口子, 夫妻, 老夫妻).
const LEADING_FOLLOW =
  /^(?:$|[\s，,。、0-9]|老太太|老太|老人|老汉|老头|老爷子|老奶奶|奶奶|爷爷|老大爷|大爷|大娘|阿婆|婆婆|阿公|阿伯|老伯|大伯|大妈|大婶|阿姨|大叔|一家|家里|老两口|老俩口|两口子|俩口子|老夫妻|夫妻|夫妇|(?:和|跟|与|带着)(?:他|她)?(?:的)?(?:老伴|母亲|父亲|老娘|老爹|妈|爸|媳妇|老婆|男人|孩子|儿子|女儿|娃)|今年|[一二三四五六七八九十]{1,3}(?:岁|了))/u;

// 「502的丁伟」「隔壁的王大海」: where the person lives, said before the name.
const WHERE_FIRST = /^(?:[0-9]{1,4}(?:室|号|栋|楼|号楼)?|隔壁|对门|楼下|楼上|东头|西头)的/u;

/**
 * The full name an answer to 「需要帮助的是谁」 opens with (「吴桂芝老太太 86岁」「王大海一家五口」「何正清和他老伴」);
 * undefined when it opens with anything else. Only for that answer: elsewhere a surname is too often a word.
 */
export function leadingName(answer: string): string | undefined {
  const text = answer.trim().replace(WHERE_FIRST, '');
  const surname = surnameAt(text);
  // 吴老奶奶, 黄老三: 老 after a surname is how one is addressed (addressedName), not a given name.
  if (!surname || text.charAt(surname.length) === '老' || OVER_AS_WORD.test(text)) return undefined;
  for (const length of [2, 1]) {
    const given = Array.from(text.slice(surname.length, surname.length + length));
    // Round 47: a name that closes at a pause may end with a character that ends names inside a sentence (周伯年).
    const closes = length === 2 && ALONE_END.test(text.slice(surname.length + length));
    const fits = (ch: string, i: number): boolean =>
      /\p{Script=Han}/u.test(ch) && (!STOP.has(ch) || (closes && i === 1 && !NEVER_IN_NAME.has(ch)));
    if (given.length !== length || !given.every(fits)) continue;
    const name = surname + given.join('');
    const titled = TITLE.test(text.slice(surname.length)) && !givenAfterTitle(given.join(''));
    if (COMMON_WORDS.has(name) || startsWithKin(name) || titled) continue;
    if (LEADING_FOLLOW.test(text.slice(name.length))) return name;
  }
  return undefined;
}

// The name on the papers after an everyday one (他叫唐幺娃，身份证上是唐友德): the one a case is filed under.
const PAPERS_CUE =
  /(?:身份证|户口本|户口簿)上(?:的名字)?(?:写的)?(?:是|叫|写着|写的是)?[，,\s:：]*|(?:大名|学名|真名|本名|官名)(?:叫|是)?[，,\s:：]*/gu;

/** Person names after a cue (我叫, 姓名：, 老人叫 …) or standing alone after 我是 / a kin word / an ID number. */
export function extractPersonNames(text: string): FoundEntity[] {
  for (const match of allMatches(PAPERS_CUE, text)) {
    const start = match.index + match[0].length;
    const name = readName(text, start, true);
    if (name && !COMMON_WORDS.has(name) && looksLikeName(name))
      return [found('person_name', name, name, start)];
  }
  const out: FoundEntity[] = [];
  // The span is the name as typed (阿依古丽.买买提), so it can be cut from the message; the value is as kept.
  const add = ({ name, typed }: ReadName, start: number): void => {
    if (!out.some((e) => e.value === name)) out.push(found('person_name', name, typed, start));
  };
  for (const match of allMatches(CUE, text)) {
    const start = match.index + match[0].length;
    const plain = readName(text, start, true);
    const name = dottedAt(text, start) ?? (plain ? { name: plain, typed: plain } : undefined);
    if (name) add(name, start);
  }
  for (const match of allMatches(LOOSE_CUE, text)) {
    const start = match.index + match[0].length;
    const dotted = dottedAt(text, start);
    if (dotted) {
      add(dotted, start);
      continue;
    }
    const name = readName(text, start);
    // 我是低保户 / 给孙子申请 / 我是王庄村的: only a name followed by a pause or a known follow-up counts.
    // Round 40: 过 after 给 / 帮 / 替 is the verb's aspect (也没给过钱, 帮过我), not the surname 过.
    if (
      name &&
      !(name.startsWith('过') && /(?:给|帮|替)\s*$/u.test(match[0])) &&
      !COMMON_WORDS.has(name) &&
      !startsWithKin(name) &&
      LOOSE_END.test(text.slice(start + name.length)) &&
      looksLikeName(name)
    )
      add({ name, typed: name }, start);
  }
  for (const match of allMatches(HOUSEHOLD_CUE, text)) {
    const start = match.index + match[0].length;
    const name = readName(text, start);
    if (name && [...name].length === 3 && text.charAt(start + name.length) === '家' && looksLikeName(name))
      add({ name, typed: name }, start);
  }
  for (const match of allMatches(ROLE_CUE, text)) {
    const start = match.index + match[0].length;
    const name = readName(text, start);
    if (
      name &&
      [...name].length >= 3 &&
      !COMMON_WORDS.has(name) &&
      ROLE_END.test(text.slice(start + name.length)) &&
      looksLikeName(name)
    )
      add({ name, typed: name }, start);
  }
  return out.sort((a, b) => a.start - b.start);
}

// What follows a person's name when a sentence is about that person: a title, or their case, number or home.
const PERSON_FOLLOW =
  /^(?:女士|先生|同志|老人|大爷|大娘|阿姨|奶奶|爷爷|老师|师傅|申请的|申请了|住在|家住|的?身份证号|的?手机号|的(?:申请|案件|案子|工单|身份证|手机|电话|住址|地址|家|低保|救助|材料|情况|进度|病情|回执|受理))/u;
// Surnames that are far more often a word of their own (和, 于, 向, 时 …): a candidate starting with one
// counts only with a title after it (施女士), not before a 的 that would follow any noun (和财产的情况).
const WORDLIKE_SURNAMES = new Set(Array.from('和于向时应全万常成明施安项商华文方金高单关过'));
const TITLE_AFTER = /^(?:女士|先生|同志|老人|大爷|大娘|阿姨|奶奶|爷爷|老师|师傅)/u;
// What precedes a name given as someone's: 申请人是 / 操作员： / 工作人员叫.
const ROLE_BEFORE =
  /(?:居民|申请人|操作员|工作人员|社工|网格员|坐席|经办人|联系人|负责人|专员|客服)(?:叫|是|姓名是?|[:：])\s*$/u;

/**
 * Full names a sentence talks about as a person (周桂芳女士, 郑永明的申请, 操作员：李娜), for checking text
 * written by a model: unlike extractPersonNames it needs no 我叫, since a model never introduces itself.
 */
export function personMentions(text: string): string[] {
  const out: string[] = [];
  const chars = text.slice(0, 4000);
  for (let i = 0; i < chars.length; i++) {
    const name = readName(chars, i);
    if (!name || COMMON_WORDS.has(name) || out.includes(name)) continue;
    const after = chars.slice(i + name.length, i + name.length + 4);
    const before = chars.slice(Math.max(0, i - 8), i);
    const followed = WORDLIKE_SURNAMES.has(name.charAt(0)) ? TITLE_AFTER : PERSON_FOLLOW;
    if ((followed.test(after) && looksLikeName(name)) || ROLE_BEFORE.test(before)) out.push(name);
  }
  return out;
}
