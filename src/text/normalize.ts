/** The half-width code of a full-width ASCII form (「，」 → 「,」, 「Ｘ」 → 「X」); any other code unchanged. */
export function halfWidthCode(code: number): number {
  return code >= 0xff01 && code <= 0xff5e ? code - 0xfee0 : code;
}

/** The text with its full-width digits (「１３００」) as ASCII digits, and nothing else changed. */
export function halfWidthDigits(text: string): string {
  return text.replace(/[０-９]/gu, (ch) => String.fromCharCode(halfWidthCode(ch.charCodeAt(0))));
}

/** Folds full-width ASCII to half-width, unifies whitespace and lowercases Latin letters, so that 「１３９」 and 「139」 match. */
export function normalizeText(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (code === 0x3000) out += ' ';
    else if (halfWidthCode(code) !== code) out += String.fromCodePoint(halfWidthCode(code));
    else out += ch;
  }
  return out.replace(/\s+/g, ' ').trim().toLowerCase();
}

/**
 * Like normalizeText but one output character per input code unit (no trimming, no collapsing),
 * so that a span found in the result can be cut from the original message as the resident wrote it.
 */
export function foldText(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // A full-width letter is folded and lowercased like any other (the Ｘ closing an ID typed in full width).
    const half = halfWidthCode(code);
    if (code === 0x3000 || code === 0x09 || code === 0x0a || code === 0x0d || code === 0xa0) out += ' ';
    else if (half >= 0x41 && half <= 0x5a) out += String.fromCharCode(half + 0x20);
    else if (half !== code) out += String.fromCharCode(half);
    else out += text.charAt(i);
  }
  return out;
}
