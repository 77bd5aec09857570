/**
 * Numbers as residents type them: 「两千五」, 「一万二」, 「1.2万」, 「2千5」, 「三百五十」, 「一九四九」.
 * Shared by the entity extractors and, later, the forms.
 */

/** The value of each digit character residents type (simplified, financial and spoken forms). */
export const DIGITS: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  洞: 0,
  一: 1,
  壹: 1,
  幺: 1,
  二: 2,
  贰: 2,
  两: 2,
  俩: 2,
  三: 3,
  叁: 3,
  仨: 3,
  四: 4,
  肆: 4,
  五: 5,
  伍: 5,
  六: 6,
  陆: 6,
  七: 7,
  柒: 7,
  八: 8,
  捌: 8,
  九: 9,
  玖: 9,
};
const SMALL_UNITS: Readonly<Record<string, number>> = {
  十: 10,
  拾: 10,
  百: 100,
  佰: 100,
  千: 1000,
  仟: 1000,
};
const BIG_UNITS: Readonly<Record<string, number>> = { 万: 10_000, 萬: 10_000, 亿: 100_000_000 };

/** Characters that can appear inside a number written in any mix of Arabic and Chinese digits. */
export const NUMBER_CHARS = '0-9.零〇一壹二贰两三叁四肆五伍六陆七柒八捌九玖十拾百佰千仟万萬亿';

// The financial (banker's) numerals and the plain ones they stand for.
const FINANCIAL: Readonly<Record<string, string>> = {
  壹: '一',
  贰: '二',
  貳: '二',
  叁: '三',
  參: '三',
  肆: '四',
  伍: '五',
  陆: '六',
  陸: '六',
  柒: '七',
  捌: '八',
  玖: '九',
  拾: '十',
  佰: '百',
  仟: '千',
};
// A run of them that is a number: before another numeral, a unit or a count word, or at the end (「叁人」「壹仟伍佰元」);
// 伍 and 陆 as surnames or places (伍家村, 陆家嘴) stay.
// The run is matched whole and what follows it checked apart: a lookahead after a repeated class retried the run from
// every start inside a long run that no unit follows (quadratic; the ReDoS audit caught it).
const FINANCIAL_RUN = /[壹贰貳叁參肆伍陆陸柒捌玖拾佰仟]+/gu;
const AFTER_NUMBER = /^(?:[零〇一二两三四五六七八九十百千万萬亿元圆块人口个岁]|[\s，,。；;：:、]|$)/u;

/** The text with financial numerals (叁人, 壹仟伍佰元) written as plain ones, so every reader of counts reads them. */
export function plainNumerals(text: string): string {
  return text.replace(FINANCIAL_RUN, (run, at: number) =>
    AFTER_NUMBER.test(text.slice(at + run.length, at + run.length + 1))
      ? [...run].map((c) => FINANCIAL[c] ?? c).join('')
      : run,
  );
}

/** The longest number span read, in characters: more than any amount, age or count a resident gives. */
export const MAX_NUMBER_CHARS = 24;

/**
 * A regular-expression source matching one number span (at least one digit or numeral), at most
 * MAX_NUMBER_CHARS long. It must stay unambiguous and bounded: it once read `[0-9]+(?:\.[0-9]+)?` followed by
 * `[0-9.…]*`, two loops over the same digits, so a run of digits before 口 or 岁 with no match
 * backtracked cubically (400 digits took a second, 2,000 a minute and a half).
 */
export const NUMBER_SOURCE = `[0-9一壹二贰两三叁四肆五伍六陆七柒八捌九玖十拾][${NUMBER_CHARS}]{0,${MAX_NUMBER_CHARS - 1}}`;

type Token =
  | { kind: 'num'; value: number; arabic: boolean }
  | { kind: 'unit'; value: number; big: boolean }
  | { kind: 'zero' };

function tokenize(text: string): Token[] | undefined {
  const tokens: Token[] = [];
  const chars = Array.from(text.replace(/[,，](?=\d{3})/gu, ''));
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i] ?? '';
    if (/[0-9]/u.test(ch)) {
      let j = i;
      while (j + 1 < chars.length && /[0-9.]/u.test(chars[j + 1] ?? '')) j++;
      const literal = chars.slice(i, j + 1).join('');
      const value = Number(literal);
      if (!Number.isFinite(value)) return undefined;
      tokens.push({ kind: 'num', value, arabic: true });
      i = j;
    } else if (ch === '零' || ch === '〇') {
      tokens.push({ kind: 'zero' });
    } else if (ch in DIGITS) {
      tokens.push({ kind: 'num', value: DIGITS[ch] ?? 0, arabic: false });
    } else if (ch in SMALL_UNITS) {
      tokens.push({ kind: 'unit', value: SMALL_UNITS[ch] ?? 1, big: false });
    } else if (ch in BIG_UNITS) {
      tokens.push({ kind: 'unit', value: BIG_UNITS[ch] ?? 1, big: true });
    } else {
      return undefined;
    }
  }
  return tokens;
}

/** Reads digit-by-digit numerals (一九四九, 幺三八) that carry no units. */
function readDigitString(tokens: Token[]): number | undefined {
  let out = '';
  for (const token of tokens) {
    if (token.kind === 'zero') out += '0';
    else if (token.kind === 'num' && !token.arabic) out += String(token.value);
    else return undefined;
  }
  // A long run of numerals (一一一… pasted or voice-typed) is no number anyone gives and would read as Infinity.
  if (out.length === 0 || out.length > MAX_NUMBER_CHARS) return undefined;
  return Number(out);
}

/**
 * Parses a number written with Arabic digits, Chinese numerals or a mix; undefined when it is not one.
 * A digit right after a unit is the next unit down, as people say it: 两千五 = 2500, 一万二 = 12000.
 */
export function parseChineseNumber(text: string): number | undefined {
  const tokens = tokenize(text.trim());
  if (!tokens || tokens.length === 0) return undefined;
  if (tokens.length === 1 && tokens[0]?.kind === 'num') return tokens[0].value;
  if (!tokens.some((t) => t.kind === 'unit')) {
    if (tokens.some((t) => t.kind === 'num' && t.arabic)) return undefined;
    return readDigitString(tokens);
  }
  let total = 0;
  let section = 0;
  let current: number | undefined;
  let lastUnit: number | undefined;
  let afterZero = false;
  for (const token of tokens) {
    if (token.kind === 'zero') {
      afterZero = true;
      continue;
    }
    if (token.kind === 'num') {
      if (current !== undefined) return undefined;
      current = token.value;
      continue;
    }
    if (token.big) {
      section += current ?? 0;
      if (section === 0 && total === 0) section = 1;
      // 一亿二千万: the 万 multiplies only what came after the 亿.
      if (token.value === 10_000 && total >= 100_000_000) total += section * token.value;
      else total = (total + section) * token.value;
      section = 0;
    } else if (current === undefined && lastUnit !== undefined && lastUnit < token.value && !afterZero) {
      // 二十千 (as 二十几千 is said once its unit is put back, src/text/rough-amount.ts): a unit right after a
      // smaller one counts what came before it, twenty thousands, as 万 does.
      section *= token.value;
    } else {
      section += (current ?? 1) * token.value;
    }
    current = undefined;
    lastUnit = token.value;
    afterZero = false;
  }
  if (current !== undefined) {
    // 两千五 → 500, but 两千零五 → 5.
    const scale = lastUnit !== undefined && !afterZero && lastUnit >= 100 ? lastUnit / 10 : 1;
    section += current * scale;
  }
  const value = total + section;
  return Number.isFinite(value) ? Math.round(value * 100) / 100 : undefined;
}
