import type { ParseResult } from '../nlu/types.js';
import type { SafetyContact } from './types.js';

// An answer to 「您在哪里」 that names a place, even when the address extractor did not recognise it.
const PLACE =
  /[省市区县镇乡街路巷道村组号楼栋室苑]|小区|附近|门口|家里|宿舍|公园|医院|学校|车站|桥|河边|广场|单元/;

/** The contact questions a person in danger is asked right after the safety reply. */
export function startSafetyContact(parse: ParseResult, text: string): SafetyContact {
  return gatherContact({ stage: 'location', location: null, phone: null, asks: 0 }, parse, text, false);
}

/** Takes a place and a callback number from a message: entities first, then a place-like answer to the place question. */
export function gatherContact(
  safety: SafetyContact,
  parse: ParseResult,
  text: string,
  answering = true,
): SafetyContact {
  const phone = parse.entities.find((e) => e.type === 'phone');
  const address = parse.entities.find((e) => e.type === 'address');
  const placeAnswer =
    answering && safety.stage === 'location' && !phone && PLACE.test(text) ? text.slice(0, 200) : null;
  const location = address ? String(address.value) : (placeAnswer ?? safety.location);
  const callback = phone ? String(phone.value) : safety.phone;
  const stage =
    safety.stage === 'done' ? 'done' : location === null ? 'location' : callback === null ? 'phone' : 'done';
  return { ...safety, location, phone: callback, stage };
}
