import { extractAssistanceTypes } from '../nlu/entities/assistance-type.js';
import type { AssistanceType } from '../nlu/types.js';
import { codeUnits, firstCharIndex } from '../text/first-char-index.js';
import { normalizeText } from '../text/normalize.js';
import { clauses as clausesOf } from './question-parts.js';
import { createWordListReader } from './word-list.js';
import type { ProgrammeCard } from './programme-card.js';

/** What a question is about, as far as programmes and the knowledge base's boundary go. */
export interface Scope {
  /** Programmes the question names (the intake's lexicon, the cards' names and aliases). */
  named: AssistanceType[];
  /** True when it names a neighbouring service that is not social assistance and asks for no help. */
  outOfScope: boolean;
  /** True when it tells of hardship (a help line hears that as asking for help): what the bot is for. */
  hardship: boolean;
  /**
   * True when it is the window's business by what it says, apart from whether a passage answers it: it
   * names a programme, tells of hardship or uses a word of knowledge/ours.yaml (救助, 窗口 …), and names
   * no neighbouring service it does not also ask help with.
   */
  ours: boolean;
  /** The department that handles the neighbouring service it names, when out-of-scope.yaml says. */
  referTo?: string;
  /** What the window says to a request it declines whatever else it names (out-of-scope.yaml `declined`). */
  declineWith?: string;
}

/** True when every word of a term joined by + («户口+迁») stands in one of the clauses. */
function wordsMeet(clauses: readonly string[], words: readonly string[]): boolean {
  return clauses.some((c) => words.every((w) => c.includes(w)));
}

// Words that say who the resident is rather than what they ask for: next to another department's
// service («残疾人能考驾照吗», «低保户能不能办房贷», «特困户的孩子高考有没有照顾分») they do not make the
// question one about the programme. Being one bears on fees and waivers elsewhere (押金, 减免): asking
// for one is asking for help (below), so that question stays ours.
const WHO_ONE_IS = /残疾人|残障人士|残疾|低保户|低保家庭|五保户|特困户|特困家庭/gu;
// …unless the resident asks to be one («算不算特困户», «评得上低保户吗», «够不够五保户»): then the word is what is
// asked for, whatever other department's service the story names («一个月就三百来块养老金»). Being one is said with
// 是 («我是五保户»), which is not here. Read on the few characters just before the word.
const ASKS_TO_BE = /(?:算|评|当|成为|纳入|够|办|吃|享受|申请)(?:不算|不评|不当|不够|不办|不吃|得|不)?(?:上|成|为|个|得上)?$/u;
const ASKING_REACH = 5;

/**
 * The text with each word that says who the resident is (WHO_ONE_IS) blanked out, except where the resident
 * asks to be counted as one (ASKS_TO_BE just before it). Linear in the text's length.
 */
export function blankWhoOneIs(text: string): string {
  return text.replace(WHO_ONE_IS, (word: string, at: number) =>
    ASKS_TO_BE.test(text.slice(Math.max(0, at - ASKING_REACH), at)) ? word : ' ',
  );
}

// Words that ask for help (a grant, or a fee waived); anywhere outside an out-of-scope term they keep a
// question in scope.
// 救急 (money for an emergency) and a lawyer at no cost (legal aid) ask for help as plainly.
const ASKS_FOR_HELP = /救助|补助|补贴|帮扶|扶助|减免|免除|免交|救急|(?:不要钱|免费|不花钱)的?律师/u;
// Round 38: the promise an application is signed with, and what breaking it brings (「守信承诺书…填错了会不会被抓」): the
// window's own procedure, whatever other office a word of it names (抓, 坐牢, 考公).
const OWN_PROCEDURE = /守信承诺|诚信承诺|承诺书|失信记录/u;
// The part of a bill left after insurance, asked to be paid again («医保报销了 自己出的那部分还能再报点吗»): that
// part is what medical assistance pays, so the question is ours however much it says of 医保.
const LEFT_TO_PAY =
  /(?:自己|个人|俺|我)(?:出|付|掏|花|垫)的?(?:那)?(?:部分|块|些|钱)|自付|自费的?部分|剩下的?(?:那)?(?:部分|些|钱)|(?:再|二次)(?:报|报销)(?:一点|一些|点|一部分)?|还能(?:再)?报/u;
// A hospital deposit one cannot or would rather not pay («住院能不能先不交押金», «急诊押金交不上»): asking to
// be treated first and pay after is medical assistance's business, not the landlord's deposit that 押金 in
// out-of-scope.yaml stands for; getting a deposit back («住院押金能退吗») stays the hospital's. Round 49: up to six
// characters may stand between the deposit and the ask («押金是不是可以不交»). Bounded.
const AT_HOSPITAL = /住院|医院|急诊|手术|看病/u;
const DEPOSIT_UNPAID = /(?:先不交|不交|交不上|交不起|不用交|免)[^，。！？；\s]{0,2}押金|押金[^，。！？；\s]{0,6}(?:先不交|不交|交不上|交不起|不用交|免)/u;
// Round 42: a deposit the family cannot raise, told in the next few words («押金要好几万 家里凑不齐»), or treatment
// asked for before payment («能不能先治病后交钱»): as above, medical assistance's business. Bounded.
const DEPOSIT_UNRAISED = /押金.{0,12}(?:凑不|拿不出|掏不出|借不到|交不上|交不起|付不起)/u;
const TREAT_FIRST = /先(?:看病|治病|治疗|诊疗|住院|救治|抢救|手术)[^，。！？；]{0,3}(?:后|再)(?:付|交|结|给|补)/u;
// Round 42: the funeral of someone the support programme provides for («五保老人走了 后事谁管»): arranging it is part
// of that support (社会救助暂行办法 第十五条), not another office's funeral grant.
const SUPPORTED_PERSON = /五保|特困/u;
const FUNERAL = /丧葬|后事|丧事|安葬|火化/u;
// Words that say times are hard: like hardship words, they keep a question in scope unless they only
// tell the story before another department's question («家里困难 想问下网贷哪个好借»).
const HARD_TIMES = /困难|揭不开锅|过不下去|活不下去/u;
// Round 43: a job lost (the firm closed, laid off) is what unemployment insurance insures: told beside 失业金 or
// 失业保险 («失业保险金怎么领 厂子倒闭了») it is the insurance's own condition, not a hardship that makes the question
// ours; any other hardship told with it still does («…领完了 家里揭不开锅»).
const UNEMPLOYMENT_INSURANCE = /失业(?:保险|金)/u;
const JOB_LOST = /厂子倒闭|倒闭|被裁|裁员|下岗|失业|没工作|没了工作|丢了工作/gu;

// Asking for help in plain words at the end of a story («…我们两个老的供他读书 有没有啥补助», «…政府能不能帮帮
//我们»): a resident who tells how things stand and then asks for a grant or a hand is asking the window, however
// long the story and whatever its words (its length dilutes how much of it any passage covers). Asked on its
// own («种粮补贴啥时候发», «育儿补贴在哪申请») 补贴 is as often another department's, so a bare question is not
// made ours by it; a term of out-of-scope.yaml is blanked out before this is read.
// Asking what one could apply for («…这种能申请什么», «…可以申请哪样») or whether anyone looks after such a case
// («有没有人管», «政府能不能管管») asks the window just as plainly.
const HELP_ASKED =
  /救助|补助|补贴|帮扶|扶助|资助|救急|帮(?:帮|一把|一下|下|忙|点)|有没有(?:什么|啥)?(?:办法|补)|能不能补|补(?:点|些)钱|减免|免(?:除|交|掉)?[^，。！？；\s]{0,2}费|申请(?:什么|啥|哪些|哪样|哪种|哪个)|有没有人管|能不能管|(?:政府|国家|民政|村里|社区)(?:到底)?管不管/u;

// Where a resident's message breaks into clauses: a term of several words («户口+迁») must meet in one.
const CLAUSE_BREAK = /[\s，。！？；、,.!?;…~～]+/u;
const CLAUSE = /[^\s，。！？；、,.!?;…~～]+/gu;

/**
 * True when a message tells something in a clause of its own and then asks for help (HELP_ASKED) in a clause
 * that asks (see question-parts.ts): the story is the resident's reason for asking. Linear in the text.
 */
export function asksHelpAfterStory(text: string): boolean {
  const parts = clausesOf(text);
  const told = parts.findIndex((c) => !c.asking);
  return told !== -1 && parts.slice(told + 1).some((c) => c.asking && HELP_ASKED.test(c.text));
}

/** Reads which programmes a question names and whether it is about a neighbouring, uncovered service. */
export function createScopeReader(
  outOfScopeTerms: readonly string[],
  cards: readonly ProgrammeCard[],
  hardshipWords: readonly string[] = [],
  referrals: ReadonlyMap<string, string> = new Map(),
  ourWords: readonly string[] = [],
  declined: readonly { reply: string; terms: readonly string[] }[] = [],
): (question: string) => Scope {
  const saysOurs = createWordListReader(ourWords);
  const saysHardship = createWordListReader(hardshipWords);
  const normalizeTerm = (t: string): string => t.split('+').map(normalizeText).filter((w) => w !== '').join('+');
  const referOf = new Map([...referrals].map(([t, d]) => [normalizeTerm(t), d]));
  const all = [...new Set(outOfScopeTerms.map(normalizeTerm).filter((t) => t !== ''))];
  const terms = all.filter((t) => !t.includes('+')).sort((a, b) => b.length - a.length);
  // Words that only together name a service, in any order within one clause: 「身份证+补办」 is
  // 「身份证丢了补办要多久」 as much as 「补办身份证」.
  const together = all.filter((t) => t.includes('+')).map((t) => ({ term: t, words: t.split('+') }));
  // Only the terms whose first character (every word's, for words that meet) the text has can be in it.
  const termIndex = firstCharIndex(terms, (t) => t);
  const togetherIndex = firstCharIndex(together, ({ words }) => words[0] ?? '');
  const cardNames = cards.map((c) => ({ type: c.type, names: [c.name, ...c.aliases].map(normalizeText) }));
  const named = (text: string): AssistanceType[] => {
    const found = new Set<AssistanceType>(extractAssistanceTypes(text).map((e) => e.value as AssistanceType));
    for (const { type, names } of cardNames) if (names.some((n) => text.includes(n))) found.add(type);
    return [...found];
  };
  // The text with every term blanked out, whether it named one, and the department of the longest term
  // it named (the most specific: 「退休+医保」 is the 医保 office's, though 「退休+交」 is also there).
  const maskTerms = (text: string): { masked: string; hit: boolean; referTo: string | undefined } => {
    let masked = text;
    let hit = false;
    let referTo: string | undefined;
    let longest = 0;
    const found = (term: string, length: number): void => {
      hit = true;
      const department = referOf.get(term);
      if (department === undefined || length <= longest) return;
      referTo = department;
      longest = length;
    };
    // Blanking a term leaves spaces, so a term starting with one may occur in the masked text.
    for (const term of termIndex.candidates([' ', ...codeUnits(text)])) {
      if (!masked.includes(term)) continue;
      found(term, term.length);
      masked = masked.split(term).join(' ');
    }
    const clauses = text.split(CLAUSE_BREAK);
    for (const { term, words } of togetherIndex.candidates(codeUnits(text))) {
      if (!wordsMeet(clauses, words)) continue;
      found(term, term.length - words.length + 1);
      // Only in the clauses where the words meet: 「医保+交」 blanks 交 in 「城乡医保要交好几百」, not in the
      // 「交不起」 told after it.
      masked = masked.replace(CLAUSE, (c) => (words.every((w) => c.includes(w)) ? words.reduce((m, w) => m.split(w).join(' '), c) : c));
    }
    return { masked, hit, referTo };
  };
  // Each declined term as its words: one word anywhere, or words joined by + that must meet in one clause.
  // A declined term's words joined by & may stand anywhere in the message (「俺家条件还行 … 开个贫困证明」):
  // what is asked and what makes it a request to decline are often told in different clauses.
  type DeclinedTerm = { anywhere: string[] } | { together: string[] };
  const declinedTerms = declined.map(({ reply, terms }) => ({
    reply,
    terms: terms.map((t): DeclinedTerm => {
      const anywhere = t.split('&').map(normalizeText).filter((w) => w !== '');
      return anywhere.length > 1 ? { anywhere } : { together: normalizeTerm(t).split('+') };
    }),
  }));
  return (question) => {
    const text = normalizeText(question);
    // 「怎么填能少报点 好拿到低保」「把吃低保的名单发我一份」: declined, however much of the window's business they name.
    const clauses = text.split(CLAUSE_BREAK).filter((c) => c !== '');
    const said = (term: DeclinedTerm): boolean =>
      'anywhere' in term
        ? term.anywhere.every((w) => text.includes(w))
        : term.together.length === 1
          ? text.includes(term.together[0]!)
          : wordsMeet(clauses, term.together);
    const declinedAs = declinedTerms.find(({ terms }) => terms.some(said));
    if (declinedAs) return { named: [], outOfScope: true, hardship: false, ours: false, declineWith: declinedAs.reply };
    const { masked, hit, referTo: anyReferTo } = maskTerms(text);
    // What is said outside the terms: 「办残疾证」 names no programme, 「有残疾证能领什么补贴」 asks for help,
    // 「医保报销完还是付不起」 tells of hardship.
    const outside = named(masked);
    const what = blankWhoOneIs(masked);
    const meant = outside.length > 0 && named(what).length > 0;
    // Telling a help line of one's hardship is asking for help, with or without a question; being
    // disabled is who one is, not a hardship told, next to another department's service.
    // A story, then another department's question («出车祸对方全责 保险理赔流程怎么走», «下岗好几年了
    // 社保断了 能补交吗»): hardship told before the clause naming the service does not make the question
    // ours (the referral still offers help with hardship); told with it or after it («医保报销完 剩下的
    // 还是付不起»), it does.
    const first = hit ? clauses.findIndex((c) => maskTerms(c).hit) : -1;
    const told = first > 0 ? blankWhoOneIs(maskTerms(clauses.slice(first).join(' ')).masked) : hit ? what : masked;
    const insuredLoss = UNEMPLOYMENT_INSURANCE.test(text);
    const hardTimes = (t: string): boolean => {
      const story = insuredLoss ? t.replace(JOB_LOST, ' ') : t;
      return saysHardship(story) || HARD_TIMES.test(story);
    };
    const outOfScope =
      hit &&
      !meant &&
      !OWN_PROCEDURE.test(masked) &&
      !ASKS_FOR_HELP.test(masked) &&
      !LEFT_TO_PAY.test(masked) &&
      !((DEPOSIT_UNPAID.test(text) || DEPOSIT_UNRAISED.test(text)) && AT_HOSPITAL.test(text)) &&
      !TREAT_FIRST.test(text) &&
      !(SUPPORTED_PERSON.test(text) && FUNERAL.test(text)) &&
      !hardTimes(told);
    // A question kept ours reads its whole story as hardship, wherever it was told.
    const toldHardship = hardTimes(hit ? what : masked);
    // The service asked about last is the one to refer to («办完退休以后 医保还用交吗»: the 医保 office).
    const referTo = maskTerms(clauses[clauses.length - 1] ?? '').referTo ?? anyReferTo;
    const programmes = hit ? outside : named(text);
    const hardshipTold = !outOfScope && toldHardship;
    // Outside a neighbouring service's term: 「社保窗口在哪」 is not made ours by 窗口.
    const ours = !outOfScope && (programmes.length > 0 || hardshipTold || saysOurs(masked) || asksHelpAfterStory(masked));
    const scope: Scope = { named: programmes, outOfScope, hardship: hardshipTold, ours };
    if (outOfScope && referTo !== undefined) scope.referTo = referTo;
    return scope;
  };
}
