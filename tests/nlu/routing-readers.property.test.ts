// The routing readers added in round eight on arbitrary Unicode: they never throw and return within a bound.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { appliedBefore } from '../../src/nlu/applied-before.js';
import { complainsAboutService } from '../../src/nlu/service-complaint.js';
import { runs, withinBound } from '../helpers/fuzz.js';
import { anyResidentText, pumpedText } from '../helpers/hostile-text.js';

const BOUND_MS = 50;
const READERS = { appliedBefore, complainsAboutService };

describe('routing readers on hostile text', () => {
  it.each(Object.entries(READERS))('%s returns a boolean at once', (name, read) => {
    fc.assert(
      fc.property(fc.oneof(anyResidentText(), pumpedText()), (text) => {
        expect(typeof withinBound(BOUND_MS, () => read(text), name)).toBe('boolean');
      }),
      runs(200),
    );
  });
});
