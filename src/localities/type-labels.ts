import { ASSISTANCE_TYPES, isAssistanceType, type AssistanceType } from '../nlu/types.js';
import type { LocalityProfile } from './schema.js';

/** What residents and staff read for each assistance type, from the locality profile's `assistanceTypes`. */
export interface TypeLabels {
  /** The full name (最低生活保障（低保）); 社会救助 for a case whose type the resident did not know. */
  label: (type: string) => string;
  /** The button-sized name (低保); 不清楚 for an unknown type. */
  shortLabel: (type: string) => string;
  /** Every type with both names, in the order residents see them. */
  all: () => { code: AssistanceType; label: string; shortLabel: string }[];
}

/** The type labels of one locality (the schema guarantees every type has one). */
export function typeLabelsOf(profile: LocalityProfile): TypeLabels {
  const entry = (type: AssistanceType) => profile.assistanceTypes[type] ?? { label: type };
  const label = (type: string) => (isAssistanceType(type) ? entry(type).label : '社会救助');
  const shortLabel = (type: string) => {
    if (!isAssistanceType(type)) return '不清楚';
    const named = entry(type);
    return named.short ?? named.label;
  };
  return {
    label,
    shortLabel,
    all: () => ASSISTANCE_TYPES.map((code) => ({ code, label: label(code), shortLabel: shortLabel(code) })),
  };
}
