import { createPhoneticReader, type PhoneticReader } from './phonetic.js';
import { prepareRiskText } from './prepare.js';
import type { CompiledSignals } from './signals.js';

/** The message as the rules read it, and what reading it took (rewrites, phonetic readings). */
export interface ReadMessage {
  text: string;
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
  const blank = (text: string, seen: string[]): string => {
    if (!signals.hardNegatives) return text;
    return text.replace(signals.hardNegatives, (m) => {
      seen.push('hard-negative');
      return MASK.repeat(m.length);
    });
  };
  return (message, expecting) => {
    const seen: string[] = [];
    let text = prepareRiskText(message, signals.maxChars);
    if (expectsData(expecting))
      text = text.replace(/[0-9][0-9\s-]{4,}[0-9x]?/gu, (m) => '0'.repeat(m.length));
    text = blank(text, seen);
    for (const rewrite of signals.rewrites) {
      text = text.replace(rewrite.regex, () => {
        seen.push(`rewrite:${rewrite.to}`);
        return rewrite.to;
      });
    }
    const phoneticRead = phonetic.rewrite(text);
    if (phoneticRead.read.length > 0) {
      text = blank(phoneticRead.text, seen);
      for (const trigger of phoneticRead.read) seen.push(`phonetic:${trigger}`);
    }
    return { text, signals: [...new Set(seen)] };
  };
}
