import type { FormDefinition } from '../../forms/form-registry.js';
import type { FormField } from '../../forms/form-schema.js';
import { extractPersonNames } from '../../nlu/entities/person-name.js';
import { MAX_MESSAGE_CHARS } from '../../text/limits.js';
import { cutText } from '../../text/well-formed.js';

// Words residents use for a field besides its label, by field name; the label always counts too.
const FIELD_WORDS: Readonly<Record<string, readonly string[]>> = {
  applicant_name: ['名字', '姓名'],
  id_number: ['身份证'],
  phone: ['电话', '手机'],
  address: ['地址', '住址', '门牌号', '门牌'],
  household_size: ['人口', '口人', '几口', '人数', '户口本上', '户口上', '户口本里', '本本上'],
  monthly_income: ['收入', '工资'],
  hardship: ['困难情况', '困难'],
  special_members: ['特殊情况'],
  medical_costs: [
    '医疗费',
    '医药费',
    '自付',
    '报完',
    '报销完',
    '报销后',
    '自己掏',
    '自掏',
    '自己出',
    // 「…又退回来六千 所以自己实际出的是三万六」
    '实际出',
    '实际付',
    '实际花',
  ],
};
// What sits between the field's name and its new value: 「改一下」「改成」「写错了 应该是」.
const CHANGE_WORDS =
  /^(?:[\s,，:：。]|改一下|改下|改成|改为|换成|要改|写错了|说错了|填错了|弄错了|打错了|输错了|搞错了|记错了|错了|不对|应该是|其实是|是)+/u;

// Words that name a field only right after a number: 「是4个人」「家里是三口」 (not 「个人信息」 or 「户口」).
const COUNTED_WORDS: Readonly<Record<string, readonly string[]>> = { household_size: ['个人', '口'] };
const NUMBER_AT_END = /(?<![0-9零〇一二两三四五六七八九十百千万])[0-9零〇一二两三四五六七八九十百千万]+$/u;

const NOT_THIS = /(?:而)?不是[^，,。；;\s是]{1,12}/gu;

// Income sources (「还有个高龄补贴…加起来四百」) name the income field only beside an amount, in a message that asks
// nothing: 「护理补贴是不是要一级二级才有」 is a question about the rules, not a correction.
const INCOME_SOURCES = ['养老金', '退休金', '补贴', '进账'];
const AMOUNT = /[0-9]{2,}|[一二两三四五六七八九十几][百千万]/u;
const ASKS = /[？?吗么]|是不是|有没有|能不能|可不可以/u;

/** A field the resident names with its new value: 「地址是…18号」, 「困难情况改一下 是…」. */
export interface NamedCorrection {
  field: FormField;
  /** The words after the field's name, to read as its new value. */
  answer: string;
}

/** The field a message names and the value it gives, or undefined when it names none (at the review step). */
export function namedCorrection(definition: FormDefinition, message: string): NamedCorrection | undefined {
  const text = cutText(message, MAX_MESSAGE_CHARS);
  let found: { field: FormField; at: number; end: number } | undefined;
  for (const field of definition.fields) {
    const sources =
      field.name === 'monthly_income' && AMOUNT.test(text) && !ASKS.test(text) ? INCOME_SOURCES : [];
    const counted = (COUNTED_WORDS[field.name] ?? []).map((word) => ({ word, counted: true }));
    const named = [field.label, ...(FIELD_WORDS[field.name] ?? []), ...sources].map((word) => ({
      word,
      counted: false,
    }));
    for (const { word, counted: afterNumber } of [...named, ...counted]) {
      // A counted word only right after a number (「4个人」); a named one not said to be absent (「没有退休工资」).
      const at = firstAt(text, word, (before) =>
        afterNumber ? NUMBER_AT_END.test(before) : !SAID_NOT_THERE.test(before),
      );
      // The field named first wins: 「收入写错了 应该是一个月八百 家里三口人」 corrects the income.
      if (at >= 0 && (!found || at < found.at || (at === found.at && at + word.length > found.end)))
        found = { field, at, end: at + word.length };
    }
  }
  if (!found) return undefined;
  // 「是五口人不是四口」: a field word said after its number (口人) is part of the value, read from the number on.
  const numberBefore = NUMBER_AT_END.exec(text.slice(0, found.at));
  const from = numberBefore
    ? numberBefore.index - (text.slice(0, numberBefore.index).endsWith('不是') ? 2 : 0)
    : found.end;
  const rest = text.slice(from).replace(CHANGE_WORDS, '');
  // What a value is not (「不是6号」「不是四口」) is dropped; a description keeps the resident's words.
  const answer = (found.field.kind === 'text' ? rest : rest.replace(NOT_THIS, ' ')).trim();
  // 「名字打错了 是语音打的 我妈叫陈秀娣」: the name is the one said with 叫, not the words after 名字.
  const cued = found.field.name === 'applicant_name' ? extractPersonNames(answer)[0] : undefined;
  if (cued && cued.start > 0) return { field: found.field, answer: String(cued.value) };
  return answer.length > 0 ? { field: found.field, answer } : undefined;
}

// 「她没有退休工资，应该是4口人」: a field said not to be there (没有退休工资) names no new value of it; the count
// after it corrects the household (round 36).
const SAID_NOT_THERE = /(?:没有|没|无)[^，,。；;\s]{0,3}$/u;

/** Where a word first occurs with the six characters before it passing `fits`, or -1. */
function firstAt(text: string, word: string, fits: (before: string) => boolean): number {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1))
    if (fits(text.slice(Math.max(0, at - 6), at))) return at;
  return -1;
}
