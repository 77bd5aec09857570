import { MAX_MESSAGE_CHARS } from '../../text/limits.js';
import { foldText } from '../../text/normalize.js';
import { cutText } from '../../text/well-formed.js';
import type { Entity } from '../types.js';
import { extractAddresses } from './address.js';
import { extractAges } from './age.js';
import { extractAssistanceTypes } from './assistance-type.js';
import type { EntityExtractor, FoundEntity } from './found.js';
import { extractHouseholdSize } from './household-size.js';
import { extractIdNumbers } from './id-number.js';
import { extractMonthlyIncome } from './monthly-income.js';
import { extractPersonNames } from './person-name.js';
import { extractPhones } from './phone.js';

export type { FoundEntity, EntityExtractor } from './found.js';

// Order matters: identity numbers first, so their digits are never read as an income, an age or an address.
const EXTRACTORS: readonly EntityExtractor[] = [
  extractIdNumbers,
  extractPhones,
  extractPersonNames,
  extractAges,
  extractHouseholdSize,
  extractMonthlyIncome,
  extractAssistanceTypes,
  extractAddresses,
];

function overlaps(a: FoundEntity, b: FoundEntity): boolean {
  return a.start < b.end && b.start < a.end;
}

// Spans that may share characters: an address can contain the 村 an age does not, but a number can only be one thing.
const NUMERIC = new Set<Entity['type']>([
  'id_number',
  'invalid_id_number',
  'phone',
  'age',
  'household_size',
  'monthly_income',
]);

/** Runs every extractor over the message and returns the entities in reading order, `text` cut from the original. */
export function extractEntities(whole: string): Entity[] {
  // At most the channels' limit is read, so that no caller can make the extractors slow.
  const message = cutText(whole, MAX_MESSAGE_CHARS);
  const text = foldText(message);
  const kept: FoundEntity[] = [];
  for (const extract of EXTRACTORS) {
    for (const entity of extract(text)) {
      const clash = kept.some(
        (other) =>
          overlaps(other, entity) &&
          (NUMERIC.has(other.type) || other.type === entity.type) &&
          NUMERIC.has(entity.type),
      );
      if (clash) continue;
      kept.push(entity);
    }
  }
  kept.sort((a, b) => a.start - b.start);
  return kept.map(({ type, value, start, end }) => ({ type, value, text: message.slice(start, end) }));
}
