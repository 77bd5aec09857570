import { normalizeDialect } from '../../text/dialect.js';
import { foldText } from '../../text/normalize.js';
import { toSimplified } from '../../text/to-simplified.js';

/** True for code units that carry no meaning but break words apart or hide them. */
function invisible(code: number): boolean {
  return (
    code < 0x20 ||
    (code >= 0x7f && code <= 0x9f) ||
    code === 0xad ||
    code === 0x61c ||
    code === 0x180e ||
    (code >= 0x200b && code <= 0x200f) ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2060 && code <= 0x206f) ||
    (code >= 0xfe00 && code <= 0xfe0f) ||
    code === 0xfeff
  );
}

/**
 * Drops control, zero-width and bidi characters, variation selectors and lone surrogates (which a
 * broken client may send), and turns line breaks into sentence ends.
 */
export function stripInvisible(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x0a || code === 0x0d || code === 0x2028 || code === 0x2029) {
      if (!out.endsWith('。')) out += '。';
      continue;
    }
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        out += text.slice(i, i + 2);
        i++;
      }
      continue;
    }
    if (code >= 0xdc00 && code <= 0xdfff) continue;
    if (code === 0x09) out += ' ';
    else if (!invisible(code)) out += text.charAt(i);
  }
  return out;
}

/**
 * A message cut to `maxChars` code units. A longer message keeps its head and its tail, because a crisis
 * is often told at the end of a long message that began with something else.
 */
export function capText(text: string, maxChars: number): string {
  if (text.length <= maxChars) return text;
  const half = Math.floor(maxChars / 2);
  let head = text.slice(0, half);
  let tail = text.slice(text.length - half);
  // Never cut an emoji or a rare character in half.
  if (/[\ud800-\udbff]$/u.test(head)) head = head.slice(0, -1);
  if (/^[\udc00-\udfff]/u.test(tail)) tail = tail.slice(1);
  return `${head}。${tail}`;
}

/**
 * The text the detector reads: capped, invisible characters dropped, line breaks as sentence ends,
 * traditional characters in simplified form, full-width folded, lowercase, dialect words in Mandarin.
 */
export function prepareRiskText(text: string, maxChars: number): string {
  let out = stripInvisible(capText(text, maxChars));
  // Pinyin typed with tone marks (sān tiān méi chī fàn) reads like pinyin typed without them.
  if (/[\u00c0-\u024f]/u.test(out))
    out = out
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/gu, '')
      .normalize('NFC');
  out = normalizeDialect(foldText(toSimplified(out)));
  // Normalisation may lengthen a message a little (冇 → 没有); the cap holds for what the rules read.
  return capText(out, maxChars);
}
