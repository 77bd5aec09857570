/**
 * Mainland mobile numbers, shared by the NLU and the application forms.
 * People type them with spaces, dashes, dots or a +86 prefix; the value kept is always 11 digits.
 */
import { halfWidthDigits } from '../text/normalize.js';

/** Why a phone number was refused. */
export type PhoneFailure = 'length' | 'format';

/** The result of normalising a mobile number. */
export type PhoneResult = { ok: true; value: string } | { ok: false; reason: PhoneFailure };

function toHalfWidthDigits(raw: string): string {
  return halfWidthDigits(raw).replace(/＋/gu, '+');
}

/** Normalises a mainland mobile number (1[3-9] + 9 digits) typed with spaces, dashes, brackets or +86. */
export function normalizePhone(raw: string): PhoneResult {
  let digits = toHalfWidthDigits(raw).trim();
  if (/[^\d\s\-—–－.()（）+]/u.test(digits)) return { ok: false, reason: 'format' };
  digits = digits.replace(/[^\d+]/gu, '');
  // +86 / 0086 / 86 are the country prefix only when 11 digits remain after them.
  const prefixed = /^(?:\+86|0086|86)(\d{11})$/u.exec(digits);
  if (prefixed?.[1]) digits = prefixed[1];
  if (digits.includes('+')) return { ok: false, reason: 'format' };
  if (digits.length !== 11) return { ok: false, reason: 'length' };
  if (!/^1[3-9]\d{9}$/u.test(digits)) return { ok: false, reason: 'format' };
  return { ok: true, value: digits };
}

/** True when the text is a mainland mobile number. */
export function isValidPhone(raw: string): boolean {
  return normalizePhone(raw).ok;
}

/** Masks a mobile number for display and logs, keeping the first 3 and last 4 digits (138****5678). */
export function maskPhone(raw: string): string {
  const result = normalizePhone(raw);
  const digits = result.ok ? result.value : raw.replace(/\D/gu, '');
  if (digits.length <= 7) return '*'.repeat(digits.length);
  return `${digits.slice(0, 3)}${'*'.repeat(digits.length - 7)}${digits.slice(-4)}`;
}
