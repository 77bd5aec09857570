import { maskIdNumber } from '../identity/id-number.js';
import { maskPhone } from '../identity/phone.js';
import type { FormDefinition } from './form-registry.js';
import type { FormField } from './form-schema.js';
import type { FieldValue } from './read-answer.js';

/** A field's value as a resident reads it, with ID numbers and phones masked. */
export function displayValue(field: FormField, value: FieldValue): string {
  switch (field.kind) {
    case 'id_number':
      return maskIdNumber(String(value));
    case 'phone':
      return maskPhone(String(value));
    case 'integer':
      return field.name === 'household_size' ? `${value}人` : String(value);
    case 'money':
      return `${value}元`;
    case 'text':
    case 'address':
    case 'person_name':
    case 'choice':
      return String(value);
  }
}

/** The confirmation summary: one line per answered field, sensitive numbers masked, skipped ones marked. */
export function summaryLines(
  form: FormDefinition,
  fields: Readonly<Record<string, FieldValue>>,
  skipped: readonly string[],
): string[] {
  const lines: string[] = [];
  for (const field of form.fields) {
    const value = fields[field.name];
    if (value !== undefined) lines.push(`${field.label}：${displayValue(field, value)}`);
    else if (skipped.includes(field.name)) lines.push(`${field.label}：（先跳过，工作人员会联系您核实）`);
  }
  return lines;
}
