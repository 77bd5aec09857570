/**
 * Resident identity numbers (GB 11643-1999), shared by the NLU and the application forms.
 * Pure functions, no I/O, so a form validator can reuse them as they are.
 */

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARS = '10X98765432';

/** Why a resident ID number was refused; forms map each reason to a kind, specific message. */
export type IdNumberFailure = 'length' | 'format' | 'birth_date' | 'check_digit';

/** A valid ID number with what it tells us: the birth date (YYYY-MM-DD) and the sex. */
export interface ValidIdNumber {
  ok: true;
  /** 18 characters with an uppercase X, or the 15 digits of an old-style number. */
  value: string;
  birthDate: string;
  sex: 'male' | 'female';
  /** True for a 15-digit first-generation number, which carries no check digit to verify. */
  legacy: boolean;
}

/** The result of validating an ID number: the normalised value, or the reason it was refused. */
export type IdNumberResult = ValidIdNumber | { ok: false; reason: IdNumberFailure };

/** Computes the GB 11643-1999 check character for the first 17 digits. */
export function idCheckCharacter(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new RangeError('idCheckCharacter needs exactly 17 digits');
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17.charCodeAt(i) - 48) * (WEIGHTS[i] ?? 0);
  return CHECK_CHARS.charAt(sum % 11);
}

/** Strips the spaces and dashes people type inside long numbers (and full-width digits), nothing else. */
export function compactIdInput(raw: string): string {
  let out = '';
  for (const ch of raw) {
    const code = ch.codePointAt(0) ?? 0;
    if (code >= 0xff10 && code <= 0xff19) out += String.fromCodePoint(code - 0xfee0);
    else if (ch === 'ｘ' || ch === 'Ｘ') out += 'X';
    else if (!/[\s\-—–－]/u.test(ch)) out += ch;
  }
  return out;
}

function isRealDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function birthDateOf(year: number, month: number, day: number, today: Date): string | undefined {
  if (!isRealDate(year, month, day)) return undefined;
  // Nobody alive was born before 1890, and nobody is born in the future.
  const born = Date.UTC(year, month - 1, day);
  if (year < 1890 || born > today.getTime()) return undefined;
  return `${String(year)}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Validates an 18-digit (or legacy 15-digit) resident ID number and normalises a lowercase x to X. */
export function validateIdNumber(raw: string, today: Date = new Date()): IdNumberResult {
  const id = compactIdInput(raw).toUpperCase();
  if (id.length !== 18 && id.length !== 15) return { ok: false, reason: 'length' };
  if (id.length === 15) {
    if (!/^\d{15}$/.test(id)) return { ok: false, reason: 'format' };
    // First-generation numbers carry a two-digit year of the 1900s and no check digit.
    const birthDate = birthDateOf(
      1900 + Number(id.slice(6, 8)),
      Number(id.slice(8, 10)),
      Number(id.slice(10, 12)),
      today,
    );
    if (!birthDate) return { ok: false, reason: 'birth_date' };
    return {
      ok: true,
      value: id,
      birthDate,
      sex: Number(id.charAt(14)) % 2 === 1 ? 'male' : 'female',
      legacy: true,
    };
  }
  if (!/^\d{17}[\dX]$/.test(id)) return { ok: false, reason: 'format' };
  const birthDate = birthDateOf(
    Number(id.slice(6, 10)),
    Number(id.slice(10, 12)),
    Number(id.slice(12, 14)),
    today,
  );
  if (!birthDate) return { ok: false, reason: 'birth_date' };
  if (idCheckCharacter(id.slice(0, 17)) !== id.charAt(17)) return { ok: false, reason: 'check_digit' };
  return {
    ok: true,
    value: id,
    birthDate,
    sex: Number(id.charAt(16)) % 2 === 1 ? 'male' : 'female',
    legacy: false,
  };
}

/** True when the text is a valid ID number, for callers that need only a yes or no. */
export function isValidIdNumber(raw: string): boolean {
  return validateIdNumber(raw).ok;
}

/** Masks an ID number for display and logs, keeping the first 3 and last 4 characters (110***********002X). */
export function maskIdNumber(raw: string): string {
  const id = compactIdInput(raw).toUpperCase();
  if (id.length <= 7) return '*'.repeat(id.length);
  return `${id.slice(0, 3)}${'*'.repeat(id.length - 7)}${id.slice(-4)}`;
}
