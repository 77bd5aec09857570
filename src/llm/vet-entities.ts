import { compactIdInput, validateIdNumber } from '../identity/id-number.js';
import { normalizePhone } from '../identity/phone.js';
import { isAssistanceType, type Entity, type EntityType } from '../nlu/types.js';
import { parseChineseNumber } from '../text/chinese-number.js';
import { normalizeText } from '../text/normalize.js';

/** The entity types the LLM may propose; `invalid_id_number` is ours alone to decide. */
export const LLM_ENTITY_TYPES = [
  'person_name',
  'id_number',
  'phone',
  'household_size',
  'monthly_income',
  'assistance_type',
  'address',
  'age',
] as const satisfies readonly EntityType[];

/** One of LLM_ENTITY_TYPES. */
export type LlmEntityType = (typeof LLM_ENTITY_TYPES)[number];

/** An entity as the LLM proposed it: the normalised value and the span it claims to have read it from. */
export interface LlmEntityCandidate {
  type: LlmEntityType;
  value: string | number;
  text: string;
}

function squeeze(text: string): string {
  return normalizeText(text).replace(/\s+/gu, '');
}

// The LLM must have read the entity, not made it up: its span has to be in the message as written.
function appearsIn(message: string, span: string): boolean {
  const needle = squeeze(span);
  return needle !== '' && squeeze(message).includes(needle);
}

function integerIn(raw: string | number, min: number, max: number): number | undefined {
  const value = typeof raw === 'number' ? raw : parseChineseNumber(raw.trim());
  return value !== undefined && Number.isInteger(value) && value >= min && value <= max ? value : undefined;
}

function valueOf(candidate: LlmEntityCandidate, message: string): Entity['value'] | undefined {
  const raw = candidate.value;
  const text = String(raw).trim();
  switch (candidate.type) {
    case 'id_number': {
      // The same validator as the offline extractor: a wrong check digit or birth date is refused here too.
      const result = validateIdNumber(text);
      return result.ok && compactIdInput(message).toUpperCase().includes(result.value)
        ? result.value
        : undefined;
    }
    case 'phone': {
      const result = normalizePhone(text);
      return result.ok && message.replace(/\D/gu, '').includes(result.value) ? result.value : undefined;
    }
    case 'household_size':
      return integerIn(raw, 1, 30);
    case 'age':
      return integerIn(raw, 0, 120);
    case 'monthly_income': {
      const value = typeof raw === 'number' ? raw : parseChineseNumber(text.replace(/元$/u, ''));
      return value !== undefined && value >= 0 && value <= 1_000_000 ? Math.round(value) : undefined;
    }
    case 'assistance_type':
      return isAssistanceType(text) ? text : undefined;
    case 'person_name':
      return /^[\p{Script=Han}·•]{1,12}$/u.test(text) && appearsIn(message, text) ? text : undefined;
    case 'address':
      return text.length >= 2 && text.length <= 80 && appearsIn(message, text) ? text : undefined;
  }
}

/**
 * Accepts an LLM-proposed entity only when its span is in the message and its value passes the same checks
 * the offline extractors apply (ID check digit, mobile format, plausible ranges, known assistance codes).
 */
export function vetLlmEntity(candidate: LlmEntityCandidate, message: string): Entity | undefined {
  if (!appearsIn(message, candidate.text)) return undefined;
  const value = valueOf(candidate, message);
  if (value === undefined) return undefined;
  return { type: candidate.type, value, text: candidate.text };
}
