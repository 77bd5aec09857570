import { allMatches } from '../../text/matches.js';
import { RequiredCharsIndex } from '../../text/required-chars.js';
import { createPhoneticReader, type PhoneticReader } from './phonetic.js';
import { prepareRiskText } from './prepare.js';
import type { CompiledSignals } from './signals.js';

/** The message as the rules read it, and what reading it took (rewrites, phonetic readings). */
export interface ReadMessage {
  /** What conditions are matched against: hard negatives blanked out. */
  text: string;
  /** The same text without the blanking (same length), for contexts: 「打工」 is blanked as a trigger but still says "work". */
  contextText: string;
  signals: string[];
}

const MASK = '□';

// What a form field's answer is made of; digits there are data, never an age, a dose or a floor.
const DATA_FIELDS = new Set([
  'field:phone',
  'field:id_number',
  'field:name',
  'field:address',
  'field:household_size',
  'field:monthly_income',
  'field:age',
]);

/** True when the bot asked for a data field (a phone, an ID number …) rather than a story. */
export function expectsData(expecting: string | undefined): boolean {
  return expecting !== undefined && DATA_FIELDS.has(expecting);
}

/** Builds the reader that turns a resident's message into the text the rules match. */
export function createMessageReader(
  signals: CompiledSignals,
): (text: string, expecting?: string) => ReadMessage {
  const phonetic: PhoneticReader = createPhoneticReader(signals.phonetic);
  const hardNegatives = signals.hardNegatives;
  const wordSenses = signals.wordSenses;
  // Both kinds of blanked span, each with the signal it leaves: a hard negative (紫砂壶, 饿死我了) says the message
  // is not what its words look like, and calms the learned net; a word sense (打车, 火车, 打电话) only takes one
  // word out of the rules' reach and says nothing of the rest of the message.
  const blanks = [
    ...(hardNegatives ? [{ regex: hardNegatives, signal: 'hard-negative' }] : []),
    ...(wordSenses ? [{ regex: wordSenses, signal: 'word-sense' }] : []),
  ];
  // An expression is run only on a text that has a character it cannot match without (required-chars.ts):
  // most rewrites and hard negatives need a word a short message lacks.
  const index = new RequiredCharsIndex([
    ...signals.rewrites.map((r) => r.regex),
    ...blanks.map((b) => b.regex),
  ]);
  return (message, expecting) => {
    const seen: string[] = [];
    let text = prepareRiskText(message, signals.maxChars);
    if (expectsData(expecting))
      text = text.replace(/[0-9][0-9\s-]{4,}[0-9x]?/gu, (m) => '0'.repeat(m.length));
    let mayMatch = index.mayMatch(text);
    for (const rewrite of signals.rewrites) {
      if (!mayMatch(rewrite.regex)) continue;
      const before = text;
      text = text.replace(rewrite.regex, () => {
        seen.push(`rewrite:${rewrite.to}`);
        return rewrite.to;
      });
      // A rewrite may bring in the words a later one needs.
      if (text !== before) mayMatch = index.mayMatch(text);
    }
    // Homophones are never read inside a blanked span: 紫砂壶 stays a teapot.
    const protectedSpans: [number, number][] = [];
    for (const { regex } of blanks)
      if (mayMatch(regex))
        for (const m of allMatches(regex, text)) protectedSpans.push([m.index, m.index + m[0].length]);
    const phoneticRead = phonetic.rewrite(text, (start, end) =>
      protectedSpans.some(([s, e]) => start < e && end > s),
    );
    if (phoneticRead.text !== text) mayMatch = index.mayMatch(phoneticRead.text);
    text = phoneticRead.text;
    for (const trigger of phoneticRead.read) seen.push(`phonetic:${trigger}`);
    let blanked = text;
    for (const { regex, signal } of blanks)
      if (mayMatch(regex))
        blanked = blanked.replace(regex, (m) => {
          seen.push(signal);
          return MASK.repeat(m.length);
        });
    return { text: blanked, contextText: text, signals: [...new Set(seen)] };
  };
}
