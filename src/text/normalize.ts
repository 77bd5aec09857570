/** Folds full-width ASCII to half-width, unifies whitespace and lowercases Latin letters, so that 「１３９」 and 「139」 match. */
export function normalizeText(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (code === 0x3000) out += ' ';
    else if (code >= 0xff01 && code <= 0xff5e) out += String.fromCodePoint(code - 0xfee0);
    else out += ch;
  }
  return out.replace(/\s+/g, ' ').trim().toLowerCase();
}
