/**
 * Receipt numbers (受理回执号) the resident keeps and later types back to check a case's status.
 *
 * Format: `<locality code>-<YYYYMMDD>-<sequence>-<check>`, e.g. `320281-20251009-000123-3`:
 * - locality code: the 6-digit administrative division code of the accepting locality (GB/T 2260);
 * - YYYYMMDD: the acceptance date in the locality's zone (Asia/Shanghai);
 * - serial: 6 random digits, unique per locality and day (the ledger checks before use). Random, not a
 *   running count: a counted serial let anyone who knew one receipt number list the day's others, and the
 *   status check's second factor (four phone digits) fell to a few hundred guesses. Six digits stay easy to
 *   read aloud on the hotline; the guesses are limited too (src/cases/status-guard.ts);
 * - check: one Damm check digit over the 20 digits before it.
 *
 * Why Damm: it catches every single wrong digit and every swap of two neighbouring digits — the two
 * commonest typing errors — and stays all-digit, so the number can be typed on a phone's numeric pad
 * and read aloud on the hotline. Luhn misses the 09↔90 swap; ISO 7064 MOD 11-2 needs an `X` check
 * character in about one number in eleven.
 */
import { randomInt } from 'node:crypto';
import { normalizeText } from '../text/normalize.js';
import { formatLocalDate, isValidLocalDate, localDateOf } from './local-date.js';

/** The parts of a receipt number. */
export interface ReceiptNumberParts {
  /** 6-digit administrative division code of the accepting locality, e.g. `320281`. */
  readonly localityCode: string;
  /** Acceptance date as `YYYY-MM-DD` (local to the locality). */
  readonly date: string;
  /** Sequence within the locality and day, 1–999999. */
  readonly sequence: number;
  /** The number written the canonical way, e.g. `320281-20251009-000123-3`. */
  readonly canonical: string;
}

/** Why a receipt number could not be made or read; `message` is plain Chinese a resident can act on. */
export interface ReceiptNumberError {
  readonly code:
    'empty' | 'bad_shape' | 'bad_locality_code' | 'bad_date' | 'bad_sequence' | 'bad_check_digit';
  readonly message: string;
}

/** The result of formatting or parsing: a value or an error, never an exception. */
export type ReceiptResult<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: ReceiptNumberError };

/** A random serial for a new receipt number, 100000–999999 (six digits, never a leading zero to misread). */
export function randomReceiptSerial(): number {
  return randomInt(100_000, MAX_RECEIPT_SEQUENCE + 1);
}

/** Largest sequence the 6-digit field holds. */
export const MAX_RECEIPT_SEQUENCE = 999_999;

// The Damm quasigroup of order 10 (H. M. Damm, 2004): totally anti-symmetric, zero diagonal.
const DAMM: readonly (readonly number[])[] = [
  [0, 3, 1, 7, 5, 9, 8, 6, 4, 2],
  [7, 0, 9, 2, 1, 5, 4, 8, 6, 3],
  [4, 2, 0, 6, 8, 7, 1, 3, 5, 9],
  [1, 7, 5, 0, 9, 8, 3, 4, 2, 6],
  [6, 1, 2, 3, 0, 4, 5, 9, 7, 8],
  [3, 6, 7, 4, 2, 0, 9, 5, 8, 1],
  [5, 8, 6, 9, 7, 2, 0, 1, 3, 4],
  [8, 9, 4, 5, 3, 6, 2, 0, 1, 7],
  [9, 4, 3, 8, 6, 1, 7, 2, 0, 5],
  [2, 5, 8, 1, 4, 3, 6, 7, 9, 0],
];

/** The Damm check digit of a string of ASCII digits (appending it makes the whole string check to 0). */
export function dammCheckDigit(digits: string): number {
  let interim = 0;
  for (const ch of digits) interim = DAMM[interim]?.[ch.charCodeAt(0) - 48] ?? NaN;
  return interim;
}

function fail(code: ReceiptNumberError['code'], message: string): { ok: false; error: ReceiptNumberError } {
  return { ok: false, error: { code, message } };
}

function assemble(localityCode: string, yyyymmdd: string, sequence: number): string {
  const seq = String(sequence).padStart(6, '0');
  const check = dammCheckDigit(`${localityCode}${yyyymmdd}${seq}`);
  return `${localityCode}-${yyyymmdd}-${seq}-${check}`;
}

/** Writes the receipt number for a case accepted at `date` (read in zone `tz`) with its daily `sequence`. */
export function formatReceiptNumber(input: {
  localityCode: string;
  date: Date;
  sequence: number;
  tz?: string;
}): ReceiptResult<string> {
  const { localityCode, date, sequence, tz = 'Asia/Shanghai' } = input;
  if (!/^[1-9]\d{5}$/.test(localityCode)) {
    return fail('bad_locality_code', `地区代码应为6位数字（如320281），收到「${localityCode}」。`);
  }
  if (Number.isNaN(date.getTime())) return fail('bad_date', '受理日期无效。');
  if (!Number.isInteger(sequence) || sequence < 1 || sequence > MAX_RECEIPT_SEQUENCE) {
    return fail('bad_sequence', `当日流水号应在1到${MAX_RECEIPT_SEQUENCE}之间，收到${sequence}。`);
  }
  const day = localDateOf(date, tz);
  const yyyymmdd = formatLocalDate(day).replaceAll('-', '');
  return { ok: true, value: assemble(localityCode, yyyymmdd, sequence) };
}

// Dashes a phone keyboard or an input method may produce instead of '-', including 「一」 (yī),
// which pinyin users often type for a dash; none of them can be mistaken for a digit.
const DASHES = /[\u2010-\u2015\u2212\u30fc\uff70\u4e00_]/g;

/**
 * Reads a receipt number as a resident typed it: spaces, lower case, full-width digits and any dash
 * (or none) are accepted; a wrong check digit is rejected with a message asking to check the number.
 */
export function parseReceiptNumber(raw: string): ReceiptResult<ReceiptNumberParts> {
  // normalizeText folds full-width digits and '－' to ASCII; then drop every kind of space and separator.
  const text = normalizeText(raw).replace(DASHES, '-').replace(/[\s-]/g, '');
  if (text === '') return fail('empty', '请输入回执号，比如 320281-20251009-000123-3。');
  const match = /^(\d{6})(\d{8})(\d{6})(\d)$/.exec(text);
  if (!match) {
    return fail(
      'bad_shape',
      `回执号应为21位数字（地区代码6位、日期8位、流水号6位、校验码1位），您输入的是${text.length}位，请对照回执再看一下。`,
    );
  }
  const [, localityCode = '', yyyymmdd = '', seq = '', check = ''] = match;
  if (dammCheckDigit(`${localityCode}${yyyymmdd}${seq}${check}`) !== 0) {
    return fail(
      'bad_check_digit',
      '这个回执号对不上，可能有一位数字输错或前后颠倒了，请对照回执再核对一下。',
    );
  }
  const day = {
    year: Number(yyyymmdd.slice(0, 4)),
    month: Number(yyyymmdd.slice(4, 6)),
    day: Number(yyyymmdd.slice(6, 8)),
  };
  if (!isValidLocalDate(day)) return fail('bad_date', '回执号中的日期不存在，请对照回执再核对一下。');
  const sequence = Number(seq);
  if (sequence < 1) return fail('bad_sequence', '回执号中的流水号不对，请对照回执再核对一下。');
  if (!/^[1-9]/.test(localityCode))
    return fail('bad_locality_code', '回执号开头的地区代码不对，请对照回执再核对一下。');
  return {
    ok: true,
    value: {
      localityCode,
      date: formatLocalDate(day),
      sequence,
      canonical: assemble(localityCode, yyyymmdd, sequence),
    },
  };
}
