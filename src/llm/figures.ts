import { NUMBER_SOURCE, parseChineseNumber } from '../text/chinese-number.js';
import { normalizeText } from '../text/normalize.js';

// After a bare Chinese numeral, these make it a figure (两个月, 三口人, 五倍); 五保 and 一门 stay words.
const MEASURE =
  /^(?:元|块|角|倍|%|个月|个工作日|个人|工作日|天|日|周|年|岁|周岁|人|口|户|次(?!性)|小时|分钟|平方米|公斤|斤|成)/u;
const UNIT = /[十拾百佰千仟万萬亿]/u;
const NUMBER = new RegExp(NUMBER_SOURCE, 'gu');

function prepare(text: string): string {
  // 「1,200」 is one number, and full-width digits are digits.
  return normalizeText(text).replace(/(\d)[,，](?=\d{3})/gu, '$1');
}

function valueOf(span: string): number | undefined {
  const value = parseChineseNumber(span.replace(/\.$/u, ''));
  return value !== undefined && Number.isFinite(value) ? value : undefined;
}

/**
 * The figures a sentence states (amounts, percentages, counts, periods, dates, phone numbers), as numbers.
 * Any Arabic number counts; a Chinese numeral counts when it is a compound (三百五十) or is followed by a
 * measure (两个月, 百分之十), so that words such as 一门、五保、统一 are not taken for figures.
 */
export function statedFigures(text: string): number[] {
  const prepared = prepare(text);
  const out: number[] = [];
  for (const match of prepared.matchAll(NUMBER)) {
    const span = match[0];
    const before = prepared.slice(0, match.index);
    const after = prepared.slice(match.index + span.length);
    const figure =
      /\d/u.test(span) ||
      /[百千]分之$/u.test(before) ||
      (!before.endsWith('第') && ((span.length >= 2 && UNIT.test(span)) || MEASURE.test(after)));
    if (!figure) continue;
    const value = valueOf(span);
    if (value !== undefined) out.push(value);
  }
  return out;
}

/** Every number a passage contains however it is written, so a restated figure (2500 / 两千五百) still matches. */
export function numbersIn(text: string): Set<number> {
  const out = new Set<number>();
  for (const match of prepare(text).matchAll(NUMBER)) {
    const value = valueOf(match[0]);
    if (value !== undefined) out.add(value);
  }
  return out;
}
