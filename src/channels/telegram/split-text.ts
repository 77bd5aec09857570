/** Telegram's limit for one text message, in UTF-16 code units (how the Bot API counts entity offsets too). */
export const TELEGRAM_TEXT_MAX = 4096;

const segmenter = new Intl.Segmenter('zh', { granularity: 'grapheme' });

/**
 * Splits text into pieces of at most `max` UTF-16 code units, each as long as it can be. A piece ends
 * preferably at a paragraph, then a line, then a sentence end, then a space, and never inside a character
 * (grapheme cluster) unless a single cluster is itself too long, and then never inside a surrogate pair.
 * Pieces are trimmed and empty ones dropped, so whitespace alone gives no piece.
 */
export function splitText(text: string, max = TELEGRAM_TEXT_MAX): string[] {
  if (max < 2) throw new RangeError('max must leave room for one code point');
  const pieces: string[] = [];
  let rest = text.trim();
  while (rest.length > max) {
    const end = cutPoint(rest, max);
    const piece = rest.slice(0, end).trimEnd();
    if (piece) pieces.push(piece);
    rest = rest.slice(end).trimStart();
  }
  if (rest) pieces.push(rest);
  return pieces;
}

/** The index to cut `text` at: the best break within the first `max` code units (always > 0). */
function cutPoint(text: string, max: number): number {
  let fits = 0; // end of the longest grapheme-aligned prefix that fits
  const breaks = { paragraph: 0, line: 0, sentence: 0, space: 0 };
  // Only the start of the text can hold the cut: segmenting a window keeps a long text linear. The window's
  // last cluster may be cut short by the window itself, so it counts only when the window is the whole text.
  const window = text.slice(0, max + 64);
  const whole = window.length === text.length;
  for (const { segment, index } of segmenter.segment(window)) {
    const end = index + segment.length;
    if (end > max || (!whole && end === window.length)) break;
    fits = end;
    if (segment === '\n' && text[index - 1] === '\n') breaks.paragraph = fits;
    else if (segment === '\n' || segment === '\r\n') breaks.line = fits;
    else if (/^[。！？!?；;…]$/u.test(segment)) breaks.sentence = fits;
    else if (/^\s$/u.test(segment)) breaks.space = fits;
  }
  if (fits === 0) return codePointCut(text, max);
  // A break in the first half would leave a stub followed by a long piece; prefer filling the piece.
  const floor = fits / 2;
  for (const at of [breaks.paragraph, breaks.line, breaks.sentence, breaks.space]) {
    if (at > floor) return at;
  }
  return fits;
}

/** Cuts inside an oversized grapheme cluster, still on a code point boundary. */
function codePointCut(text: string, max: number): number {
  let end = 0;
  for (const char of text) {
    if (end + char.length > max) break;
    end += char.length;
  }
  return Math.max(end, 1);
}
