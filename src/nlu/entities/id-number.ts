import { validateIdNumber } from '../../identity/id-number.js';
import { digitCandidates } from './digit-runs.js';
import { found, type FoundEntity } from './found.js';

// 16–19 digit strings are bank cards as often as mistyped IDs, so they count as IDs only when the resident says so.
const ID_CONTEXT = /身份证|证件号|身份号|身份证号|公民身份|证号/u;

/**
 * Resident ID numbers: a valid one yields `id_number` (uppercase X); an 18-character number that fails
 * the check digit or the birth date, or a near-miss length next to the word 身份证, yields
 * `invalid_id_number` so the bot can ask again kindly instead of storing a wrong number.
 */
export function extractIdNumbers(text: string): FoundEntity[] {
  const out: FoundEntity[] = [];
  for (const candidate of digitCandidates(text)) {
    if (candidate.kind === 'id18' || candidate.kind === 'id15') {
      const result = validateIdNumber(candidate.digits);
      if (result.ok) out.push(found('id_number', result.value, candidate.text, candidate.start));
      else if (candidate.kind === 'id18')
        out.push(found('invalid_id_number', true, candidate.text, candidate.start));
    } else if (candidate.kind === 'long' && ID_CONTEXT.test(text)) {
      out.push(found('invalid_id_number', true, candidate.text, candidate.start));
    }
  }
  return out;
}
