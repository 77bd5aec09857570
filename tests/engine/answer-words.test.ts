// Short typed answers as data (replies/answer-words.yaml, src/engine/answer-words.ts): the words residents type
// for yes, no and the rest, Chinese or English, whatever the case of the Latin letters.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadAnswerWords, type AnswerWords } from '../../src/engine/answer-words.js';
import { runs, withinBound } from '../helpers/fuzz.js';
import { anyResidentText } from '../helpers/hostile-text.js';

let words: AnswerWords;
beforeAll(async () => {
  words = await loadAnswerWords('replies/answer-words.yaml');
});

describe('short answers typed in English', () => {
  it.each(['Yes.', 'OK', 'Sure!', 'YES, I AGREE'])('「%s」 consents', (text) => {
    expect(words.is('consent_yes', text)).toBe(true);
    expect(words.is('consent_no', text)).toBe(false);
  });

  it.each(['No', 'I do not agree.', 'disagree'])('「%s」 refuses', (text) => {
    expect(words.is('consent_no', text)).toBe(true);
    expect(words.is('consent_yes', text)).toBe(false);
  });

  it('a yes to the offer to apply, and a polite no to it', () => {
    expect(words.is('offer_yes', 'Yes please')).toBe(true);
    expect(words.is('offer_no', 'No thanks.')).toBe(true);
    expect(words.is('offer_yes', 'No thanks.')).toBe(false);
  });

  it('a longer English sentence is not a one-word answer', () => {
    expect(words.is('consent_yes', 'yes but first tell me who reads my data')).toBe(false);
  });
});

describe('reading hostile text', () => {
  it('answers at once whatever the message', () => {
    fc.assert(
      fc.property(anyResidentText(), (text) => {
        expect(typeof withinBound(50, () => words.is('consent_yes', text))).toBe('boolean');
      }),
      runs(300),
    );
  });
});
