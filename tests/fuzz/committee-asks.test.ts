// Property test of the reader of a committee naming itself at the start of a message (src/flows/report/committee-asks.ts):
// any text, at once. Bound: 50 ms a call on 2,000 characters.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { speaksAsCommittee } from '../../src/flows/report/committee-asks.js';
import { runs, withinBound } from '../helpers/fuzz.js';
import { anyResidentText } from '../helpers/hostile-text.js';

describe('speaksAsCommittee', () => {
  it('reads any message at once', () => {
    fc.assert(
      fc.property(anyResidentText(), (text) => {
        expect(typeof withinBound(50, () => speaksAsCommittee(text), 'speaksAsCommittee')).toBe('boolean');
      }),
      runs(300),
    );
  });

  it('reads a long run of near misses at once', () => {
    expect(withinBound(50, () => speaksAsCommittee('我是'.repeat(1000)))).toBe(false);
  });
});
