// Property test of the reader of a character taken back by spelling (src/forms/respelled-character.ts): any text, at
// once, and a name that only ever changes in the characters the text spells. Bound: 50 ms a call on 2,000 characters.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { respellName } from '../../src/forms/respelled-character.js';
import { runs, withinBound } from '../helpers/fuzz.js';
import { anyResidentText } from '../helpers/hostile-text.js';

describe('respellName', () => {
  it('reads any answer at once and keeps the name’s length', () => {
    fc.assert(
      fc.property(anyResidentText(), fc.string({ minLength: 2, maxLength: 4 }), (text, name) => {
        const named = withinBound(50, () => respellName(name, text), 'respellName');
        expect(typeof named).toBe('string');
        if (!/不是/u.test(text)) expect(named).toBe(name);
      }),
      runs(300),
    );
  });

  it('reads a long run of spellings at once', () => {
    const text = '不是冬天的冬'.repeat(300);
    expect(withinBound(50, () => respellName('沈卫冬', text))).toBe('沈卫冬');
  });
});
