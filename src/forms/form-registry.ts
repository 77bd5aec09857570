import type { FormField, SuggestionRule } from './form-schema.js';

/** A complete application form: the common fields then the type's own. */
export interface FormDefinition {
  /** The form file's type (an assistance type code, or `general`). */
  formType: string;
  title: string;
  fields: readonly FormField[];
  /** Group name → the question that asks all its fields at once. */
  groups: Readonly<Record<string, string>>;
}

/** The forms loaded at start. */
export interface FormRegistry {
  /** The form for an assistance type; types without a form of their own get the general one. */
  forType: (assistanceType: string) => FormDefinition;
  suggestions: readonly SuggestionRule[];
  /** The form types that have a file of their own. */
  readonly formTypes: readonly string[];
}

/** The words the forms offer residents (choices and their aliases), for readers that learn residents' words. */
export function formPhrases(forms: FormRegistry): string[] {
  const words = new Set<string>();
  for (const type of forms.formTypes) {
    for (const field of forms.forType(type).fields) {
      for (const choice of field.choices ?? []) words.add(choice);
      for (const aliases of Object.values(field.aliases ?? {})) for (const alias of aliases) words.add(alias);
    }
  }
  return [...words];
}
