// The clause readers of money answers and the period-word trim, on arbitrary Unicode: they never throw,
// return within a bound, and their positions and pieces stay inside the text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { moneyClauseIndex, moneyClauses } from '../../src/text/money-clauses.js';
import { numberBeforePeriod } from '../../src/text/number-before-period.js';
import { runs, withinBound } from '../helpers/fuzz.js';
import { anyResidentText } from '../helpers/hostile-text.js';

const BOUND_MS = 50;

describe('money clauses on hostile text', () => {
  it('the start of the clause holding a position lies inside the text, at or before it', () => {
    fc.assert(
      fc.property(anyResidentText(), fc.nat(), (text, seed) => {
        const at = text.length === 0 ? 0 : seed % text.length;
        const start = withinBound(BOUND_MS, () => moneyClauseIndex(text)(at), 'moneyClauseIndex');
        expect(start).toBeGreaterThanOrEqual(0);
        expect(start).toBeLessThanOrEqual(at);
      }),
      runs(200),
    );
  });

  it('every clause is a non-empty piece of the text', () => {
    fc.assert(
      fc.property(anyResidentText(), (text) => {
        for (const clause of withinBound(BOUND_MS, () => moneyClauses(text), 'moneyClauses')) {
          expect(clause.length).toBeGreaterThan(0);
          expect(text.includes(clause)).toBe(true);
        }
      }),
      runs(200),
    );
  });

  it('the number before a period word is the number or the number less its last character', () => {
    fc.assert(
      fc.property(anyResidentText(), anyResidentText(), (number, after) => {
        const kept = numberBeforePeriod(number, after);
        expect(kept === number || kept === number.slice(0, -1)).toBe(true);
      }),
      runs(200),
    );
  });
});
