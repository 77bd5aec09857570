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

describe('form answer readers of round eight on hostile text', () => {
  it('changeOfMind returns part of the message or nothing', async () => {
    const { changeOfMind } = await import('../../src/flows/application/change-of-mind.js');
    fc.assert(
      fc.property(fc.oneof(anyResidentText(), pumpedText()), (text) => {
        const mind = withinBound(BOUND_MS, () => changeOfMind(text), 'changeOfMind');
        if (mind !== undefined) expect(text.includes(mind)).toBe(true);
      }),
      runs(200),
    );
  });

  it('rangeMiddle returns a finite amount between the bottom and three times it', async () => {
    const { rangeMiddle } = await import('../../src/text/amount-range.js');
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), anyResidentText(), (low, after) => {
        const middle = withinBound(BOUND_MS, () => rangeMiddle(low, after), 'rangeMiddle');
        expect(Number.isFinite(middle)).toBe(true);
        expect(middle).toBeGreaterThanOrEqual(low);
        expect(middle).toBeLessThanOrEqual(low * 2);
      }),
      runs(200),
    );
  });
});

describe('the mixed-ability reader on hostile text', () => {
  it('returns a boolean at once', async () => {
    const { canButNeedsHelp, choreManagedButHelpNeeded } = await import('../../src/forms/mixed-ability.js');
    fc.assert(
      fc.property(fc.oneof(anyResidentText(), pumpedText()), (text) => {
        expect(typeof withinBound(BOUND_MS, () => canButNeedsHelp(text), 'canButNeedsHelp')).toBe('boolean');
        const chores = withinBound(
          BOUND_MS,
          () => choreManagedButHelpNeeded(text),
          'choreManagedButHelpNeeded',
        );
        // A chore managed is one way of being able: never mixed where the plain reading is not.
        expect(!chores || canButNeedsHelp(text)).toBe(true);
      }),
      runs(200),
    );
  });
});

describe('the reporter’s way of naming someone (round 22) on hostile text', () => {
  it('returns part of the message, two to six characters, or nothing, at once', async () => {
    const { addressedName } = await import('../../src/nlu/entities/person-name.js');
    fc.assert(
      fc.property(fc.oneof(anyResidentText(), pumpedText()), (text) => {
        const name = withinBound(BOUND_MS, () => addressedName(text), 'addressedName');
        if (name !== undefined) {
          // 「姓顾的老爷子」 → 顾老爷子, 「老王家 女儿」 → 王家女儿: put together from the message's own characters.
          for (const ch of Array.from(name)) expect(text.includes(ch)).toBe(true);
          expect(Array.from(name).length).toBeGreaterThanOrEqual(2);
          expect(Array.from(name).length).toBeLessThanOrEqual(6);
        }
      }),
      runs(200),
    );
  });
});

describe('whether someone is caring for the person (round 27) on hostile text', () => {
  it('returns a boolean at once', async () => {
    const { carerPresent } = await import('../../src/engine/carer-present.js');
    fc.assert(
      fc.property(fc.oneof(anyResidentText(), pumpedText()), (text) => {
        expect(typeof withinBound(BOUND_MS, () => carerPresent(text), 'carerPresent')).toBe('boolean');
      }),
      runs(200),
    );
  });
});

describe('the full name an answer about someone opens with (round 23) on hostile text', () => {
  it('returns the start of the message, two or three characters, or nothing, at once', async () => {
    const { leadingName } = await import('../../src/nlu/entities/person-name.js');
    fc.assert(
      fc.property(fc.oneof(anyResidentText(), pumpedText()), (text) => {
        const name = withinBound(BOUND_MS, () => leadingName(text), 'leadingName');
        if (name !== undefined) {
          expect(text.trim().startsWith(name)).toBe(true);
          expect(Array.from(name).length).toBeGreaterThanOrEqual(2);
          expect(Array.from(name).length).toBeLessThanOrEqual(4);
        }
      }),
      runs(200),
    );
  });
});
