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
    // An empty match would loop for ever at the same index.
    if (match[0].length === 0) regex.lastIndex++;
  }
  regex.lastIndex = 0;
  return out;
}
