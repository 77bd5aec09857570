import { validateIdNumber, type IdNumberFailure } from '../identity/id-number.js';
import { normalizePhone } from '../identity/phone.js';
import { extractMonthlyIncome, INCOME_SOURCE, settlesOnZero } from '../nlu/entities/monthly-income.js';
import { blankNumberIdioms } from '../nlu/entities/number-idioms.js';
import { DOTTED_NOT_NAME, isCompoundSurname, startsWithSurname } from '../nlu/entities/person-name.js';
import type { Entity } from '../nlu/types.js';
import { DIGITS, parseChineseNumber, plainNumerals } from '../text/chinese-number.js';
import { normalizeDialect } from '../text/dialect.js';
import { withRhetoricalNegation } from '../text/rhetorical-negation.js';
import { halfWidthDigits } from '../text/normalize.js';
import { MAX_MESSAGE_CHARS } from '../text/limits.js';
import { moneyClauses } from '../text/money-clauses.js';
import { numberBeforePeriod } from '../text/number-before-period.js';
import { roughUnitsInPlace } from '../text/rough-amount.js';
import { spelledDigits } from '../text/spoken-digits.js';
import { KIN_WORDS } from '../text/kin-words.js';
import {
  HOLD_ON,
  NOT_QUITE,
  NOT_RIGHT,
  NOT_SO,
  OWNING_UP,
  SETTLES_ON,
  saidWrong,
} from '../text/take-back-words.js';
import { cutText } from '../text/well-formed.js';
import { addressSpan, NOT_A_UNIT } from './address-span.js';
import { forWhomSpan, someoneElseNamed } from './for-whom.js';
import { aliasHits, type AliasHit } from './alias-match.js';
import { canButNeedsHelp, withoutHeavyWork } from './mixed-ability.js';
import { costAfterRefund } from './net-cost.js';
import { supporterPlightHits } from './supporter-plight.js';
import { workSoughtHits } from './work-sought.js';
import { oneNamedSpan } from './one-named.js';
import { endedAfter } from './ended-after.js';
import { countListedMembers, EARNERS_AFTER } from './household-members.js';
import { namesOnlyCosts } from '../nlu/entities/costs-only.js';
import { isLandline, LANDLINE_PROBLEM } from './landline.js';
import { preferredChoices, type FormField } from './form-schema.js';
import { respellName } from './respelled-character.js';
import { emojiAsSpaces } from '../text/emoji.js';

export { aliasNegated } from './alias-match.js';

/** A field value as stored in the form and the case. */
export type FieldValue = string | number;

/** The reading of one answer: a value, or a kind explanation of what was wrong. */
export type AnswerReading = { ok: true; value: FieldValue } | { ok: false; problem: string; reason: string };

// A free-text answer is kept up to this many UTF-16 units, cut between characters (never inside an emoji,
// whose lone half the database refuses).
const MAX_TEXT_ANSWER_CHARS = 1000;

const ID_PROBLEMS: Record<IdNumberFailure, string> = {
  length: '身份证号码应该是18位，您输入的位数不对。请再核对一下。',
  format: '身份证号码只能是数字，最后一位可以是X。请再核对一下。',
  birth_date: '这个身份证号码里的出生日期不对，请再核对一下。',
  check_digit: '这个身份证号码的最后一位（校验码）对不上，可能有一位输错了。请对照身份证再输入一次。',
};

// Everything up to 「叫」 or 「是」 in a short lead-in: 我叫 / 伊叫 / 俺娘叫 / 名字是 / 申请人是; 「申请人写…」「名字就填…」.
// 「户主王根宝」: the household head's title before the name is not part of it.
// 「我婆婆马金花」: a kin word of the writer's right before the name is who the person is, not part of the name.
const NAME_PREFIX = new RegExp(
  `^(?:[^叫是写填]{0,5}(?:叫|名字是|姓名是|是)|(?:姓名|名字|户主|申请人)(?:就)?[写填]|姓名|户主|申请人|(?:我|俺|咱)(?:家|的)?(?:${KIN_WORDS})(?=\\p{Script=Han}{2,4}$))`,
  'u',
);
// Words an address has; a correction of something else (「名字打错了，是李国栋」) never counts as one.
// A landmark (火车站, 桥洞, 广场) is where someone without a home is found, and is an address for staff to visit.
// Inner Mongolia's 旗 / 苏木 / 嘎查 are its county, township and village.
const PLACE =
  /[省市县区镇乡村组号路巷屯庄旗盟寨]|苏木|嘎查|街道|社区|小区|大街|车站|桥洞|桥下|广场|公园|码头/;
const CORRECTION_WORDS = new RegExp(saidWrong());
const DIGITS_AND_PUNCT = /[0-9xX\s\p{P}\p{S}]+/gu;

function han(text: string): string {
  return text.replace(DIGITS_AND_PUNCT, ' ').trim();
}

// Words that stand where a name would but are none: who the person is (我妈, 老人), a place, a pronoun, the
// north-eastern cry 艾玛 (哎妈呀) that opens a message, a school year (女儿高三), a courtesy (唔该 read as 谢谢, 同志;
// round 48: with its particle, 谢谢啦, 多谢了, 麻烦了, typed after the numbers).
// Round 45: Minnan 阮 (I, we) before what it does or has (阮无手机, 阮叫…, 阮囝), though 阮 is a surname too.
// Round 49: a word that acknowledges what the bot said (明白, 收到, 晓得了, 好的), typed before the name, is no name.
const NOT_A_NAME =
  /^(?:我|俺|咱|他|她|你|您|没|无|不)|^阮(?:无|冇|叫|是|的|囝|兜|厝)|^(?:妈|妈妈|老妈|娘|爸|爸爸|爹|母亲|父亲|婆婆|公公|老伴|奶奶|爷爷|儿子|女儿|闺女|孙子|孙女|外孙|外孙女|丈夫|妻子|老公|老婆|媳妇|外婆|外公|姥姥|姥爷|哥哥|姐姐|弟弟|妹妹|老人|老人家|老太太|老头|老太|本人|自己|申请人|申请|申报|办理|不知道|不清楚|没有|艾玛|艾玛呀|哎妈|哎妈呀|谢谢(?:你|您|你们|大家)?(?:了|啦|哈|呀|啊|喽|咯|哦)?|多谢(?:了|啦|哈|哦)?|谢啦|谢了|麻烦(?:你|您)?了|辛苦(?:了|啦)|你好|您好|请问|同志|领导|师傅|名字|姓名|大名|电话|号码|明白(?:了|啦)?|收到(?:了|啦)?|懂(?:了|啦)?|晓得(?:了|啦)?|了解(?:了|啦)?|清楚了|没问题|好的|好嘞|可以|是的|行的|对的)$|^那(?:里|儿|个|边|些|么|就|我|时|天|样|种|位|家|是|会)|(?:省|市|县|区|镇|乡|村|组|街道|社区)$|错|不清楚|知道|不记得|记不清|记不得|忘了|[啥咋谁]|什么|^姓.$|^(?:高|初)[一二三]$/u;

// The words of the identity question's other fields, which never stand in a name.
const NEXT_FIELD_WORDS = /身份证|手机|电话|联系方式/gu;

// 我叫 / 她叫 / 名字是 / 姓名：: the words that introduce a name as a name.
const NAMED_AS = /(?:^|[我俺她他娃人])叫|名字(?:是|叫|写)|姓名/u;

// 「王桂芬我妈」「李大山是我爸」: who the person is, typed right after the name, is not part of it.
const WHO_AFTER = /(?<=^\p{Script=Han}{2,4})(?:是|就是)?(?:我|俺|他|她)\p{Script=Han}{0,4}$/u;

// Characters that make a word without a known surname a phrase, not a name: pronouns, verbs of the form
// (申请, 办, 想), where-words (在这, 车站, 村) and the other fields' words (身份证, 电话).
const WORDS_NOT_NAME =
  /[我你他她们咱俺就给帮替申请办没想好在这里哪站场路街村镇区县市证号码电话手机身份自己家还再等]/u;

/** True when a word the name extractor found is a place, a relative, a pronoun or 不清楚, never a name. */
export function notAName(word: string): boolean {
  return NOT_A_NAME.test(word);
}

/** Single characters typed apart (「李 建 国」) joined back into the one word they spell. */
function joinSpelled(parts: readonly string[]): string[] {
  const out: string[] = [];
  let run = '';
  for (const part of parts) {
    if (Array.from(part).length === 1 && /\p{Script=Han}/u.test(part)) {
      run += part;
      continue;
    }
    if (run) out.push(run);
    run = '';
    out.push(part);
  }
  if (run) out.push(run);
  return out;
}

/**
 * The characters spelt out by words that hold them (「田地的田茂盛的茂树林的林」 → 田, 茂, 林), or undefined when
 * the text is not such a spelling.
 */
function speltCharacters(text: string): string[] | undefined {
  const pieces = text.replace(/[,，、]/gu, '').split('的');
  if (pieces.length < 2) return undefined;
  // 「浩然正气的浩然」: a spelling that closes on two characters, by a word (an idiom of up to four) holding both.
  const [word, pair] = pieces;
  if (pieces.length === 2 && word && pair && Array.from(pair).length === 2 && Array.from(word).length <= 4)
    return Array.from(pair).every((ch) => word.includes(ch)) ? Array.from(pair) : undefined;
  if (pieces.at(-1)?.length !== 1) return undefined;
  const spelt: string[] = [];
  for (let i = 1; i < pieces.length; i++) {
    const word = i === 1 ? (pieces[0] ?? '') : (pieces[i - 1] ?? '').slice(1);
    const ch = (pieces[i] ?? '').slice(0, 1);
    if (word.length < 1 || word.length > 3 || !word.includes(ch)) return undefined;
    spelt.push(ch);
  }
  return spelt;
}

// Surnames told by their parts, as people say them on the phone (木子李, 弓长张, 三横王): the last character is
// the surname spelt.
const SURNAME_BY_PARTS =
  /三横一竖王|三横王|十八子李|木子李|弓长张|立早章|耳东陈|口天吴|古月胡|双木林|木易杨|言午许|禾口程|人可何|文刀刘|走肖赵|关耳郑|草头黄|双口吕|子小孙|双人徐/gu;

// Round 47: a character told by its radical (草头蒋, 三点水的涛, 女字旁的娟, 金字旁的鑫): the character after it is spelt.
const BY_RADICAL =
  /(?:草字头|草头|三点水|两点水|单人旁|单立人|双人旁|木字旁|提手旁|绞丝旁|言字旁|金字旁|女字旁|王字旁|斜玉旁|口字旁|日字旁|月字旁|火字旁|土字旁|石字旁|竖心旁|宝盖头|竹字头|雨字头|耳刀旁|走之旁|反文旁|立刀旁|山字旁|禾木旁|米字旁|足字旁|车字旁|马字旁|衣字旁|示字旁|目字旁|虫字旁|四点底|心字底|人字头|门字框|弓字旁|子字旁|贝字旁|鱼字旁|鸟字旁)的?(\p{Script=Han})/gu;

// Round 49: 「草字头那个薛」「浩然正气那个浩然」: the word and the character it spells joined by 那个 as well as by 的.
const SPELLING_JOINER = /的?那个/gu;

// 「刘是文刀刘」「国是国家的国」: a character named before its spelling (是) is the spelling's own.
const SPELLING_IS = /(\p{Script=Han})是(?=\p{Script=Han}{0,3}?\1)/gu;
const withoutSpellingIs = (part: string): string => part.replace(SPELLING_IS, '');

/**
 * How many characters a name spelt with 是 can have (「钱美芳钱是金钱的钱」: the spelling opens at the 钱 before 是, so
 * the name is the three before it, not 钱美芳金), counted after the lead-in (我叫, 申请人是); 4 when nothing is spelt so.
 */
function spellingOpensAt(part: string): number {
  // search() always starts at 0 and leaves the global pattern's lastIndex as it was: no copy of it is needed.
  const at = part.search(SPELLING_IS);
  if (at < 0) return 4;
  const before = part.slice(0, at).replace(NAME_PREFIX, '');
  return Math.max(2, Math.min(4, Array.from(before).length));
}

/**
 * 「田茂林田地的田茂盛的茂树林的林」 → 田茂林, 「王晓燕三横王破晓的晓燕子的燕」 → 王晓燕, 「刘振国刘是文刀刘振兴的振国家的国」 →
 * 刘振国: the longest start whose every
 * character spelt out (by a word that holds it, or a surname by its parts) is its own.
 */
function nameBeforeSpelling(part: string, longest = 4): string {
  const chars = Array.from(withoutSpellingIs(part));
  for (let size = Math.min(longest, chars.length - 1); size >= 2; size--) {
    const name = chars.slice(0, size).join('');
    const rest = chars.slice(size).join('').replace(SPELLING_JOINER, '的');
    const byParts = [
      ...[...rest.matchAll(SURNAME_BY_PARTS)].map((m) => m[0].slice(-1)),
      ...[...rest.matchAll(BY_RADICAL)].map((m) => m[1] ?? ''),
    ];
    const words = rest.replace(SURNAME_BY_PARTS, '').replace(BY_RADICAL, '');
    const spelt = words === '' && byParts.length > 0 ? [] : speltCharacters(words);
    if (spelt && [...byParts, ...spelt].every((ch) => name.includes(ch))) return name;
  }
  return part;
}

/** Whether the answer spells a name out after it (「邹明远邮局的邹…」). */
function spellsName(text: string): boolean {
  return han(text)
    .split(/\s+/)
    .some((part) => nameBeforeSpelling(part) !== part);
}

/** 「我叫李 建国」「欧阳 娜娜」: a surname typed apart from the given name it goes with, joined back to it. */
function surnameApart(parts: readonly string[]): string[] {
  const out: string[] = [];
  for (const part of parts) {
    const last = out.at(-1);
    const apart = last && (Array.from(last).length === 1 || isCompoundSurname(last));
    if (apart && /^\p{Script=Han}{1,2}$/u.test(part) && startsWithSurname(last + part))
      out[out.length - 1] = last + part;
    else out.push(part);
  }
  return out;
}

// A name of two parts joined by a dot (阿依古丽·买买提), as Uyghur, Kazakh and other names are written; the dot
// typed as ·, •, ・, ‧, a full stop or a full-width full stop.
const DOTTED_NAME = /(\p{Script=Han}{1,12})\s?[·•・‧.．]\s?(\p{Script=Han}{1,12})/u;

/** The dotted name an answer gives, with the dot written ·, without a lead-in (我叫, 申请人是); undefined if none. */
function dottedName(text: string): string | undefined {
  const match = DOTTED_NAME.exec(text);
  if (!match) return undefined;
  const first = match[1]!.replace(NAME_PREFIX, '');
  const whole = `${first}·${match[2]!}`;
  return first.length >= 1 && !NOT_A_NAME.test(first) && !DOTTED_NOT_NAME.test(whole) ? whole : undefined;
}

// Round 37: words someone is quoted as saying (「她说“麻烦侬哉”」) are their words, not their name.
const QUOTED_SPEECH = /(?:说|讲|道)[：:，,]?\s*[“"「『][^”"」』]{0,30}[”"」』]/gu;

// Round 42: Min given names that end in 市 (罔市, 金市), said after 叫: a name, though 市 ends place names too.
const NAMED_SHI = /(?:^|[我俺她他伊人婆公嬷奶爷])叫(\p{Script=Han}{2}市)(?!\p{Script=Han})/u;

// Round 45: the applicant named as such (申请人是 / 申请人叫), after the writer's own name.
const APPLICANT_IS = /申请人(?:是|叫|姓名是?|名字是?)[:：]?/gu;

/** The name said after the last 「申请人是」 of an answer, or undefined when there is none or no name follows it. */
function applicantNamed(text: string): AnswerReading | undefined {
  const said = [...text.matchAll(APPLICANT_IS)].at(-1);
  if (said?.index === undefined) return undefined;
  const reading = readName(text.slice(said.index + said[0].length));
  return reading.ok ? reading : undefined;
}

// Round 47: 「刘德贵 哦写错了 是刘得贵」「我叫罗存富 不对是罗春富 春天的春」: a name taken back in the same answer.
const NAME_TAKEN_BACK = new RegExp(`${NOT_RIGHT}|${saidWrong(undefined, { le: true })}`, 'gu');

/**
 * The name said after a slip in the same answer (「韩丽 不对是韩莉」 → 韩莉), when a name stands before the slip too and
 * both share the surname; undefined otherwise (a slip in the ID number or the phone leaves the name as it was).
 */
function nameAfterSlip(text: string): AnswerReading | undefined {
  const slip = [...text.matchAll(NAME_TAKEN_BACK)].at(-1);
  if (slip?.index === undefined) return undefined;
  const before = readName(text.slice(0, slip.index));
  const after = readName(text.slice(slip.index + slip[0].length));
  if (!before.ok || !after.ok) return undefined;
  const [was, meant] = [String(before.value), String(after.value)];
  return was !== meant && was[0] === meant[0] && startsWithSurname(meant) ? after : undefined;
}

function readName(answer: string): AnswerReading {
  // Round 48: 「王秀英三横王秀气的秀英雄的英身份证号码是…」: the next field's words run on from a spelling with no pause.
  // 「张丽不是美丽的丽…」: a denial run on from the name opens a part of its own, read apart.
  const text = answer
    .replace(QUOTED_SPEECH, ' ')
    .replace(NEXT_FIELD_WORDS, ' $&')
    .replace(/不是|不叫/gu, ' $&');
  const dotted = dottedName(text);
  if (dotted) return { ok: true, value: dotted };
  const shi = NAMED_SHI.exec(han(text))?.[1];
  if (shi && startsWithSurname(shi)) return { ok: true, value: shi };
  // The rest of a message once numbers are gone, e.g. 「王秀英 32028119…」 → 王秀英.
  // 「她叫乌云其其格」: a name said after 叫 or 名字是 may be long and start with no Han surname (Mongolian,
  // Tibetan names); without that lead-in only a short one is taken, below.
  const introduced = NAMED_AS.test(han(text));
  const candidates = surnameApart(
    // 「我叫龙秀英龙是龙虾的龙」: the lead-in goes before the spelling is read, or 我叫 would count as the name's
    // first characters and the spelt 龙 be matched in 我叫龙秀.
    joinSpelled(
      han(text)
        .split(/\s+/)
        .map((part) =>
          /^(?:不是|不叫)/u.test(part)
            ? part
            : nameBeforeSpelling(withoutSpellingIs(part).replace(NAME_PREFIX, ''), spellingOpensAt(part)),
        ),
    )
      // 「不是黎文华 是李文华」: the name said to be wrong is not the answer.
      .filter((part) => !/^(?:不是|不叫)/u.test(part))
      .map((part) => part.replace(NAME_PREFIX, '').replace(WHO_AFTER, '')),
  )
    // Particles never stand in a name: 「李家的李」 tells which character, it is not one.
    .filter((part) => /^[\p{Script=Han}·]{2,6}$/u.test(part) && !/[的了吗呢吧啊呀]/u.test(part))
    .filter((part) => !NOT_A_NAME.test(part));
  // 「写错了 是李家的李 但是姓是李 李文华」: a word that starts with a surname is the name, before the words
  // about it; a rare surname is still taken when nothing else is there, unless it reads as words
  // (「就我自己」「帮老伴申请」「汽车站」).
  // Without a known surname only a short word (那顺, 扎西) or a name with its dot (阿依古丽·买买提) is taken:
  // 「报点药费也行」 is a phrase.
  const candidate =
    candidates.find(startsWithSurname) ??
    candidates.find(
      (part) =>
        !WORDS_NOT_NAME.test(part) &&
        (part.length <= 4 || part.includes('·') || (introduced && part.length <= 6)),
    );
  if (candidate) return { ok: true, value: candidate };
  return { ok: false, reason: 'name', problem: '没看清姓名，请只输入申请人的名字，比如「王秀英」。' };
}

// Arabic digits with the Chinese unit typed after them are one number (3千, 2千5, 1万5, 3百块): read apart, 3千 was 1000.
const NUMBER_TOKEN =
  /[0-9]+(?:\.[0-9]+)?(?:[十百千万](?:[0-9](?![0-9.])|[零〇一二两三四五六七八九十百千万]*))?|[零〇一二两三四五六七八九十百千万]+/g;
const STATED_NUMBER = '([0-9.]+万?|[零〇一二两三四五六七八九十百千万]+)';
// 「平均两千」「一共六百」「算九百吧」: the figure the resident settles on, or the household's total after its parts.
const STATED = new RegExp(
  `(?:平均|大概|差不多|一般|大约|一共|总共|加起来|合计|加一块儿?|加在一起|就算|算是|算|就按|按)(?:是|有|就|每月|一个月)*${STATED_NUMBER}(?![个口人岁年天次0-9零〇一二两三四五六七八九十百千万.])`,
);
// What follows a figure that is only roughly right: 八百多, 两千出头, 三千不到, 一千来块.
const ROUGH_AFTER = /^(?:块钱|块|元钱|元)?(?:多|出头|来|左右|不到|上下|余|几)/u;
// A clause about the past (「原来一个月六千多 现在是0」) tells what the household earned before, not now.
const PAST_CLAUSE = /(?:^|[\s,，。;；])(?:原来|以前|之前|过去|本来|那时候?|早先)[^\s,，。;；]*/gu;

/** The figure a resident settles on after a range or a list: 「有时一千有时三千 平均两千」 → 2000, 「…一共六百」 → 600. */
function statedAmount(text: string): number | undefined {
  const flat = blankNumberIdioms(text).replace(/\s/g, '');
  // Yearly figures are the extractor's job (it divides by twelve).
  if (/年/.test(flat)) return undefined;
  const match = [...flat.matchAll(new RegExp(STATED.source, 'gu'))].at(-1);
  if (match === undefined) return undefined;
  const at = match.index ?? 0;
  // 「退休金一共5000」 totals one source, not the household; and a figure settled on is the last one said:
  // 「大概三千 老婆养老金五百」 goes on to another source, which the extractor adds.
  if (ONE_SOURCE_BEFORE.test(flat.slice(Math.max(0, at - 6), at))) return undefined;
  if (/[0-9零〇一二两三四五六七八九十百千万]{2,}/u.test(blankNumberIdioms(flat.slice(at + match[0].length))))
    return undefined;
  return parseChineseNumber(match[1] ?? '');
}

// A source named just before a total word: that source's total (两个人的养老金一共…).
const ONE_SOURCE_BEFORE = new RegExp(`${INCOME_SOURCE}[^，,。；;]{0,3}$`, 'u');

// 「现在没收入 平时一个月跑六七千」: a clause that says 现在 against one about usual or earlier times.
const NOW_CLAUSE = /^(?:现在|目前|如今|眼下|这阵子|这几个月|这个月)/u;
const THEN_WORDS = /平时|平常|往常|以前|原来|之前|本来|过去/u;
// A figure, or words that there is none (没收入, 没钱, 不挣): what a clause needs to tell an amount.
const SAYS_AMOUNT =
  /[0-9零〇一二两三四五六七八九十百千万]|(?:没|无)(?:有)?(?:收入|钱|进项|进账|工资|工作|活)|不挣|不赚/u;

/** The answer without the clauses about the past; when 现在 is set against another time, its clauses alone. */
function presentOnly(text: string): string {
  // 「本来一个月七千现在就我一个人四千五」: a 现在 after a past time starts a clause of its own.
  const clauses = moneyClauses(text);
  const first = clauses.findIndex((c) => NOW_CLAUSE.test(c));
  // 「以前一个月五千 现在没工作了 就靠老婆一个月两千」: the 现在 clause and what follows it tell the present.
  if (first >= 0 && clauses.length > 1 && THEN_WORDS.test(text)) {
    const present = clauses
      .slice(first)
      .filter((c) => NOW_CLAUSE.test(c) || !THEN_WORDS.test(c))
      .join(' ');
    // 「平时一个月一千左右 现在地全毁了」: a present that names no amount and no lack of one leaves the usual
    // figure as the answer.
    if (SAYS_AMOUNT.test(present)) return present;
  }
  return text.replace(PAST_CLAUSE, ' ');
}

interface NumberToken {
  at: number;
  end: number;
  value: number;
  unit: boolean;
}

function numberTokens(flat: string): NumberToken[] {
  return (
    [...flat.matchAll(NUMBER_TOKEN)]
      .map((m) => {
        const at = m.index ?? 0;
        // 「一百二一个月」: the last 一 starts the period word, it is no digit of the amount.
        const said = numberBeforePeriod(m[0], flat.slice(at + m[0].length));
        const end = at + said.length;
        return {
          at,
          end,
          value: parseChineseNumber(said),
          unit: /^[块元万千百]/.test(flat.slice(end)) || /[万千百]/.test(said),
        };
      })
      .filter((c): c is NumberToken => c.value !== undefined && Number.isFinite(c.value))
      // 「一个月」「一年」 are periods, not amounts; a bare 1 first (「1 每个月三百多」) is an answer.
      .filter(
        (c, _i, all) => all.length === 1 || c.value !== 1 || (c.at === 0 && /^1(?![0-9个年月天])/.test(flat)),
      )
  );
}

/**
 * 「八百多 860」「一千出头 一千一」: a rough figure then an exact one close to it; the exact one is what the
 * resident means. Any other value is kept as it was read.
 */
function exactAfterRough(text: string, value: number): number {
  const flat = blankNumberIdioms(text).replace(/\s/g, '');
  const tokens = numberTokens(flat);
  const rough = tokens.findIndex((t) => t.value === value && ROUGH_AFTER.test(flat.slice(t.end)));
  if (rough < 0) return value;
  const exact = tokens
    .slice(rough + 1)
    .filter((t) => !ROUGH_AFTER.test(flat.slice(t.end)) && t.value >= value * 0.5 && t.value <= value * 2)
    .at(-1);
  return exact?.value ?? value;
}

// 「我一个人带两个孩子」: a single parent and the children, not one person.
const SINGLE_PARENT =
  /(?:一个人|自己)(?:带|养|拉扯)(?:着)?([0-9]|[一二两三四五六七八九])个(?:孩子|娃|小孩|儿子|女儿|孙子|孙女)/u;
const OWN_HOUSEHOLD =
  /单独立户|单(?:独)?立(?:了)?(?:一)?户|单独(?:一)?户|自己(?:单独)?(?:一)?(?:个)?户口(?:本)?(?:上)?(?:就)?(?:我)?(?:一个)?(?:人)?$|一个人一(?:个)?户/u;
// Round 40: 「没有了」 (none now) as well.
const NO_INCOME_ANSWER = /^(?:没有|没|无|零|0)(?:收入|钱|进账)?了?$/;
const NO_INCOME_SAID =
  /没(?:有)?(?:任何|别的|其他|其它)?(?:收入|进项|进账)|一分(?:钱)?(?:进项|进账|收入)?(?:都|也)?(?:没有|没进|没挣|没赚|冇)/;
// 「4个人 今年没有 羊死了」: a time word and 没有 alone in its clause, in an answer about income.
const NO_INCOME_NOW =
  /(?:^|[，,。\s])(?:现在|目前|今年|眼下|这几个月|这一年)(?:都|也|还)?(?:没有|没)(?:了)?(?=$|[，,。\s])/u;

// The household's own count: after the household book or a word for the whole family, before 个 / 口 / 人.
const HOUSEHOLD_COUNT =
  /(?:户口本上|户口上|户口本里|户口簿上|户口(?:在)?一起|本子上|全家|一家|一共|总共|我家|俺家|家里|屋头|屋里)(?:头)?(?:一共|总共|共)?(?:有|是|就|算)?([0-9]{1,2}|[一二两三四五六七八九十]{1,3})(?:个|口|人)(?!月|多月|年|小时|孩|娃|儿子|女儿|学生)/u;

// A count that opens a clause, followed at once by the writer who opens the list of members (四个我老婆两个孩子).
const COUNT_THEN_LIST = /(?:^|[\s，,。;；：:])([0-9]{1,2}|[一二两三四五六七八九十]{1,3})个(?=我|俺|咱)/u;

// 「我们三个」「俺们家四口」 said first, followed by the members or nothing: the count the resident gives.
const WE_COUNT =
  /^(?:就)?(?:我们|俺们|咱们|我们家|俺们家|咱家)(?:一共|总共|共|就)?([0-9]{1,2}|[一二两三四五六七八九十]{1,3})(?:个|口)(?:人)?(?=$|[，,。;；：:]|我|俺|咱|老|孙|儿|女|爷|奶|爸|妈|公|婆|外)/u;

function readNumber(text: string, kind: 'integer' | 'money'): number | undefined {
  const spaced = blankNumberIdioms(plainNumerals(text));
  const flat = spaced.replace(/[\s\u3000]/g, '');
  // Numbers are read with the resident's spaces kept as breaks: 「一千二 三口人」 is 一千二 and 三, not 一千二三.
  const apart = spaced.replace(/\u3000/g, '').replace(/\s+/g, '，');
  const candidates = numberTokens(apart);
  if (kind === 'money') {
    // 「老婆上班三千二 我没收入」: one member without income does not make the household's zero.
    const amount = candidates.some((c) => c.unit || c.value >= 100);
    // 「月城镇双泾村 一个 没有」: in a group answer the income's own word stands apart, after the count, and may be
    // followed by why (「三口 我妈 我 弟弟 没有 我妈就种点地 不算钱」).
    const saysNone = spaced
      .trim()
      .split(/\s+/u)
      .some((word) => NO_INCOME_ANSWER.test(word));
    if (
      NO_INCOME_ANSWER.test(flat) ||
      ((NO_INCOME_SAID.test(flat) || NO_INCOME_NOW.test(spaced) || saysNone) && !amount)
    )
      return 0;
  }
  if (kind === 'integer') {
    // 「我单独立户了」「自己一个户口」: a household of one, whatever other numbers the answer gives.
    if (OWN_HOUSEHOLD.test(flat)) return 1;
    const single = SINGLE_PARENT.exec(flat)?.[1];
    if (single !== undefined) return 1 + (parseChineseNumber(single) ?? 0);
    // 「4 两口子带俩孩子」: a bare count first answers 几口人, whatever the words after it count.
    // Round 45: 「2，我爸和我妈，我结婚了户口不在家里」: so does a bare count closed by a comma, before the members
    // who explain it.
    const leading = /^\s*([0-9]{1,2})(?=[\s，,、]|$)/.exec(spaced)?.[1];
    if (leading !== undefined) return Number(leading);
    // 「两口人 哦还有我孙子 户口也在我们这 三个」: a member remembered after the count, and the count said again.
    const recounted = countAfterRemembered(flat);
    if (recounted !== undefined) return recounted;
    // 「户口本上四个 我和她妈打工 两个人一个月五千五」: a count said of the household itself (户口本上, 全家, 一共)
    // is the answer, whatever other counts the answer gives (the earners, the children).
    // (「我家四口 加上他 五口」: a part counted before 加上 is not the total.)
    const household = HOUSEHOLD_COUNT.exec(flat);
    const addedAfter = household && /加上|算上|再加/u.test(flat.slice(household.index + household[0].length));
    const ofHousehold = household && !addedAfter ? household[1] : undefined;
    const householdValue = ofHousehold === undefined ? undefined : parseChineseNumber(ofHousehold);
    if (householdValue !== undefined && householdValue > 0) return householdValue;
    // 「我们三个我老头子孙娃子 两个老的养老金…」: 我们 with a count, before the members or alone, is the household.
    const we = WE_COUNT.exec(flat)?.[1];
    const weValue = we === undefined ? undefined : parseChineseNumber(we);
    if (weValue !== undefined && weValue > 0) return weValue;
    // 「俺跟俩孩子还有婆婆 四口」: a count said outright beats any list or 俩 before it. The runs are bounded:
    // an unbounded one rescanned a long run of numerals from every start (quadratic).
    // 「我家四口 加上他 五口」: a count after 加上 / 一共 is the total, not the part counted before it.
    // 「俩人」 counts two; 「一人一个月一百四」 is a rate per person, no count of the household; 「老两口」「两口子」
    // name a couple among the members (「俺老两口和孙女 三口」), no count of the household.
    const counts = [
      ...flat.matchAll(
        new RegExp(
          `(?<![老小])([0-9]{1,6}|[一二两三四五六七八九十]{1,6}|俩|仨)(?:口(?!子)|个人|人)(?!一?(?:个)?月|每月|一年|每年|一天|${EARNERS_AFTER})`,
          'gu',
        ),
      ),
    ];
    const total =
      counts.length > 1 &&
      /(?:加上|算上|一共|总共|加起来|合计)/u.test(flat.slice(0, counts.at(-1)?.index ?? 0));
    const counted = (total ? counts.at(-1) : counts[0])?.[1];
    const countedValue = counted === undefined ? undefined : parseChineseNumber(counted);
    if (countedValue !== undefined) return countedValue;
    // 「三个 老公在家带孩子」: a count standing alone before the words about the members is the answer; so is
    // one closing the list it counts (「我爸我妈两个 我嫁出去了」), whoever is named after it.
    const alone = /([0-9]{1,2}|[一二两三四五六七八九十]{1,3})个(?:人)?(?=$|[\s，,。;；])/u.exec(spaced)?.[1];
    const aloneValue = alone === undefined ? undefined : parseChineseNumber(alone);
    if (aloneValue !== undefined) return aloneValue;
    // Round 45: 「四个我老婆两个孩子」: a count that opens its clause, the list starting with the writer right after it,
    // is the count of that list.
    const listAfter = COUNT_THEN_LIST.exec(spaced)?.[1];
    const listAfterValue = listAfter === undefined ? undefined : parseChineseNumber(listAfter);
    if (listAfterValue !== undefined && listAfterValue > 0) return listAfterValue;
    // Round 42: 「玉沙社区 3 我工资到手三千一 老公现在没收入」: in a group answer a bare count standing apart
    // between the address and the income answers 几口人, whoever the words after it name.
    // Round 45: 「红星村 2，我爸和我妈」: or closed by a comma.
    const apartCount = /(?:^|\s)([1-9]|1[0-9])(?=[\s，,、]|$)/u.exec(spaced)?.[1];
    if (apartCount !== undefined) return Number(apartCount);
    // 「我、我老公、两个孩子，还有我婆婆」: the members listed, counted, when no count is said.
    const listed = countListedMembers(text);
    if (listed !== undefined) return listed;
    if (/俩/.test(flat)) return 2;
    if (/仨/.test(flat)) return 3;
    if (
      /(?:就|只有)?(?:我|他|她|俺)(?:自己|自个儿?)?(?:一个(?:人)?)?$|一个人/.test(flat) &&
      !/[两二三四五六七八九十0-9]/.test(flat)
    )
      return 1;
  }
  if (candidates.length === 0) return undefined;
  if (kind === 'integer') {
    // 「七组 1」: a number of the address (七组, 3号, 5栋) is no count of people.
    const people = candidates.filter((c) => !ADDRESS_NUMBER_AFTER.test(apart.slice(c.end)));
    // 「七组 1 …」: the 1 standing alone, set aside above beside the address's number, is the count.
    if (people.length === 0) return /(?:^|，)1(?=，|$)/u.test(apart) ? 1 : undefined;
    // 「我和两个孩子」: a bare 个 only when nothing better is said. Read with the resident's spaces as breaks
    // (round 45: 「二 两个人养老金…」 is 二 and 两, not 二两, twenty-two).
    const counted = /([0-9]{1,6}|[一二两三四五六七八九十]{1,6})个(?!月)/.exec(apart)?.[1];
    const value = counted === undefined ? undefined : parseChineseNumber(counted);
    return value ?? people[0]!.value;
  }
  // Several numbers (「两个人养老金一个月一千四」): money is the one with a unit or the largest; a count of
  // people (「四个人 … 0」), trips or times (「别到时候跑两趟」) is never the amount.
  const amounts = candidates.filter((c) => !COUNTED_AFTER.test(apart.slice(c.end)));
  const withUnit = amounts.filter((c) => c.unit);
  const counts = candidates.filter((c) => /^(?:个|口|人|岁)/u.test(apart.slice(c.end)));
  const pool = withUnit.length > 0 ? withUnit : amounts.length > 0 ? amounts : counts;
  if (pool.length === 0) return undefined;
  return Math.max(...pool.map((c) => c.value));
}

// Round 45: a member remembered (「哦还有」「对了还有」「忘了还有」), then the count again.
const REMEMBERED = /(?:哦|噢|对了|忘了说?)(?:还有|还得算上?|还要算上?)/u;
const RECOUNT =
  /([0-9]{1,2}|[一二两三四五六七八九十]{1,3})(?:口人|口|个人|个|人)(?!月|多月|年|小时|孩|娃|儿子|女儿|学生|[0-9一二两三四五六七八九十])/u;

/** The household's count said again after a member remembered, or undefined when the answer does not say it so. */
function countAfterRemembered(flat: string): number | undefined {
  const remembered = REMEMBERED.exec(flat);
  if (!remembered) return undefined;
  const after = flat.slice(remembered.index + remembered[0].length);
  const count = RECOUNT.exec(after)?.[1];
  const value = count === undefined ? undefined : parseChineseNumber(count);
  return value !== undefined && value > 0 ? value : undefined;
}

// What a number of an address is followed by: 七组, 3号, 5栋, 二单元; round 36: a number in a place's name (五星村,
// 三里桥, 八一村, 十里铺).
const ADDRESS_NUMBER_AFTER =
  /^(?:组|队|社|号|栋|幢|楼|层|单元|巷|弄|排|区|星(?:村|街|路|社区)|[村庄屯街路桥湾坊塘]|里(?:屯|桥|村|店|铺|庄|街|路|河|港))/u;

// What a number counts when one of these follows it, never money.
const COUNTED_AFTER = /^(?:个|口|人|岁|趟|次|回(?!来)|遍|天|年|号|楼|层|组|亩|头|只|小时|星期|礼拜)/u;

const NEGATION = /[没不无别]/u;

function bigrams(text: string): Set<string> {
  const chars = Array.from(text.replace(/[\s\p{P}]/gu, ''));
  return new Set(chars.slice(0, -1).map((c, i) => c + chars[i + 1]));
}

// Words that join the parts of an answer naming several choices: 「有残疾人 也有重病的 还有孩子在读书」.
const CHOICE_PARTS = /[\s,，、;；。]+|还有|也有|以及|和|跟|另外/u;
const NONE_CHOICE = /^(?:都)?没有/;

// 「这几个都不算」「哪个都不沾」「一样都没有」: the choices shown, all said not to apply; round 40: 「没啥特别的」 (Wu 呒啥特别个),
// nothing special in the household.
const NONE_OF_THESE =
  /没(?:啥|什么|有什么|有啥)(?:特别|特殊)|(?:这几(?:个|样|项|种|条)|上面的?|以上(?:的)?)(?:都|全)(?:不(?:算|是|沾|占|符合)|没有?)|(?:哪|任何)(?:个|样|项|条)(?:也|都)(?:不(?:算|是|沾|占|符合)|没有?)|一(?:个|样|项|条)(?:也|都)(?:不(?:算|是|沾|占|符合)|没有?)/u;

/** Several choices named in one answer, joined with 、 in the form's order; a lone 都没有 when none is named. */
function readChoices(field: FormField, text: string): AnswerReading {
  const choices = field.choices ?? [];
  // Round 45: 「有个学生……哦不对 老二今年六月毕业了 … 那就都没有吧」: what follows the words taken back is the answer,
  // when it names any choice.
  const taken = [...text.matchAll(TAKES_BACK)].at(-1);
  const corrected = taken?.index === undefined ? '' : text.slice(taken.index + taken[0].length);
  if (corrected.trim().length > 0) {
    const reading = readChoices(field, corrected);
    if (reading.ok) return reading;
  }
  const named = new Set<string>();
  for (const part of text.split(CHOICE_PARTS).filter((p) => p.length > 0)) {
    const reading = readChoice(field, part);
    if (reading.ok) named.add(String(reading.value));
  }
  // 「我爸眼睛瞎的有残疾证我妈是糖尿病」: several choices told in one run of words, each by its own alias
  // (one inside a longer alias of another choice does not count).
  const hits = aliasHits(field, text, false);
  const insideLonger = (hit: AliasHit): boolean =>
    hits.some(
      (o) =>
        o.choice !== hit.choice &&
        o.start <= hit.start &&
        hit.end <= o.end &&
        o.end - o.start > hit.end - hit.start,
    );
  for (const hit of hits) if (!insideLonger(hit)) named.add(hit.choice);
  // The whole answer too: an alias may span the joining words.
  const whole = readChoice(field, text);
  if (whole.ok && named.size === 0) named.add(String(whole.value));
  // Round 47: 「小人在读书 哦伊今年毕业了 已经不读了」: a choice said to be over after it is named no longer holds.
  const ended = [...named].filter((c) => endedAfter(field, text, c));
  for (const c of ended) named.delete(c);
  const real = choices.filter((c) => named.has(c) && !NONE_CHOICE.test(c));
  if (real.length > 0) return { ok: true, value: real.join('、') };
  const none = choices.find((c) => named.has(c) && NONE_CHOICE.test(c));
  if (none) return { ok: true, value: none };
  const noneChoice = choices.find((c) => NONE_CHOICE.test(c));
  // 「有个学生 已经毕业了」: every choice named is over, so none holds.
  if (noneChoice && ended.length > 0) return { ok: true, value: noneChoice };
  // 「这几个都不算吧 他就是腰不行」: none of the choices shown applies.
  if (noneChoice && NONE_OF_THESE.test(text)) return { ok: true, value: noneChoice };
  // 「没人上学 也没病人」: every choice the answer speaks of is said not to apply, so none does.
  const spoken = Object.values(field.aliases ?? {}).some((words) => words.some((w) => text.includes(w)));
  if (noneChoice && spoken && NEGATION.test(text) && !whole.ok) return { ok: true, value: noneChoice };
  return whole;
}

// 「吃饭能自己来 但是出门要人跟着」: what the person can do, then after 但 what they need help with.
const CAN_THEN_CANNOT =
  /(?:能|会|可以|自己)[^但可不就]{0,12}?(?:但是?|可是|不过|就是)[^。]{0,20}?(?:要人|要别人|需要人|得人|帮|不会|不能|不行|走丢|照看|看着|照顾|离不开)/u;

// The catch-all choice a form may offer (「其他」).
const OTHER = /^其[他它]$/u;
// A question asked back (「这个算哪种啊？」) is no description of the person's case.
const ASKS_BACK = /[吗呢么？?]\s*$|哪(?:个|种|一)|什么意思|啥意思/u;

/**
 * 「其他」 for a description that names none of the choices (「老公赌钱输光了」): the resident has told what
 * happened, and asking them to pick from a list that does not fit only makes them repeat it. A word or two,
 * or a question back, is no description.
 */
function otherChoice(field: FormField, clean: string): string | undefined {
  const other = (field.choices ?? []).find((c) => OTHER.test(c));
  if (!other || field.multiple || ASKS_BACK.test(clean)) return undefined;
  const han = clean.match(/\p{Script=Han}/gu)?.length ?? 0;
  return han >= 3 ? other : undefined;
}

// 「无」「没有」「冇」「木有」 as the whole answer to 「有没有…」.
const BARE_NO = /^(?:没有|没|无|冇|冇得|木有|没得|莫得|呒没|一个也没有)(?:的|啊|呀|了|啦)?[。！!]?$/u;
// A choice that says there is none: 没有赡养扶养人, 都没有, 无.
const NONE_LABEL = /^(?:都)?(?:没有|无)/u;

/** The choice a word means only as the whole answer (「我」 to 「给谁申请」), or undefined when the words are no such answer. */
function wholeAnswerChoice(field: FormField, words: string): string | undefined {
  // The lookbehind starts the trailing run at its first sign, so a long run is read once, not from every sign.
  // Round 33: emoji around it (「👍 我」) say nothing of who it is for.
  const bare = emojiAsSpaces(words)
    .trim()
    .replace(/(?<![的啊呀吧嘛呢了。.!！\s])[的啊呀吧嘛呢了。.!！\s]+$/u, '');
  const whole = Object.entries(field.whole_answers ?? {}).find(([, said]) =>
    said.includes(bare.toLowerCase()),
  );
  return whole && (field.choices ?? []).includes(whole[0]) ? whole[0] : undefined;
}

function readChoice(field: FormField, text: string): AnswerReading {
  const choices = field.choices ?? [];
  const clean = text.trim();
  const exact = choices.find((choice) => choice === clean);
  if (exact) return { ok: true, value: exact };
  // 「我」 alone to 「给谁申请」: a word that means its choice only as the whole answer.
  const whole = wholeAnswerChoice(field, clean);
  if (whole) return { ok: true, value: whole };
  const index = /^[1-9]$/.test(clean) ? Number(clean) - 1 : -1;
  if (index >= 0 && index < choices.length) return { ok: true, value: choices[index]! };
  const named = choiceNamed(field, clean);
  if (named) return { ok: true, value: named };
  // A bare 「有」 to 「有没有…」 is the one choice that says there is (有残疾证).
  const yes = /^有(?:的|啊|呀|了)?[。！!]?$/u.test(clean) ? choices.filter((c) => c.startsWith('有')) : [];
  if (yes.length === 1 && !field.multiple) return { ok: true, value: yes[0]! };
  // Round 46: and a bare 「无」「没有」 the one choice that says there is none (没有赡养扶养人, 都没有).
  const no = BARE_NO.test(clean) ? choices.filter((c) => NONE_LABEL.test(c)) : [];
  if (no.length === 1) return { ok: true, value: no[0]! };
  // Then the choice whose words overlap the answer most (「参加技能培训」 → 想参加技能培训); one-character choices never match by overlap.
  // Round 47: words said of the past (「原来是危房 前年修了」) overlap no choice: the form asks how things are now.
  const answer = bigrams(clean.replace(PAST_CLAUSE, ' '));
  let best: { choice: string; score: number } | undefined;
  // 「没有残疾人」 shares every word of 有残疾人 and says the opposite: a negated answer matches only a
  // choice that is itself a negation (都没有, 不能自理).
  const negates = NEGATION.test(clean);
  for (const choice of choices) {
    const grams = bigrams(choice);
    if (grams.size === 0 || (negates && !NEGATION.test(choice))) continue;
    const shared = [...grams].filter((g) => answer.has(g)).length;
    // A short answer wholly inside one choice (「老人」 for 有老人无人赡养) names it too, unless it negates.
    const inside = answer.size > 0 && shared === answer.size && !NEGATION.test(clean);
    const score = inside ? Math.max(0.5, shared / grams.size) : shared / grams.size;
    if (!best || score > best.score) best = { choice, score };
  }
  if (best && best.score >= 0.5) return { ok: true, value: best.choice };
  const other = otherChoice(field, clean);
  if (other) return { ok: true, value: other };
  return { ok: false, reason: 'choice', problem: `请从下面选一项：${choices.join('、')}。` };
}

// 自己 / 本人 with the writer's 我 / 俺 straight after it: a new sentence begins there.
const SELF_THEN_MORE = /(?:自己|本人)(?=[我俺])/gu;

/**
 * The choice a resident's words clearly mean, by the form's own words for it (aliases, and the mixed
 * can-but-cannot answer); undefined when none does. Never a guess from words merely alike.
 */
export function choiceNamed(field: FormField, answer: string): string | undefined {
  const choices = field.choices ?? [];
  const typed = cutText(answer, MAX_MESSAGE_CHARS).trim();
  // Round 48: 「我申请我自己我七十八了老伴…」, dictated without a pause: the writer starting again after 自己 is where the
  // answer ends and the reason begins, on a form that puts the answer first.
  const clean = field.answer_first === true ? typed.replace(SELF_THEN_MORE, '$& ') : typed;
  // 「我自己…哦不是 是给我老婆申请」: what the resident says after taking back their first words is the answer.
  const taken = [...clean.matchAll(TAKES_BACK)].at(-1);
  const corrected = taken?.index === undefined ? '' : clean.slice(taken.index + taken[0].length);
  if (corrected.trim().length > 0 && !(field.answer_first && tellsMore(taken?.[0] ?? '', corrected))) {
    const choice = choiceNamed(field, corrected);
    if (choice !== undefined) return choice;
  }
  // Round 47: 「两个娃 大的初三 小的三年级 先给大的申请」: the one named as whom it is for, among several told, answers.
  const one = field.one_named ? oneNamedSpan(clean) : undefined;
  const oneChoice = one === undefined ? undefined : choiceNamed({ ...field, one_named: false }, one);
  if (oneChoice !== undefined) return oneChoice;
  const ability = withoutHeavyWork(clean);
  if (
    field.mixed &&
    choices.includes(field.mixed) &&
    (CAN_THEN_CANNOT.test(ability) || canButNeedsHelp(ability))
  )
    return field.mixed;
  // A choice named in its own words (「我本人申请，为了我和孩子」) is that choice, whatever else the answer names.
  const labelled = choices.filter((c) => {
    const at = c.length >= 3 ? clean.indexOf(c) : -1;
    return at >= 0 && !/(?:[不没未非无]|不是)$/u.test(clean.slice(Math.max(0, at - 2), at));
  });
  if (labelled.length === 1) return labelled[0];
  // Then the aliases: they are written for the words residents use, negations included (「没有子女」). When
  // several match, the one that ends last wins, the longer on a tie: 「我给我爸申请」 is for the father
  // (爸), not for oneself (给我); 「有儿子 但没能力」 has supporters who cannot help.
  let alias: { choice: string; end: number; length: number } | undefined;
  // Latin aliases (「daughter」「for her」) match whatever the case the resident typed; the form writes them lower case.
  // 「俺自己报 俺是户主他媳妇」: beside another choice named, who the writer is says nothing of whom it is for;
  // alone (「我是她奶奶」 to 「给谁申请」) it is the answer.
  // 「证 还没 拿到」: words typed apart, one by one, still say the alias they spell.
  const spaced = aliasHits(field, clean.toLowerCase(), true);
  const compact = clean.replace(/\s+/gu, '');
  const read = spaced.length === 0 && compact !== clean ? compact : clean;
  const byWords = read === clean ? spaced : aliasHits(field, read.toLowerCase(), true);
  // Round 46: 「她自己都吃低保」: a supporter's own plight, whatever it is called, on a form that names the choice for it.
  // Round 46: 「就想找个保洁的活」「还在找」: work sought, whatever the job is called, on a form that names its choice;
  // beside work the answer names (送快递 单子时有时无 … 就想找个稳当的活) the wish is the reason, the work the status.
  const namesOtherWork = byWords.some((h) => h.choice !== field.seeking_work);
  const found = [
    ...byWords,
    ...(field.plight ? supporterPlightHits(read, field.plight) : []),
    ...(field.seeking_work && !namesOtherWork ? workSoughtHits(read, field.seeking_work) : []),
  ];
  // 「大班 明年才上一年级」: on a form that says so, what the person goes on to next gives way to what they are now.
  const now = field.not_next
    ? found.filter((h) => !NEXT_BEFORE.test(read.slice(Math.max(0, h.start - 8), h.start)))
    : found;
  const hits = now.length > 0 ? now : found;
  const aboutWriter = (end: number, word: string) =>
    WRITER_IS.test(read.slice(Math.max(0, end - word.length - 10), end - word.length));
  // 「我是东岗村的村会计 替我们村的孙大娘申请」: a post the writer holds that answers on its own outweighs whom they
  // name, unless they name a relative of their own (「我是网格员 给我妈申请」).
  const post = hits.find((h) => aboutWriter(h.end, h.word) && field.said_by_writer?.includes(h.choice));
  if (post && !hits.some((h) => h.choice !== post.choice && OWN_BEFORE.test(read.slice(0, h.start))))
    return post.choice;
  // Round 46: 「我爸就是我妈说的那个老伴」: an alias that ends in the writer (就是我, 给我) with a kin word right after it is the
  // writer as owner (我妈), not the writer.
  const unsaid = hits.filter((h) => !aboutWriter(h.end, h.word) && !OWNER_OF_KIN.test(read.slice(h.end - 1)));
  // Round 45: 「就是给我自己申请我老伴住院了」「邻居家小伙帮我打的字 是给我自己申请的」: on a form that puts the answer
  // first, whom the writer says they apply for (给…申请) is the answer, whoever else they name around it.
  const forWhom = field.answer_first === true ? forWhomSpan(read) : undefined;
  const inSpan = forWhom ? unsaid.filter((h) => h.start >= forWhom.start && h.end <= forWhom.end) : [];
  // Round 46: 「给我老班申请」「帮我屋头那个弄」「算了还是给她申请」「是给我爸申请 我爸就是…」: someone of the writer's is
  // named in the span, by a word an alias reads there or by any other (a slip, a dialect's word, 他 / 她), and nothing
  // outside it names another choice (「村委会替他申请」 is the committee's).
  const someone = forWhom ? someoneElseNamed(forWhom.whom) : undefined;
  const theirs =
    someone === undefined
      ? undefined
      : (aliasHits(field, someone, true).at(-1)?.choice ?? field.someone_else);
  const outside = unsaid.filter((h) => forWhom && (h.end <= forWhom.start || h.start >= forWhom.end));
  if (theirs !== undefined && field.someone_else && outside.every((h) => h.choice === theirs)) return theirs;
  // 「是我 我想找个活 老伴身子骨不行了」: a first clause that is a whole answer on its own (我) answers.
  const firstWords = forWhom
    ? undefined
    : wholeAnswerChoice(field, read.split(CLAUSE_BREAK)[0]!.replace(/^(?:就)?是/u, ''));
  if (field.answer_first === true && firstWords !== undefined) return firstWords;
  const named = inSpan.length > 0 ? inSpan : unsaid;
  // 「给我自己办 老汉身体不行跑不动」「帮我妈申请 我自己没空」: on a form that says so, the answer comes first and a
  // later clause tells why.
  const firstClause =
    field.answer_first !== true
      ? undefined
      : clauseOf(read, named.length > 0 ? Math.min(...named.map((h) => h.start)) : undefined);
  const others =
    firstClause === undefined ? named : named.filter((h) => clauseOf(read, h.start) === firstClause);
  // 「出车祸走了」 to what caused it: the earner's death outweighs how it came (the form's prefer).
  const candidates = others.length > 0 ? others : hits;
  const preferred = preferredChoices(field).find((p) => candidates.some((h) => h.choice === p));
  if (field.cause === true && preferred !== undefined) return preferred;
  // 「被车别了 摔骨折了」 to what caused it: the accident told first is the cause, the injury its effect.
  const later = (end: number, length: number) =>
    !alias ||
    (field.cause === true ? end < alias.end : end > alias.end) ||
    (end === alias.end && length > alias.length);
  for (const { choice, end, word } of candidates) {
    if (later(end, word.length)) alias = { choice, end, length: word.length };
  }
  // 「走路得拄棍 饭还能凑合自己做」: a need told beside what the person manages is partly able, in whichever order.
  const able = choices[0];
  if (
    field.mixed &&
    (alias?.choice === able || alias?.choice === field.mixed) &&
    candidates.some((h) => h.choice === field.mixed) &&
    candidates.some((h) => h.choice === able) &&
    !candidates.some((h) => h.choice === choices.at(-1))
  )
    return field.mixed;
  return alias?.choice;
}

// What separates the clauses of an answer typed with spaces or commas.
const CLAUSE_BREAK = /[\s，,。；;！!？?]+/gu;

/** The index of the clause the character at `at` stands in, or undefined for no position. */
function clauseOf(text: string, at: number | undefined): number | undefined {
  if (at === undefined) return undefined;
  return (text.slice(0, at).match(CLAUSE_BREAK) ?? []).length;
}

// The writer taking back what they just typed: 「哦不是」「不对不对」「说错了」, set off by a pause or followed by 是; not
// 「是不是」, nor 「不是我自己」 (a choice denied, which its aliases read).
const TAKES_BACK = new RegExp(
  String.raw`(?:^|(?<=[\s，,。…!！~～哦噢啊呃嗯]))` +
    `(?:${NOT_SO}${NOT_SO}|${NOT_RIGHT}${NOT_RIGHT}|${NOT_QUITE}|${NOT_SO}|${NOT_RIGHT}|${HOLD_ON}|${saidWrong(undefined, { le: true })})` +
    String.raw`(?=[\s，,。…!！~～]|是|$)` +
    // Round 46: 「算了还是给她申请」「其实我想先去学个手艺」「那就没有」: owning up and settling run on into what is meant.
    String.raw`|(?:^|(?<=[\s，,。…!！~～哦噢啊呃嗯]))` +
    `(?:${OWNING_UP}|${SETTLES_ON})`,
  'gu',
);

const OWNING_UP_ALONE = new RegExp(`^(?:${OWNING_UP})$`, 'u');
// 「其实是给我妈申请」「算了还是给她办」「说实话 帮我老伴弄的」: what follows the owning-up says again whom it is for.
const RESTATES_WHOM = /^[\s，,。…!！~～吧啊]*(?:是|就是|还是|给|帮|为|替|写|填|改|那就|就)/u;

/**
 * True when owning up (其实, 说实话, 算了) on a question answered first (whom the help is for) tells something more
 * rather than taking the answer back: 「我自己 其实老伴也病了」 is still for oneself; 「其实是给我妈申请」 is not.
 */
function tellsMore(takeBack: string, after: string): boolean {
  return OWNING_UP_ALONE.test(takeBack) && !RESTATES_WHOM.test(after);
}

// What comes right before a stage the person goes on to next: 「明年才上」「下学期就要升」「九月份进」.
// Round 45: 「明年就该上一年级了」: 该 (ought to) says next as well.
// Round 46: 「下学期过完就升初中了」「过了暑假就上六年级」: a time to come, words about it, then 就 / 才 and the verb.
const NEXT_BEFORE =
  /(?:(?:明年|后年|下学期|下半年|马上|快要?|就要|准备|九月份?|秋天|开学|过了年|等)(?:才|就|要|得|就要|该|就该|应该)?|(?:下学期|明年|暑假|寒假|过完|过了|开学|以后|之后)[^，,。\s]{0,4}?(?:就|才)(?:要|该)?)(?:上|升|读|念|进)(?:到|入)?$/u;

// What comes right before a relative of the writer's own: 「给我」「俺家」.
const OWN_BEFORE = /(?:我|俺|咱)(?:家|的)?$/u;

// The writer as the owner of a relative: 我妈, 俺家老头子, 我的闺女.
const OWNER_OF_KIN = new RegExp(`^(?:我|俺|咱)(?:家|的)?(?:${KIN_WORDS})`, 'u');

// What comes right before a word that says who the writer is: 「我是」「俺是户主他」.
const WRITER_IS = /(?:我|俺)是[^，,。；;\s]{0,6}$/u;

/** The entity of `type` in a message, the last one when several (「不是四口是五口」 means five). */
export function lastEntity(entities: readonly Entity[], type: Entity['type']): Entity | undefined {
  return entities.filter((e) => e.type === type).at(-1);
}

// 「3k」「2.5K」: thousands as younger residents type them.
const THOUSANDS_K = /(?<![a-zA-Z0-9.])([0-9]{1,3}(?:\.[0-9]{1,2})?)\s*[kK](?![a-zA-Z])/gu;
// 「自付1.2w」「4.8W」「1.5 wan」: w (and wan in pinyin) is 万.
const TEN_THOUSANDS_W = /(?<![a-zA-Z0-9.])([0-9]{1,3}(?:\.[0-9]{1,2})?)\s*(?:[wW]|wan)(?![a-zA-Z])/gu;

// 「38,260元」「1,200」: thousands separated by commas, as receipts print them (a comma that cuts a clause is
// followed by anything but exactly three digits).
const SEPARATED_THOUSANDS = /(?<![0-9.,])([1-9][0-9]{0,2})((?:,[0-9]{3})+)(?![0-9])/gu;

// 「一千二三」「两千四五百」「一万二三」: the next digit given as a range of two neighbours; its middle is meant.
const INNER_RANGE = /([一二两三四五六七八九])([千万])([一二三四五六七八])([二三四五六七八九])(?:百|千)?/gu;

/**
 * The text with amounts in k or w written out in yuan (「月入3k」 → 「月入3000」, 「1.2w」 → 「12000」), thousands separators
 * dropped (「38,260」 → 「38260」), and a figure whose next digit is a range written as its middle (「一千二三」 → 「1250」).
 */
export function withThousands(text: string): string {
  return text
    .replace(SEPARATED_THOUSANDS, (_n, head: string, groups: string) => head + groups.replaceAll(',', ''))
    .replace(THOUSANDS_K, (_k, n: string) => String(Math.round(Number(n) * 1000)))
    .replace(TEN_THOUSANDS_W, (_w, n: string) => String(Math.round(Number(n) * 10000)))
    .replace(INNER_RANGE, (said, lead: string, unit: string, low: string, high: string) => {
      const a = DIGITS[lead] ?? 0;
      const b = DIGITS[low] ?? 0;
      if ((DIGITS[high] ?? 0) !== b + 1) return said;
      const size = unit === '万' ? 10000 : 1000;
      return String(a * size + ((b + 0.5) * size) / 10);
    });
}

// What a resident is told when the only sum in an answer about income is one to pay.
const COST_NOT_INCOME =
  '这是要花的钱吧？我想问的是全家每个月大概有多少收入（元），估个数就行，没有收入就说0。';

/** Reads the resident's answer to one field from the message and its entities, with a specific problem when it does not fit. */
export function readAnswer(field: FormField, answer: string, entities: readonly Entity[]): AnswerReading {
  // At most the channels' limit is read, so that no caller can make a reader slow.
  const cut = cutText(answer, MAX_MESSAGE_CHARS);
  // Full-width digits (「退休金１３００」, typed on some phones) are read as the digits they are.
  const numeric = field.kind === 'money' || field.kind === 'integer';
  const digits = numeric ? halfWidthDigits(cut) : cut;
  // 「四十多万」: the unit said after the rough word counts the figure (400000, not 40 and 万 apart).
  const text = field.kind === 'money' ? roughUnitsInPlace(withThousands(digits)) : digits;
  const found = field.entity ? lastEntity(entities, field.entity) : undefined;
  // An amount from a clause the reader sets aside (the past, 「平时…」 against 「现在…」) is not the answer:
  // what the clauses kept say is read again.
  const kept = field.kind === 'money' ? presentOnly(text) : text;
  // The household income reader sets the past aside, settles ranges and adds the sources itself, so it reads
  // the whole answer with its figures written out (「3k」「一千二三」); its reading stands when it has one.
  const income = field.entity === 'monthly_income' ? extractMonthlyIncome(text)[0] : undefined;
  const fromEntity = field.entity === 'monthly_income' ? income : found;
  // An amount the income reader settled: the generic readers of stated and rough amounts do not second-guess it.
  const incomeSettled = income !== undefined && (income.value !== 0 || settlesOnZero(text));
  switch (field.kind) {
    case 'id_number': {
      if (fromEntity) return { ok: true, value: String(fromEntity.value) };
      const checked = validateIdNumber(text.replace(/^(?:身份证(?:号码?)?(?:是)?)/, ''));
      return checked.ok
        ? { ok: true, value: checked.value }
        : { ok: false, reason: checked.reason, problem: ID_PROBLEMS[checked.reason] };
    }
    case 'phone': {
      if (fromEntity) return { ok: true, value: String(fromEntity.value) };
      const phone = normalizePhone(
        spelledDigits(text)
          .replace(/^.{0,8}?(?:电话|手机)(?:号码?)?(?:是|为)?[:：]?/, '')
          .replace(/[\s-]/g, ''),
      );
      if (phone.ok) return { ok: true, value: phone.value };
      return isLandline(text)
        ? { ok: false, reason: 'landline', problem: LANDLINE_PROBLEM }
        : {
            ok: false,
            reason: phone.reason,
            problem: '手机号应该是11位、以1开头，比如 139 1234 5678。请再输入一次。',
          };
    }
    case 'person_name': {
      // 「我叫赵强 是申请人的儿子 申请人是我爸赵长贵」: the name said after 申请人是 is the applicant's, not the writer's.
      const applicant = applicantNamed(text);
      if (applicant) return applicant;
      const retyped = nameAfterSlip(text);
      if (retyped) return retyped;
      // The extractor's name too must not be a place or who the person is (石桥村 starts with a surname);
      // a name spelt out character by character is read whole from the spelling.
      const reading =
        fromEntity && !NOT_A_NAME.test(String(fromEntity.value)) && !spellsName(text)
          ? { ok: true as const, value: String(fromEntity.value) }
          : readName(text);
      return reading.ok ? { ok: true, value: respellName(String(reading.value), text) } : reading;
    }
    case 'integer':
    case 'money': {
      // A figure settled on after a range beats the first number the extractor saw (read from the clauses
      // kept above: the present ones for money, the whole answer for a count).
      // 「…现在没收入了 0」: the resident's own zero closes the answer, whatever was earned before it.
      if (field.kind === 'money' && income?.value === 0 && incomeSettled) return { ok: true, value: 0 };
      // Round 45: 「医院说明天还要再交三万」: a sum to pay, with no income told, answers nothing about income.
      if (field.entity === 'monthly_income' && income === undefined && namesOnlyCosts(text))
        return { ok: false, reason: 'number', problem: COST_NOT_INCOME };
      const present = kept;
      const stated =
        field.kind === 'money' && !incomeSettled
          ? ((field.net_of_refund ? costAfterRefund(present) : undefined) ?? statedAmount(present))
          : undefined;
      // 「4 夫妻俩上班」: a bare count first is the answer, before any 俩 the extractor saw after it.
      // 「两口人 哦还有我孙子 … 三个」: the count said again after a member remembered, not the first one.
      const leadingCount =
        field.kind === 'integer' &&
        (/^\s*[0-9]{1,2}(?=\s|$)/.test(text) || countAfterRemembered(text.replace(/\s/g, '')) !== undefined);
      const fromWords =
        !leadingCount &&
        fromEntity &&
        typeof fromEntity.value === 'number' &&
        !(fromEntity.value === 0 && field.kind === 'money')
          ? fromEntity.value
          : yearlyToMonthly(field, present, readNumber(present, field.kind));
      const readOrNone = stated ?? fromWords;
      // 「没有收入」 read by the extractor stands unless a real amount (100 or more) is told beside it.
      const zero = field.kind === 'money' && stated === undefined && fromEntity?.value === 0;
      const read = zero && !(readOrNone !== undefined && readOrNone >= 100) ? 0 : readOrNone;
      const value =
        read !== undefined && field.kind === 'money' && !incomeSettled
          ? exactAfterRough(present, read)
          : read;
      if (value === undefined || !Number.isFinite(value)) {
        return {
          ok: false,
          reason: 'number',
          problem:
            field.kind === 'money'
              ? '请告诉我一个大概的数，比如「两千」或「2000」。'
              : '请告诉我一个数字，比如「3」。',
        };
      }
      const rounded = Math.round(value);
      if (
        (field.min !== undefined && rounded < field.min) ||
        (field.max !== undefined && rounded > field.max)
      ) {
        return {
          ok: false,
          reason: 'range',
          problem: `这个数好像不太对，请再核对一下（${field.min ?? 0}到${field.max ?? '∞'}之间）。`,
        };
      }
      return { ok: true, value: rounded };
    }
    case 'choice': {
      // Choices and their aliases are written in Mandarin: 「冇得崽女」 is read as 没有子女.
      // Round 46: a question asked back that means none (「哪有能力管我」) is read as the negation it means.
      const plain = withRhetoricalNegation(normalizeDialect(text));
      return field.multiple ? readChoices(field, plain) : readChoice(field, plain);
    }
    case 'address': {
      // The address as written, without the words around it; the entity only helps when none is found.
      // A correction inside the answer (「东风村 不对 是东升村」) is the span's to read; other words about a
      // mistake (「名字打错了，是李国栋」) leave no place in it.
      const span = addressSpan(text);
      if (span) return { ok: true, value: span };
      // The counts and amounts of a group answer after the place (「…汽车站 两个 0」) are not part of it.
      const tokens = text.trim().split(/\s+/u);
      const firstCount = tokens.findIndex((t) =>
        /^(?:[0-9]+|[零一二两三四五六七八九十百千万]+)[个口人块元]?$/u.test(t),
      );
      const cleaned = (firstCount > 0 ? tokens.slice(0, firstCount) : tokens).join(' ');
      if (
        cleaned.length >= 4 &&
        cleaned.length <= 60 &&
        PLACE.test(cleaned.replace(NOT_A_UNIT, '')) &&
        !CORRECTION_WORDS.test(cleaned)
      )
        return { ok: true, value: cleaned };
      if (fromEntity) return { ok: true, value: String(fromEntity.value) };
      return {
        ok: false,
        reason: 'address',
        problem: '请把地址写具体一些，至少写到镇（街道）和村（社区）。',
      };
    }
    case 'text': {
      const cleaned = text.trim();
      if (cleaned.length >= 2) return { ok: true, value: cutText(cleaned, MAX_TEXT_ANSWER_CHARS) };
      return { ok: false, reason: 'text', problem: '请多写几个字，简单说说情况就行。' };
    }
  }
}

// Round 38: 「一年就种地卖粮食一万二平时也出不去打工」: a year's figure, the period said before it and no month named.
const YEAR_BEFORE_FIGURE =
  /(?:一年|每年|全年)[^，。,.；;0-9一二两三四五六七八九十]{0,10}[0-9一二两三四五六七八九十]/u;
const MONTH_NAMED = /一个月|每个月|每月|月收入|月工资/u;

/** A figure read from plain words, as a month's when the words give it for a year (monthly income only). */
function yearlyToMonthly(field: FormField, words: string, value: number | undefined): number | undefined {
  if (value === undefined || field.kind !== 'money' || field.entity !== 'monthly_income') return value;
  return YEAR_BEFORE_FIGURE.test(words) && !MONTH_NAMED.test(words) ? value / 12 : value;
}
