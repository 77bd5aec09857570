import type { FormField } from '../../src/forms/form-schema.js';

/** A money field of a form, for the readers' tests: plain defaults with the given changes. */
export function moneyField(over: Partial<FormField>): FormField {
  return {
    name: 'x',
    label: 'x',
    question: 'x',
    kind: 'money',
    sensitive: false,
    optional: false,
    infer: false,
    ...over,
  };
}
