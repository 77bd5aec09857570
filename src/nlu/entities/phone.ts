import { normalizePhone } from '../../identity/phone.js';
import { digitCandidates } from './digit-runs.js';
import { found, type FoundEntity } from './found.js';

/** Mainland mobile numbers, however they were typed; the value is always the 11 digits. */
export function extractPhones(text: string): FoundEntity[] {
  const out: FoundEntity[] = [];
  for (const candidate of digitCandidates(text)) {
    if (candidate.kind !== 'phone') continue;
    const result = normalizePhone(candidate.digits);
    if (result.ok) out.push(found('phone', result.value, candidate.text, candidate.start));
  }
  return out;
}
