/**
 * All matches of a global regular expression, without String.prototype.matchAll: matchAll clones the
 * expression on every call, and V8 then compiles each clone afresh, which costs milliseconds for the
 * large alternations of the urgency lexicon. The shared expression keeps its compiled code.
 */
export function allMatches(regex: RegExp, text: string): RegExpExecArray[] {
  if (!regex.global)
    throw new TypeError(`allMatches needs a global regular expression: ${regex.source.slice(0, 40)}`);
  const out: RegExpExecArray[] = [];
  regex.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = regex.exec(text)) !== null) {
    out.push(match);
    // An empty match would loop for ever at the same index, so step past it. With the `u` or `v` flag
    // the step must be a whole code point: an index inside a surrogate pair is moved back to the pair's
    // start by the engine, the same empty match is found again, and the loop never ends (an emoji at the
    // start of a message once hung the whole service this way).
    if (match[0].length === 0)
      regex.lastIndex = nextIndex(text, match.index, regex.unicode || regex.flags.includes('v'));
  }
  regex.lastIndex = 0;
  return out;
}

/** The index just after the character at `index`: one code unit, or a whole code point in Unicode mode. */
export function nextIndex(text: string, index: number, unicode: boolean): number {
  if (!unicode || index + 1 >= text.length) return index + 1;
  const code = text.charCodeAt(index);
  const next = text.charCodeAt(index + 1);
  const isPair = code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff;
  return index + (isPair ? 2 : 1);
}
