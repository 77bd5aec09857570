import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codeUnits, firstCharIndex } from '../../src/text/first-char-index.js';

// The index only skips strings that cannot occur: every string the text holds is among the candidates,
// and the candidates keep the list's order.
describe('first-character index of a word list', () => {
  const word = fc.string({ unit: fc.constantFrom(...'低保救助临时医疗申请材料a 🙏'), maxLength: 4 });

  it('offers every word a text holds, in the order of the list', () => {
    fc.assert(
      fc.property(fc.array(word, { maxLength: 30 }), fc.string({ unit: fc.constantFrom(...'低保救助临时医疗申请材料a 🙏，'), maxLength: 20 }), (words, text) => {
        const candidates = firstCharIndex(words, (w) => w).candidates(codeUnits(text));
        expect(words.filter((w) => text.includes(w))).toEqual(candidates.filter((w) => text.includes(w)));
        expect(candidates).toEqual(words.filter((w) => candidates.includes(w)));
      }),
      { numRuns: 500 },
    );
  });

  it('always offers an empty word, which every text holds', () => {
    expect(firstCharIndex(['救助', '', '低保'], (w) => w).candidates(codeUnits('你好'))).toEqual(['']);
  });
});
