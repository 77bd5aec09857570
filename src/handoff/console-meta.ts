import { CASE_STATUSES, CASE_STATUS_LABELS, type CaseStatus } from '../cases/case-types.js';
import type { FormRegistry } from '../forms/form-registry.js';
import type { LocalityProfile } from '../localities/schema.js';
import { typeLabelsOf } from '../localities/type-labels.js';
import { ASSISTANCE_TYPES, type AssistanceType } from '../nlu/types.js';
import {
  HANDOFF_OUTCOMES,
  HANDOFF_STATUSES,
  OUTCOME_LABELS,
  RESOLVE_OUTCOMES,
  STATUS_LABELS,
  type HandoffOutcome,
  type HandoffStatus,
} from './handoff-types.js';

/** A code with the Chinese an operator reads for it. */
export interface Labelled<Code extends string> {
  code: Code;
  label: string;
}

/** A phone line of the locality, as the console lists it. */
export interface ConsoleHotline {
  number: string;
  label: string;
  hours24: boolean;
  purpose: string;
}

/**
 * What the console reads once at start (GET /api/v1/meta): every label from its single home on the
 * server, so the browser keeps no copy that could drift.
 */
export interface ConsoleMeta {
  locality: { code: string; name: string };
  /** In the order residents see them; `shortLabel` is the button-sized name (低保). */
  assistanceTypes: (Labelled<AssistanceType> & { shortLabel: string })[];
  /** Every outcome; `choosable` marks those an operator picks when resolving (not `handed_back`). */
  outcomes: (Labelled<HandoffOutcome> & { choosable: boolean })[];
  caseStatuses: Labelled<CaseStatus>[];
  /** Form field name → its label in forms/*.yaml. */
  fieldLabels: Record<string, string>;
  hotlines: ConsoleHotline[];
  /** Handoff statuses, for the queue's filter. */
  handoffStatuses: Labelled<HandoffStatus>[];
  /** The locality's departments, for 「转交部门」. */
  departments: Labelled<string>[];
  /** Risk categories (risk/taxonomy.yaml) with a short Chinese name, for queue rows and the filter. */
  riskCategories: Labelled<string>[];
}

/** A short name for a risk category from its operator reason: the words before the first bracket or comma. */
export function riskCategoryLabel(reason: string): string {
  return reason.split(/[（(，,]/u)[0]!.trim() || reason;
}

/** Builds the console's labels from the locality profile, the forms and the server's label tables. */
export function buildConsoleMeta(
  locality: LocalityProfile,
  forms: FormRegistry,
  riskReasons: ReadonlyMap<string, string> = new Map(),
): ConsoleMeta {
  const choosable: readonly HandoffOutcome[] = RESOLVE_OUTCOMES;
  const fieldLabels: Record<string, string> = {};
  for (const type of ASSISTANCE_TYPES) {
    for (const field of forms.forType(type).fields) fieldLabels[field.name] ??= field.label;
  }
  return {
    locality: { code: locality.code, name: locality.name },
    assistanceTypes: typeLabelsOf(locality).all(),
    outcomes: HANDOFF_OUTCOMES.map((code) => ({
      code,
      label: OUTCOME_LABELS[code],
      choosable: choosable.includes(code),
    })),
    caseStatuses: CASE_STATUSES.map((code) => ({ code, label: CASE_STATUS_LABELS[code] })),
    fieldLabels,
    hotlines: locality.hotlines.map(({ number, label, hours24, purpose }) => ({
      number,
      label,
      hours24,
      purpose,
    })),
    handoffStatuses: HANDOFF_STATUSES.map((code) => ({ code, label: STATUS_LABELS[code] })),
    departments: Object.entries(locality.departments).map(([code, label]) => ({ code, label })),
    riskCategories: [...riskReasons].map(([code, reason]) => ({ code, label: riskCategoryLabel(reason) })),
  };
}
