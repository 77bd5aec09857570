import type { FormDefinition } from '../../forms/form-registry.js';
import { preferredChoices, type FormField } from '../../forms/form-schema.js';
import { aliasHits } from '../../forms/alias-match.js';
import {
  choiceNamed,
  lastEntity,
  notAName,
  readAnswer,
  withThousands,
  type FieldValue,
} from '../../forms/read-answer.js';
import { countListedMembers } from '../../forms/household-members.js';
import {
  forOwnChild,
  hardshipFromMessage,
  inferApplicantRelation,
  withoutIllnessOfTheDead,
  withoutWriterAtSchool,
  namesRelative,
} from '../../forms/infer.js';
import { extractEntities } from '../../nlu/entities/index.js';
import { extractPersonNames, startsWithSurname } from '../../nlu/entities/person-name.js';
import type { Entity } from '../../nlu/types.js';
import { parseChineseNumber, plainNumerals } from '../../text/chinese-number.js';
import { foldText } from '../../text/normalize.js';
import { spelledDigits, spokenDigits } from '../../text/spoken-digits.js';
import { choreManagedButHelpNeeded } from '../../forms/mixed-ability.js';
import { namedCorrection } from './named-correction.js';
import { withFiguresRepaired } from '../../text/self-repair.js';
import { NOT_RIGHT, NOT_SO, putRight, saidWrong } from '../../text/take-back-words.js';
import { applicantAge } from '../../localities/answer-condition.js';
import { DEFAULT_TIME_ZONE } from '../../cases/working-days.js';

/** What one message gave a form: the fields now known, which ones it filled, what could not be read. */
export interface Filling {
  fields: Record<string, FieldValue>;
  filled: string[];
  problems: { field: FormField; problem: string }[];
}

// The writer naming themself (我叫刘宝平, 我的名字是…), up to the end of the name.
const WRITER_NAMED = /(?:我叫|我的名字(?:叫|是)|我名字(?:叫|是)|本人叫)\s*[\p{Script=Han}·]{2,6}/u;
// 「养老钱说多了」「人数算错了」: a figure said too high or low, or got wrong, is corrected too.
// Every take-back and put-right word counts: this only asks whether the message corrects anything at all.
const CORRECTION = new RegExp(
  `${saidWrong()}|${NOT_RIGHT}|${NOT_SO}|${putRight()}|[说写报填算](?:多|少)了|[多少][说写报填算]了|[说写报填算]的不准|不准确`,
);
// The household's own income named: 「家里每个月收入1800」「全家一个月收入两千」, or a clause that opens with
// 月收入 as a form would (「一家三口 月收入两千来块」).
const HOUSEHOLD_INCOME = /(?:全家|家里|家庭|一家)[^，,。；;\s]{0,6}?收入|(?:^|[\s，,。；;])月收入/u;
// A message that starts by saying something given was wrong: 「哎呀说错了 …」「不对 …」.
// 「电话号码错了 应该是…」「身份证有一位打错了」: the field's name may come first.
// 不是 at the start is mostly an answer denied (「不是本地户口」), not a slip, so it is left out here.
const OPENS_WITH_CORRECTION = new RegExp(
  String.raw`^(?:(?:等下|等一下|等等|哎呀?|哎哟|不好意思|对不起|sorry|哦|噢|啊|呃)[，,。!！\s]*)?[^，,。\s]{0,6}` +
    `(?:${saidWrong()}|${NOT_RIGHT}|更正|错了|有误|[说写报填算][多少]了)`,
  'u',
);
// A forgotten part told after the question moved on: 「哦 还有个…」「对了 忘了说…」.
// 「哦还有我婆婆也在我们户口本上的 是五口人」: a member forgotten, and the count said again.
const ADDS_FORGOTTEN =
  /^(?:(?:哦|噢|啊|哎|对了|哦对了)[，,。!！\s]*)?(?:还有(?:个|一个|一份|一笔)|还有(?:我|俺)[^，,。\s]{1,4}也(?:在|是)|还漏了|漏了|忘了说|忘记说了?|我?搞忘记?了|差点忘了)/u;
const NAME_CORRECTION =
  /(?:名字|姓名)(?:打|写|输|说)?错了?[，,\s]*(?:应该)?(?:是|叫)?([\p{Script=Han}·]{2,6})/u;

// Words that show which field of a group question a plain answer speaks of.
const GROUP_CUES: Readonly<Record<FormField['kind'], RegExp>> = {
  // A bare count first (「4 有时候一千…」「2 1800」) answers 几口人 before the income.
  // So does a small bare number between other words (「…村 租的房 3 老公上班…」).
  // 口 / 人 only after a numeral: 「窗口」「老人」 count nobody.
  integer:
    /[0-9一二两三四五六七八九十几]\s*(?:口|个?人)|[俩仨]|[0-9一二两三四五六七八九十]个(?!月)|^\s*[0-9一二两三四五六七八九十]{1,2}(?:\s|$)|(?:^|\s)(?:[1-9]|1[0-9])(?=\s|$)/,
  // 「3个 4000」: an amount of three or more digits is money even without 元, and so is a bare amount closing
  // the answer (「华士镇龙河村4组 80」 once the address is set apart).
  // A bare 0, 没 or 无 closing it (「…就他一个 0」「…桃源村 2 没」) is no income.
  // A 0 standing alone anywhere (「…2个 0 之前一直在家带孩子」「…娃 现在就是0 老婆在家…」) is no income: no
  // household counts 0, and no address is numbered 0.
  money:
    /[块元千万百]|[0-9]{3,}|收入|工资|养老金|低保金|补贴|没有|没钱|(?:^|\s)(?:[0-9]{2,7}|0|没|无)\s*$|(?<![0-9.])0(?![0-9.号组栋楼室单])/,
  person_name: /./,
  // Plain words that speak of an ID number, a phone or a name (「刚才那个身份证号是俺自己的 弄错了」) correct that
  // field; they are no place to live.
  address: /^(?![\s\S]*(?:身份证|手机号|电话号|号码|名字|姓名))[\s\S]/u,
  id_number: /[0-9]/,
  phone: /[0-9]/,
  text: /./,
  choice: /./,
};

// 「手机号打错了 后四位应该是2719」「电话号码错了 最后是2935 不是2953」「最后四位是三三八一」: only the last digits of the phone given are
// corrected. Without a count (「最后是2935」) the digits typed are the count, and the end that words alone point
// at (最后, 末尾, 后面) is needed: a bare 后 could begin anything.
// Round 38: 「电话最后四位打错了 是6135」: the words of the mistake may come between the digits' place and the digits.
// Round 46: 「电话错了 最后四个是1647 不是1674」: the digits counted with 个 as with 位.
const PHONE_TAIL =
  /(?:电话|手机|号码)[^0-9]{0,12}?(?:(?:最后|后|末)(?:面)?([2-5两二三四五])(?:位|个)(?:数字|数)?|最后|末尾|后面|尾数|尾号)(?:几位|的)?(?:[打写说输填]?错了[，,\s]*)?(?:是|应该是|改成|改为|其实是|为)?[:：\s]*([0-9]{2,5}|[零〇洞幺一二两三四五六七八九]{2,5})(?![0-9零〇洞幺一二两三四五六七八九])/u;

/** The phone given with its last digits replaced as a message corrects them; undefined when it does not. */
export function phoneTailCorrected(phone: FieldValue | undefined, text: string): string | undefined {
  const match = PHONE_TAIL.exec(text);
  if (!match || typeof phone !== 'string' || !/^1[0-9]{10}$/u.test(phone)) return undefined;
  // 「最后四位是三三八一」: digits said in characters are the same digits.
  const digits = spokenDigits(match[2] ?? '');
  const count = match[1] === undefined ? digits.length : parseChineseNumber(match[1]);
  if (count === undefined || digits.length !== count) return undefined;
  return phone.slice(0, phone.length - count) + digits;
}

// 「名字写错了」: the name given was wrong; the new one follows.
const NAME_WRONG = /(?:名字|姓名)(?:打|写|输|说|填)?错了?/u;
// Words before the new name in its chunk: 「应该是」「改成」「申请人写」.
const BEFORE_NEW_NAME = /^(?:应该|其实)?(?:是|叫|改成|改为|写成|写)?/u;
// A name said to be the writer's own (「汪小军是我」): not the applicant's.
const WRITER_SELF = /是我$/u;

/**
 * The applicant's name as a correction gives it (「名字写错了 汪小军是我 申请人写我爸 汪德胜」 → 汪德胜): the last name
 * after 名字写错了 that is not said to be the writer's own; undefined when no name is corrected.
 */
function correctedName(text: string): string | undefined {
  const wrong = NAME_WRONG.exec(text);
  if (!wrong) return undefined;
  const after = text.slice(wrong.index + wrong[0].length);
  // 「名字打错了 是语音打的 我妈叫陈秀娣」: a name said with 叫 is the one meant, before any chunk of two to four characters.
  const cued = extractPersonNames(after).find((n) => /叫\s*$/u.test(after.slice(0, n.start)));
  if (cued) return String(cued.value);
  let found: string | undefined;
  for (const chunk of after.split(/[\s，,。；;！!？?、]+/u)) {
    // A chunk that is only a name (「汪德胜」「应该是汪德胜」) names the applicant; 「汪小军是我」 names the writer.
    const rest = chunk.replace(BEFORE_NEW_NAME, '');
    if (!/^[\p{Script=Han}·]{2,4}$/u.test(rest) || WRITER_SELF.test(rest)) continue;
    if (startsWithSurname(rest) && !notAName(rest)) found = rest;
  }
  const caught = NAME_CORRECTION.exec(text)?.[1];
  // 「名字打错了是郝改莲耳朵旁那个郝」: the run caught after 是 may go on past the name into how it is written.
  const said =
    caught && caught.length > 3 ? (extractPersonNames(`我叫${caught}`)[0]?.value ?? caught) : caught;
  return found ?? (said && !WRITER_SELF.test(String(said)) ? String(said) : undefined);
}

// 「是赵福林 树林的林 不是临」: a name said after 是 or 叫.
const SAID_NAME = /(?:是|叫)\s*(\p{Script=Han}{2,4})/gu;

/**
 * The name given, respelt by a correction that does not say 名字 (「哎呀打错了 是赵福林 树林的林 不是临」 after 赵福临):
 * a name after 是 or 叫 of the same length and surname that differs in one character; undefined otherwise.
 */
function respeltName(text: string, given: FieldValue | undefined): string | undefined {
  if (typeof given !== 'string') return undefined;
  const old = Array.from(given);
  for (const match of text.matchAll(SAID_NAME)) {
    const said = Array.from(match[1] ?? '').slice(0, old.length);
    if (said.length !== old.length || said[0] !== old[0]) continue;
    if (said.filter((c, i) => c !== old[i]).length === 1) return said.join('');
  }
  // Round 38: 「写错了 孩子叫李浩然 三个字 不是李浩」: the name given with a character left out, said again in full.
  const longer = extractPersonNames(text).find((n) => {
    const name = Array.from(String(n.value));
    return name.length === old.length + 1 && old.every((c, i) => name[i] === c);
  });
  return longer ? String(longer.value) : undefined;
}

// 「不对 应该是4个 我还有个妹妹 户口也在家里」: a count said again as 是N个 in a correction that speaks of the household.
const COUNT_CORRECTED =
  /(?:应该|其实)?是\s*([0-9]{1,2}|[一二两三四五六七八九十]{1,2})\s*个(?:人)?(?![月天年岁孩娃小星礼])/u;
const SPEAKS_OF_HOUSEHOLD = /户口|户籍|口人|家里|一家|人口/u;

/** The household's count as a correction restates it without 口 or 人 (「应该是4个」); undefined when it does not. */
function correctedCount(text: string): number | undefined {
  const match = COUNT_CORRECTED.exec(text);
  if (!match || !SPEAKS_OF_HOUSEHOLD.test(text)) return undefined;
  const count = /^[0-9]+$/u.test(match[1]!) ? Number(match[1]) : parseChineseNumber(match[1]!);
  return count !== undefined && count >= 1 && count <= 20 ? count : undefined;
}

// What a correction says was wrong (「不是八万三」; its words captured, 「是罗家村四社 不是十社」 → 十社) and the words that
// say a mistake was made, set aside to read the figure meant.
const SAID_WRONG_PART = String.raw`不是([^，,。；;\s是]{1,12})`;
const SAID_WRONGLY = new RegExp(
  `${SAID_WRONG_PART}|(?:刚才|刚刚|前面|上面)?(?:说错|写错|打错|填错|报错|算错|看错|弄错|搞错)了?|不好意思|对不起`,
  'gu',
);
const WRONG_WORDS = new RegExp(SAID_WRONG_PART, 'u');

/** The address field when its answer holds the words a correction says were wrong (「不是十社」), if it does. */
export function addressHoldingWrongWords(
  definition: FormDefinition,
  text: string,
  current: Readonly<Record<string, FieldValue>>,
): FormField | undefined {
  const wrong = WRONG_WORDS.exec(text)?.[1];
  if (wrong === undefined) return undefined;
  return definition.fields.find((f) => {
    const value = current[f.name];
    return f.kind === 'address' && typeof value === 'string' && value.includes(wrong);
  });
}

// The figure a correction says was wrong: 「不是一千五」.
const WRONG_FIGURE = /不是\s*([0-9零〇一二两三四五六七八九十百千万]{1,8})(?:块|元)?(?=$|[\s，,。；;!！]|的)/u;

/**
 * The one figure answered at the question before this one (or, of several, the one a correction names by its old value
 * or by 一个月), when it is not asked now and was given.
 */
function fieldJustGiven(
  definition: FormDefinition,
  previous: readonly string[],
  asked: readonly FormField[],
  current: Readonly<Record<string, FieldValue>>,
  text = '',
): FormField | undefined {
  const figures = definition.fields.filter(
    (f) => previous.includes(f.name) && (f.kind === 'money' || f.kind === 'integer'),
  );
  // Round 38: 「是一千八 不是一千五」 after a question of two figures: the one whose value it says was wrong.
  const wrong = WRONG_FIGURE.exec(text)?.[1];
  const wrongValue = wrong === undefined ? undefined : parseChineseNumber(wrong);
  const byValue = figures.filter((f) => wrongValue !== undefined && current[f.name] === wrongValue);
  // 「不对不对 … 现在一个月就一千五」 after a count and an income: a month's amount corrects the income.
  const money = figures.filter((f) => f.kind === 'money');
  const byMonth = /一个月|每个月|每月/u.test(text) && money.length === 1 ? money[0] : undefined;
  const field = figures.length === 1 ? figures[0] : byValue.length === 1 ? byValue[0] : byMonth;
  return field && !asked.includes(field) && current[field.name] !== undefined ? field : undefined;
}

/** True when the message says it corrects something already given. */
export function isCorrection(text: string): boolean {
  return CORRECTION.test(text);
}

/** Fills every field this message gives (entities anywhere, plain answers for the fields asked). */
export function fillFields(
  current: Readonly<Record<string, FieldValue>>,
  definition: FormDefinition,
  message: string,
  entitiesAsSent: readonly Entity[],
  asked: readonly FormField[],
  previous: readonly string[] = [],
): Filling {
  // 「月入3k」: the money cue and the amount are read in yuan.
  const thousands = withThousands(message);
  // 「3口 哦不对 是4口」: only the figure meant is read, by the entities too.
  const text = withFiguresRepaired(thousands);
  const allEntities = text === thousands ? entitiesAsSent : extractEntities(text);
  // The numbers of a phone's corrected last digits are none of the fields asked.
  const phoneField = definition.fields.find((f) => f.kind === 'phone');
  const tail = phoneField ? phoneTailCorrected(current[phoneField.name], text) : undefined;
  if (phoneField && tail)
    return { fields: { ...current, [phoneField.name]: tail }, filled: [phoneField.name], problems: [] };
  // 「名字打错了，是李国栋」: a corrected name replaces the applicant's, whatever is being asked.
  const opensWithCorrection = OPENS_WITH_CORRECTION.test(text.trim());
  // 「等下 名字写错了 汪小军是我 申请人写我爸 汪德胜…」 to a question about other fields corrects the name only.
  const nameField = definition.fields.find((f) => f.kind === 'person_name');
  const renamed =
    correctedName(text) ??
    (opensWithCorrection && nameField ? respeltName(text, current[nameField.name]) : undefined);
  if (
    opensWithCorrection &&
    nameField &&
    renamed &&
    !asked.includes(nameField) &&
    current[nameField.name] !== undefined
  )
    return { fields: { ...current, [nameField.name]: renamed }, filled: [nameField.name], problems: [] };
  const countField = definition.fields.find((f) => f.entity === 'household_size');
  const recount =
    opensWithCorrection &&
    countField &&
    !asked.includes(countField) &&
    current[countField.name] !== undefined &&
    !lastEntity(allEntities, 'household_size')
      ? correctedCount(text)
      : undefined;
  if (countField && recount !== undefined)
    return { fields: { ...current, [countField.name]: recount }, filled: [countField.name], problems: [] };
  // 「电话打错了 是…」 to a question about other fields corrects the field it names; its numbers answer none
  // of the fields asked, which are asked again.
  // 「哦 还有个高龄补贴 我搞忘记了 加起来一个月大概四百」: a figure forgotten, added to an earlier answer.
  const addsForgotten = ADDS_FORGOTTEN.test(text.trim());
  const named = opensWithCorrection || addsForgotten ? namedCorrection(definition, text) : undefined;
  const figureAdded = !addsForgotten || named?.field.kind === 'money' || named?.field.kind === 'integer';
  if (named && figureAdded && !asked.includes(named.field) && current[named.field.name] !== undefined) {
    const reading = readAnswer(named.field, named.answer, extractEntities(named.answer));
    if (reading.ok)
      return {
        fields: { ...current, [named.field.name]: reading.value },
        filled: [named.field.name],
        problems: [],
      };
  }
  // 「刚才说错了 是三万八 不是八万三」 said at the next question: the figure just given is corrected.
  const justGiven =
    opensWithCorrection && !named && addressHoldingWrongWords(definition, text, current) === undefined
      ? fieldJustGiven(definition, previous, asked, current, message)
      : undefined;
  if (justGiven) {
    const said = text.replace(SAID_WRONGLY, ' ');
    const reading = readAnswer(justGiven, said, extractEntities(said));
    if (reading.ok && reading.value !== current[justGiven.name])
      return {
        fields: { ...current, [justGiven.name]: reading.value },
        filled: [justGiven.name],
        problems: [],
      };
  }
  // 「不是四口人是五口」: what follows the last 是 is the correction, so its entities win.
  // Bounded parts, and no 是 inside the wrong one: the open form backtracked cubically on a long 「不是而…」.
  const correction = /不是([^是\n]{1,40}?)(?:而)?是(.{1,400})$/.exec(text);
  // A 「name」 the extractor found that is a place (华士镇 starts with a surname) is nobody's name, and its
  // span must not be cut out of the address around it.
  const entities = (
    correction
      ? [...allEntities, ...correctedEntities(correction[1] ?? '', correction[2] ?? '')]
      : allEntities
  ).filter((e) => e.type !== 'person_name' || !notAName(String(e.value)));
  const fields = { ...current };
  const filled: string[] = [];
  const problems: Filling['problems'] = [];
  // Fields of a group question the answer does not speak of.
  const unspoken: FormField[] = [];
  // 「2 1800」 to 「几口人？多少收入？」: bare numbers answer the numbers asked, in the order asked.
  const bare = bareNumbers(withoutAskedSpans(text, entities, asked), asked);
  for (const [name, value] of bare) {
    fields[name] = value;
    filled.push(name);
  }
  for (const field of definition.fields) {
    if (bare.has(field.name)) continue;
    const isAsked = asked.includes(field);
    const entity = field.entity ? lastEntity(entities, field.entity) : undefined;
    if (!isAsked) {
      // Unasked fields take only unambiguous entities: a relative's name in a story must not replace the applicant's.
      if (!entity) continue;
      if ((field.kind === 'person_name' || field.kind === 'address') && fields[field.name] !== undefined)
        continue;
      if (field.kind === 'text' || field.kind === 'choice') continue;
      // 「就我自己」 to 「给谁申请」 says who applies, not how many live in the household.
      if (
        field.entity === 'household_size' &&
        asked.some((f) => f.name === 'applicant_relation') &&
        SELF_ONLY.test(text)
      )
        continue;
      // A number told in passing (「俺一个人带着孙子」) does not replace an answer already given, unless it is a correction.
      if (
        (field.kind === 'integer' || field.kind === 'money') &&
        fields[field.name] !== undefined &&
        !CORRECTION.test(message)
      )
        continue;
    }
    // An amount told in passing is mostly one person's pay or a source lost (「我一个月两千」「一分钱进账都没有」),
    // not yet the household's income: that is asked (in the same question as the address and the household, so
    // no turn is added), unless the words give the household's own figure (「家里每个月收入1800」). Told in
    // passing, it otherwise only corrects an answer already given.
    if (
      !isAsked &&
      field.kind === 'money' &&
      fields[field.name] === undefined &&
      !(entity && Number(entity.value) > 0 && HOUSEHOLD_INCOME.test(text))
    )
      continue;
    // An address told in passing is the place the extractor found, not every place-like clause around it.
    if (!isAsked && field.kind === 'address' && entity) {
      fields[field.name] = String(entity.value);
      filled.push(field.name);
      continue;
    }
    // In a group question a field reads only its own words, the other fields' spans set apart (「…村11组 1 …」
    // starts its count after the address), and from plain words only when they speak of it.
    const grouped = isAsked && asked.length > 1;
    const ownWords = grouped ? stripOtherFields(text, entities, field, asked) : text;
    if (grouped && !entity && !speaksOf(field, ownWords)) {
      unspoken.push(field);
      continue;
    }
    // 「自己付了四万多」 answers the money field asked, not the household income.
    if (
      !isAsked &&
      (field.kind === 'money' || field.kind === 'integer') &&
      asked.some((a) => a.kind === field.kind)
    )
      continue;
    // 「说错了 是四口人」 to the hardship question corrects the count; it is not the hardship, which is asked again.
    if (isAsked && field.kind === 'text' && OPENS_WITH_CORRECTION.test(text.trim()) && filled.length > 0) {
      problems.push({ field, problem: field.question });
      continue;
    }
    const reading = readAnswer(field, ownWords, entities);
    // A name not asked for is the extractor's or none: the other words of the message are no name.
    if (!isAsked && field.kind === 'person_name' && reading.ok && reading.value !== entity?.value) continue;
    // 「刚才说错了 一个月也就两千五」 to a choice question corrects another field; it is no 「其他」 description.
    if (
      reading.ok &&
      field.kind === 'choice' &&
      filled.length > 0 &&
      isCatchAll(field, reading.value, ownWords)
    ) {
      problems.push({ field, problem: field.question });
      continue;
    }
    if (reading.ok) {
      fields[field.name] = reading.value;
      filled.push(field.name);
    } else if (isAsked) problems.push({ field, problem: reading.problem });
  }
  // 「不清楚」 to 「身份证号和手机号」 speaks of no field asked and answers none: it is the first such field's
  // problem, so that the filling stage counts a try and offers to skip instead of asking the same for ever.
  if (filled.length === 0 && problems.length === 0)
    for (const field of unspoken) {
      const reading = readAnswer(field, text, entities);
      if (reading.ok) continue;
      problems.push({ field, problem: reading.problem });
      break;
    }
  const invalidId = lastEntity(entities, 'invalid_id_number');
  if (invalidId) {
    const idField = definition.fields.find((f) => f.kind === 'id_number');
    if (idField && !filled.includes(idField.name)) {
      const reading = readAnswer(idField, invalidIdText(invalidId, text), []);
      problems.unshift({ field: idField, problem: reading.ok ? '' : reading.problem });
    }
  }
  // 「刘存旺 … 留我的吧 … 我叫刘宝平」 for someone else: the name after 我叫 is the writer's own, not the applicant's.
  const forOther = fields.applicant_relation !== undefined && fields.applicant_relation !== '本人申请';
  if (nameField && forOther && asked.includes(nameField) && WRITER_NAMED.test(text)) {
    const rest = text.replace(WRITER_NAMED, ' ');
    const reading = readAnswer(nameField, rest, extractEntities(rest));
    if (reading.ok) fields[nameField.name] = reading.value;
  }
  // 「儿子叫张铭远」 to the name question: the applicant is the writer's relative, whatever was assumed from
  // a first message that did not say (「帮我申请」). Only an assumed 本人申请 gives way; the summary shows it.
  const relationField = definition.fields.find((f) => f.name === 'applicant_relation');
  if (
    nameField &&
    relationField &&
    asked.includes(nameField) &&
    filled.includes(nameField.name) &&
    !filled.includes(relationField.name) &&
    fields[relationField.name] === '本人申请' &&
    namesRelative(text)
  )
    fields[relationField.name] = '亲属代为申请';
  // Round 38: 「许子涵 320282202001140466」 when who applies was only assumed: the ID number of a child is someone the
  // writer applies for, as a parent does, not the writer.
  const idField = definition.fields.find((f) => f.kind === 'id_number');
  if (
    relationField &&
    idField &&
    filled.includes(idField.name) &&
    !filled.includes(relationField.name) &&
    fields[relationField.name] === '本人申请' &&
    isChildId(fields[idField.name])
  )
    fields[relationField.name] = '亲属代为申请';
  if (renamed && nameField) {
    fields[nameField.name] = renamed;
    if (!filled.includes(nameField.name)) filled.push(nameField.name);
  }
  return {
    fields,
    filled,
    problems: problems.filter((p) => p.problem !== '' && !(renamed && p.field === nameField)),
  };
}

// Younger than this, a child does not apply on their own.
const CHILD_AGE = 14;

/** True when the value is a valid ID number of someone younger than CHILD_AGE today (the locality's date). */
function isChildId(value: FieldValue | undefined): boolean {
  if (typeof value !== 'string') return false;
  const age = applicantAge({ id_number: value }, new Date(), DEFAULT_TIME_ZONE);
  return age !== undefined && age < CHILD_AGE;
}

/** True when a choice was read as the catch-all 其他 only because the words named none of the others. */
function isCatchAll(field: FormField, value: FieldValue, words: string): boolean {
  return (
    /^其[他它]$/u.test(String(value)) && !/其[他它]/u.test(words) && choiceNamed(field, words) === undefined
  );
}

/** True when a group answer's words speak of this field; 「就我跟老伴 …」: members listed without a count do too. */
function speaksOf(field: FormField, said: string): boolean {
  // Round 45: 「人口：叁人」: financial numerals count as the plain ones every reader of counts reads.
  const words = plainNumerals(said);
  const clauses = words.split(/[，,。；;]/u);
  // Round 34: 「2，我和女儿」: a bare count, then who the two are; the members listed after it speak of the household.
  const listed = BARE_COUNT.test(clauses[0] ?? '') ? (clauses[1] ?? '') : (clauses[0] ?? '');
  return (
    GROUP_CUES[field.kind].test(words) ||
    (field.kind === 'integer' && countListedMembers(listed) !== undefined)
  );
}

// A count typed alone before a comma (「2，我和女儿」).
const BARE_COUNT = /^\s*[0-9]{1,2}\s*$/u;

/** The text with the spans of the entities `drop` picks replaced by a space, each once. */
function withoutSpans(text: string, entities: readonly Entity[], drop: (entity: Entity) => boolean): string {
  let rest = text;
  for (const entity of entities) {
    if (entity.text && drop(entity)) rest = rest.replace(entity.text, ' ');
  }
  return rest;
}

/** The text without the spans of the non-numeric fields asked with it (「璜土镇石庄村5组 2 1800」 → 「 2 1800」). */
function withoutAskedSpans(text: string, entities: readonly Entity[], asked: readonly FormField[]): string {
  const spanTypes = new Set<string>(
    asked.flatMap((f) => (f.kind !== 'integer' && f.kind !== 'money' && f.entity ? [f.entity] : [])),
  );
  return withoutSpans(text, entities, (entity) => spanTypes.has(entity.type));
}

/** Bare numbers, one per numeric field asked and nothing else (「2 1800」), as values by field name. */
function bareNumbers(text: string, asked: readonly FormField[]): Map<string, number> {
  const numeric = asked.filter((f) => f.kind === 'integer' || f.kind === 'money');
  // Round 38: 「1 3000左右」: an estimate's 左右 / 上下 / 多 after the last number is no part of it.
  const tokens = text
    .trim()
    .replace(/(?<=[0-9])(?:块|元)?(?:左右|上下|来块|多块|多)$/u, '')
    .split(/[\s,，、;；]+/);
  // The numbers close the answer; what comes before them (an address left over) has no digits of its own.
  const parts = tokens.slice(-numeric.length);
  const before = tokens.slice(0, -numeric.length).join('');
  if (
    numeric.length < 2 ||
    parts.length !== numeric.length ||
    !parts.every((p) => /^[0-9]{1,7}$/.test(p)) ||
    (before !== '' && (asked.length === numeric.length || /[0-9]/.test(before)))
  )
    return new Map<string, number>();
  const values = new Map<string, number>();
  numeric.forEach((field, i) => {
    const value = Number(parts[i]);
    if ((field.min === undefined || value >= field.min) && (field.max === undefined || value <= field.max))
      values.set(field.name, value);
  });
  return values.size === numeric.length ? values : new Map<string, number>();
}

/** The entities of a correction: 「不是四口人是五口」 repeats the type of 四口人 with the number of 五口. */
function correctedEntities(wrong: string, right: string): Entity[] {
  const found = extractEntities(right);
  if (found.length > 0) return found;
  const value = parseChineseNumber(/[0-9.]+|[零〇一二两三四五六七八九十百千万]+/.exec(right)?.[0] ?? '');
  if (value === undefined) return [];
  return extractEntities(wrong)
    .filter((e) => typeof e.value === 'number')
    .map((e) => ({ type: e.type, value, text: right }));
}

/**
 * The characters of the refused ID number as the extractor found it (「三二零…」 and 「320281.1965…」 read as
 * digits), so the problem told is about that number and not about a phone typed before it.
 */
function invalidIdText(entity: Entity, text: string): string {
  const said = entity.text ? spelledDigits(foldText(entity.text)).replace(/[^0-9x]/gu, '') : '';
  return said.length > 0 ? said : (/[0-9]{17}[0-9xX]/.exec(text.replace(/\s/g, ''))?.[0] ?? text);
}

// Entities that carry an amount: a money field without an entity of its own (医疗费) reads them as its own.
const AMOUNT_ENTITIES: ReadonlySet<string> = new Set(['monthly_income']);
// An answer that names only the writer (「就我自己」「我本人」): who applies.
const SELF_ONLY = /^\s*(?:就|只有|是)?(?:我|俺)(?:自己|自个儿?|本人)?(?:申请)?\s*$/u;

/** The text without the other fields' entity spans, for reading one field of a group answer. */
function stripOtherFields(
  text: string,
  entities: readonly Entity[],
  keep: FormField,
  asked: readonly FormField[],
): string {
  const ownAmounts = keep.kind === 'money' && !keep.entity;
  // A place is another field's only when the address is asked too: 「在桦甸市医院住院」 is the illness told.
  const addressAsked = asked.some((f) => f.entity === 'address');
  // The household's income reads who earns: 「老两口养老金一人一百零三」 is two pensions, so the household's count
  // stays in its words.
  const incomeWords = keep.entity === 'monthly_income';
  return withoutSpans(
    text,
    entities,
    (entity) =>
      entity.type !== keep.entity &&
      // Round 45: a programme named fills no field: it is a choice's own words (「闺女家也是低保户」) or a source
      // of income named like a kind of help (「儿子残疾补贴九十」).
      entity.type !== 'assistance_type' &&
      !(entity.type === 'address' && !addressAsked) &&
      !(ownAmounts && AMOUNT_ENTITIES.has(entity.type)) &&
      !(incomeWords && entity.type === 'household_size'),
  )
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Fills what the first message implies: who applies, the hardship in the resident's words, optional choices.
 * Returns the choices it named for fields where several may apply, which are still asked (see `told`).
 */
export function inferOpening(
  definition: FormDefinition,
  fields: Record<string, FieldValue>,
  text: string,
  entities: readonly Entity[],
): Record<string, string> {
  const told: Record<string, string> = {};
  // Who applies, read once: it fills the relation and says whose schooling the choices may count.
  const relation = inferApplicantRelation(text);
  // Choices are read from the opening without the writer's own schooling when the application is for a relative.
  const choiceText = relation === '亲属代为申请' ? withoutWriterAtSchool(text) : text;
  // The household's members now: an illness someone died of is no sick member (a death still tells who supports).
  const membersText = withoutIllnessOfTheDead(choiceText);
  for (const field of definition.fields) {
    if (!field.infer || fields[field.name] !== undefined) continue;
    if (field.name === 'applicant_relation') {
      const forStudent = definition.fields.some((f) => f.name === 'student_stage');
      // 「我女今年考上高中了 学费…」 on a form about a student: whether the child or the parent applies is
      // asked, not assumed (residents and caseworkers put either down).
      if (relation && !(forStudent && relation === '本人申请' && forOwnChild(text)))
        fields[field.name] = relation;
    } else if (field.kind === 'text') {
      const hardship = hardshipFromMessage(text, entities);
      if (hardship) fields[field.name] = hardship;
    } else if (field.kind === 'choice') {
      // Only aliases count here: a choice is inferred from words that clearly mean it, never guessed.
      const mentions = aliasMentions(field.multiple ? membersText : choiceText, field);
      // Several may apply (「透析…在上初中」): every one named, in the form's order. Of single choices the one
      // told first is the cause (「摔断了腿住院 家里一下没了进项」 is an injury, what follows is its effect).
      // 「走路还行就是洗澡要人帮」: what the person can do, then what they cannot, is the mixed choice.
      // Round 34: or one clause tells which chores of the day they manage and another who helps them with the rest
      // (「做饭还能凑合 洗澡得俺过去帮」).
      const severalTold = new Set(mentions.map((m) => m.choice)).size > 1;
      const choresTold = choreManagedButHelpNeeded(text);
      const mixed = field.mixed && (severalTold || choresTold) && choiceNamed(field, text) === field.mixed;
      const preferred = preferredChoices(field).find((p) => mentions.some((m) => m.choice === p));
      const choice = field.multiple
        ? (field.choices ?? []).filter((c) => mentions.some((m) => m.choice === c)).join('、')
        : mixed
          ? field.mixed
          : (preferred ?? firstMentioned(mentions));
      if (choice && field.multiple) told[field.name] = choice;
      else if (choice) fields[field.name] = choice;
    }
  }
  return told;
}

/**
 * The fields with what the opening told added: to an answer of a field where several choices may apply
 * (joined in the form's order; 都没有 gives way to a choice told), or standing in for one left for staff
 * (skipped).
 */
export function withTold(
  definition: FormDefinition,
  fields: Readonly<Record<string, FieldValue>>,
  told: Readonly<Record<string, string>>,
  answered: readonly string[],
  skipped: readonly string[],
  answer = '',
): Record<string, FieldValue> {
  const out = { ...fields };
  // 「老伴心脏不好常年吃药 别的没有」: an answer that says there is nothing else replaces what the opening told.
  if (NOTHING_ELSE.test(answer)) return out;
  for (const field of definition.fields) {
    const said = told[field.name];
    if (!said || !field.multiple) continue;
    const current = out[field.name];
    if (current === undefined) {
      if (skipped.includes(field.name)) out[field.name] = said;
      continue;
    }
    if (!answered.includes(field.name)) continue;
    const named = new Set([...String(current).split('、'), ...said.split('、')]);
    const real = (field.choices ?? []).filter((c) => named.has(c) && !/^(?:都)?没有/u.test(c));
    out[field.name] = real.length > 0 ? real.join('、') : String(current);
  }
  return out;
}

// 「别的没有」「其他都没有」「就这些」: the resident's answer is the whole of it.
const NOTHING_ELSE =
  /(?:别的|其他|其它|另外)(?:都|也)?(?:没有|没了|没得|冇)|就(?:这些|这个|这么些)(?:了)?(?=$|[\s，,。!！])|没别的了?/u;

interface Mention {
  choice: string;
  start: number;
  end: number;
  /** The mention says no to what follows it (「没办过残疾证」). */
  negates: boolean;
}

// An alias that is only a bare reply (「没有」 to 「有没有赡养人」) answers the question asked; in an opening it says
// nothing of the field (「家里没有收入」 is no word about supporters).
const BARE_REPLY = /^(?:没有|没得|有|没|无|是|不是|都没有)$/u;

/** Where each choice's words first stand in the text, not counting one said with a negation or a bare reply. */
function aliasMentions(text: string, field: FormField): Mention[] {
  return aliasHits(field, text, false)
    .filter(({ word }) => !BARE_REPLY.test(word))
    .map(({ choice, start, end, word }) => ({ choice, start, end, negates: /[没不无未]/u.test(word) }))
    .sort((a, b) => a.start - b.start || b.end - a.end);
}

/**
 * The choice mentioned first; words that run on from it (「残疾证还在办」, 「脑出血住院」) are the same
 * mention, and the one that ends last says what it is, unless the first says no to them (「没办过残疾证」).
 */
function firstMentioned(mentions: readonly Mention[]): string | undefined {
  let current = mentions[0];
  for (const next of mentions.slice(1)) {
    if (!current || next.start > current.end || current.negates) break;
    if (next.end > current.end) current = next;
  }
  return current?.choice;
}
