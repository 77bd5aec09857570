/** WeChat caps a text message at 2048 bytes of UTF-8; stay a little under to leave room for the framing. */
export const WECHAT_TEXT_MAX_BYTES = 2000;

const segmenter = new Intl.Segmenter('zh', { granularity: 'grapheme' });

/**
 * Splits text into pieces of at most `maxBytes` UTF-8 bytes, each as long as it can be. A piece ends
 * preferably at a paragraph, then a line, then a sentence end, then a space, and never inside a
 * character (grapheme cluster) unless a single cluster is itself too long. Empty pieces are dropped.
 */
export function splitTextByBytes(text: string, maxBytes = WECHAT_TEXT_MAX_BYTES): string[] {
  if (maxBytes < 4) throw new RangeError('maxBytes must leave room for one code point');
  const pieces: string[] = [];
  let rest = text.trim();
  while (Buffer.byteLength(rest, 'utf8') > maxBytes) {
    const end = cutPoint(rest, maxBytes);
    const piece = rest.slice(0, end).trimEnd();
    if (piece) pieces.push(piece);
    rest = rest.slice(end).trimStart();
  }
  if (rest) pieces.push(rest);
  return pieces;
}

/** The UTF-16 index to cut `text` at: the best break within the first `maxBytes` bytes (always > 0). */
function cutPoint(text: string, maxBytes: number): number {
  let bytes = 0;
  let fits = 0; // end of the longest grapheme-aligned prefix that fits
  const breaks = { paragraph: 0, line: 0, sentence: 0, space: 0 };
  for (const { segment, index } of segmenter.segment(text)) {
    const size = Buffer.byteLength(segment, 'utf8');
    if (bytes + size > maxBytes) break;
    bytes += size;
    fits = index + segment.length;
    if (segment === '\n' && text[index - 1] === '\n') breaks.paragraph = fits;
    else if (segment === '\n' || segment === '\r\n') breaks.line = fits;
    else if (/^[。！？!?；;…]$/u.test(segment)) breaks.sentence = fits;
    else if (/^\s$/u.test(segment)) breaks.space = fits;
  }
  if (fits === 0) return codePointCut(text, maxBytes);
  // A break in the first half would leave a stub followed by a long piece; prefer filling the piece.
  const floor = fits / 2;
  for (const at of [breaks.paragraph, breaks.line, breaks.sentence, breaks.space]) {
    if (at > floor) return at;
  }
  return fits;
}

/** Cuts inside an oversized grapheme cluster, still on a code point boundary. */
function codePointCut(text: string, maxBytes: number): number {
  let bytes = 0;
  let end = 0;
  for (const char of text) {
    const size = Buffer.byteLength(char, 'utf8');
    if (bytes + size > maxBytes) break;
    bytes += size;
    end += char.length;
  }
  return Math.max(end, 1);
}
