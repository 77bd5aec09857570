import type { ConsoleMeta } from '../../handoff/console-meta.js';

// Filled once at start from GET /api/v1/meta; until then (or if it failed) every code shows as itself.
let maps = {
  types: new Map<string, string>(),
  outcomes: new Map<string, string>(),
  caseStatuses: new Map<string, string>(),
  fields: new Map<string, string>(),
  categories: new Map<string, string>(),
};
let current: ConsoleMeta | null = null;

/** Takes the server's labels for the rest of the session. */
export function useMeta(meta: ConsoleMeta): void {
  current = meta;
  maps = {
    types: new Map(meta.assistanceTypes.map((t) => [t.code, t.label])),
    outcomes: new Map(meta.outcomes.map((o) => [o.code, o.label])),
    caseStatuses: new Map(meta.caseStatuses.map((s) => [s.code, s.label])),
    fields: new Map(Object.entries(meta.fieldLabels)),
    categories: new Map(meta.riskCategories.map((c) => [c.code, c.label])),
  };
}

/** The labels read at start, or null before they arrive. */
export function meta(): ConsoleMeta | null {
  return current;
}

/** The Chinese name of an assistance type. */
export const typeLabel = (code: string): string => maps.types.get(code) ?? code;
/** How a handoff was closed, in Chinese. */
export const outcomeLabel = (code: string): string => maps.outcomes.get(code) ?? code;
/** Where a case stands, in Chinese. */
export const caseStatusLabel = (code: string): string => maps.caseStatuses.get(code) ?? code;
/** A risk category's short name (risk/taxonomy.yaml). */
export const categoryLabel = (code: string): string => maps.categories.get(code) ?? code;
/** A form field's label from forms/*.yaml; an unknown field shows its own name. */
export const fieldLabel = (name: string): string => maps.fields.get(name) ?? name;
