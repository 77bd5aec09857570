import { extractEntities } from '../nlu/entities/index.js';
import { cutText } from '../text/well-formed.js';
import { personAtRisk } from './person-at-risk.js';

/** What the resident's own messages say so far: the latest number, place and person in danger. */
export interface LiveFacts {
  phone: string | null;
  place: string | null;
  personAtRisk: string | null;
}

// Only the latest messages are read: the summary is about now, and the cost stays flat on long chats.
const READ_LAST = 30;

/**
 * Reads the resident's messages (oldest first) and keeps, for each fact, what the latest message that
 * speaks of it says: a number given after 「未留电话」 replaces it, a later place replaces an earlier one.
 */
export function readLiveFacts(residentTexts: readonly string[]): LiveFacts {
  const facts: LiveFacts = { phone: null, place: null, personAtRisk: null };
  for (const text of residentTexts.slice(-READ_LAST)) {
    const entities = extractEntities(text);
    const phones = entities.filter((e) => e.type === 'phone');
    const places = entities.filter((e) => e.type === 'address');
    if (phones.length > 0) facts.phone = String(phones[phones.length - 1]!.value);
    if (places.length > 0) facts.place = String(places[places.length - 1]!.value);
    const person = personAtRisk(text);
    if (person !== null) facts.personAtRisk = person;
  }
  return facts;
}

/** How long a place may be in a queue row. */
export const ROW_PLACE_CHARS = 24;

/** The place as a queue row shows it. */
export function rowPlace(place: string | null): string | null {
  return place === null ? null : cutText(place, ROW_PLACE_CHARS);
}
