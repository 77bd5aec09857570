// Property tests over every entity extractor. Bound: 50 ms a call on 2,000 characters for one extractor,
// 100 ms for all of them together (typical: under 15 ms for the worst attack string).
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractAddresses } from '../../src/nlu/entities/address.js';
import { extractAges } from '../../src/nlu/entities/age.js';
import { extractAssistanceTypes } from '../../src/nlu/entities/assistance-type.js';
import { digitCandidates } from '../../src/nlu/entities/digit-runs.js';
import { extractHouseholdSize } from '../../src/nlu/entities/household-size.js';
import { extractIdNumbers } from '../../src/nlu/entities/id-number.js';
import { extractEntities } from '../../src/nlu/entities/index.js';
import { extractMonthlyIncome } from '../../src/nlu/entities/monthly-income.js';
import { blankNumberIdioms } from '../../src/nlu/entities/number-idioms.js';
import { extractPersonNames } from '../../src/nlu/entities/person-name.js';
import { extractPhones } from '../../src/nlu/entities/phone.js';
import { foldText } from '../../src/text/normalize.js';
import { withinBound, runs } from '../helpers/fuzz.js';
import { anyResidentText } from '../helpers/hostile-text.js';

const ONE_MS = 50;
const ALL_MS = 100;
const EXTRACTORS = {
  extractAddresses,
  extractAges,
  extractAssistanceTypes,
  extractHouseholdSize,
  extractIdNumbers,
  extractMonthlyIncome,
  extractPersonNames,
  extractPhones,
  digitCandidates,
};

beforeAll(() => {
  extractPersonNames('我是王小明');
});

describe('entity extractors on hostile text', () => {
  it.each(Object.entries(EXTRACTORS))(
    '%s returns at once and its spans lie inside the message',
    (name, extract) => {
      fc.assert(
        fc.property(anyResidentText(), (message) => {
          const text = foldText(message);
          for (const found of withinBound(ONE_MS, () => extract(text), name)) {
            expect(found.start).toBeGreaterThanOrEqual(0);
            expect(found.end).toBeLessThanOrEqual(text.length);
          }
        }),
        runs(150),
      );
    },
  );

  it('blanking numeral idioms returns at once and keeps the length, so every span stays in place', () => {
    fc.assert(
      fc.property(anyResidentText(), (message) => {
        const blanked = withinBound(ONE_MS, () => blankNumberIdioms(message), 'blankNumberIdioms');
        expect(blanked.length).toBe(message.length);
      }),
      runs(300),
    );
  });

  it('all extractors together return at once, and every entity is cut from the message as written', () => {
    fc.assert(
      fc.property(anyResidentText(), (message) => {
        for (const entity of withinBound(ALL_MS, () => extractEntities(message), 'extractEntities')) {
          expect(message).toContain(entity.text);
          if (typeof entity.value === 'number') expect(Number.isFinite(entity.value)).toBe(true);
        }
      }),
      runs(300),
    );
  });

  it('regression: 「一家」 followed by many 「共有」 no longer backtracks exponentially (household size)', () => {
    const text = `一家${'共有'.repeat(900)}`;
    expect(withinBound(ONE_MS, () => extractHouseholdSize(text))).toEqual([]);
    expect(withinBound(ONE_MS, () => extractHouseholdSize(`家里${'共有'.repeat(900)}`))).toEqual([]);
    expect(extractHouseholdSize('一家共有五口人').map((e) => e.value)).toEqual([5]);
  });

  it('regression: a long run of digits or numerals before 口, 岁 or 人 no longer backtracks cubically (NUMBER_SOURCE)', () => {
    for (const text of [
      `${'1'.repeat(1999)}口`,
      `${'1'.repeat(1999)}岁`,
      `${'一'.repeat(1999)}人`,
      `工资${'5'.repeat(1990)}x`,
    ]) {
      withinBound(ALL_MS, () => extractEntities(text), text.slice(-3));
    }
    expect(extractEntities('今年七十八岁 一家三口 月收入两千五').map((e) => e.value)).toEqual([78, 3, 2500]);
  });
});
