// A sentence ends at 。！？ (or their ASCII forms), keeping any closing quotes or brackets that follow.
const SENTENCE = /[^。！？!?\n]+(?:[。！？!?]+[”’」』）)]*)?|[。！？!?]+/gu;
// A clause ends at ；or ，, which is where a long Chinese sentence can be cut without losing its sense.
const CLAUSE_SEMICOLON = /[^；;]+[；;]?/gu;
const CLAUSE_COMMA = /[^，,]+[，,]?/gu;

/** Splits Chinese text into sentences at 。！？ and line breaks, keeping the end punctuation. */
export function splitSentences(text: string): string[] {
  return (text.match(SENTENCE) ?? []).map((s) => s.trim()).filter((s) => s.length > 0);
}

/** Splits one sentence into clauses at ；, keeping the punctuation; `byComma` splits further at ，. */
export function splitClauses(sentence: string, byComma = false): string[] {
  const pattern = byComma ? CLAUSE_COMMA : CLAUSE_SEMICOLON;
  return (sentence.match(pattern) ?? []).map((s) => s.trim()).filter((s) => s.length > 0);
}

/** Cuts text into pieces of at most `max` characters at sentence, then clause, then comma boundaries. */
export function splitToSize(text: string, max: number): string[] {
  const units: string[] = [];
  for (const sentence of splitSentences(text)) {
    if (sentence.length <= max) {
      units.push(sentence);
      continue;
    }
    for (const clause of splitClauses(sentence)) {
      if (clause.length <= max) {
        units.push(clause);
        continue;
      }
      for (const part of splitClauses(clause, true)) {
        // A run of text with no punctuation at all is cut hard; policy texts practically never have one.
        for (let i = 0; i < part.length; i += max) units.push(part.slice(i, i + max));
      }
    }
  }
  // Aim for pieces of even size so that a long paragraph does not leave a stub of a few characters:
  // the text is cut into k equal spans and a unit goes to the span that holds its middle.
  const total = units.reduce((sum, u) => sum + u.length, 0);
  const ideal = total / Math.ceil(total / max);
  const pieces: string[] = [];
  let current = '';
  let bucket = 0;
  let offset = 0;
  for (const unit of units) {
    const unitBucket = Math.floor((offset + unit.length / 2) / ideal);
    offset += unit.length;
    if (current === '' || (unitBucket === bucket && current.length + unit.length <= max)) current += unit;
    else {
      pieces.push(current);
      current = unit;
    }
    bucket = unitBucket;
  }
  if (current !== '') pieces.push(current);
  return pieces;
}

/** Greedily joins consecutive units while the result stays within `max` characters. */
export function packUnits(units: readonly string[], max: number, separator = ''): string[] {
  const pieces: string[] = [];
  let current = '';
  for (const unit of units) {
    if (current === '') current = unit;
    else if (current.length + separator.length + unit.length <= max) current += separator + unit;
    else {
      pieces.push(current);
      current = unit;
    }
  }
  if (current !== '') pieces.push(current);
  return pieces;
}
