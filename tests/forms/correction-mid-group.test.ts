// A correction of a field given earlier, sent while a group of other fields is asked: it corrects the field it
// names, and its numbers answer none of the fields asked. Sentences written for this test.
import { beforeAll, describe, expect, it } from 'vitest';
import { fillFields } from '../../src/flows/application/fill.js';
import type { FormRegistry } from '../../src/forms/form-registry.js';
import { loadForms } from '../../src/forms/load-forms.js';
import { extractEntities } from '../../src/nlu/entities/index.js';

let forms: FormRegistry;
beforeAll(async () => {
  forms = await loadForms('forms', { warn: () => undefined });
});

const GIVEN = { applicant_name: '林秀梅', id_number: '320281196703124528', phone: '13912345678' };

function fill(text: string, names: string[]) {
  const definition = forms.forType('minimum_living');
  const asked = definition.fields.filter((f) => names.includes(f.name));
  return fillFields(GIVEN, definition, text, extractEntities(text), asked);
}

describe('a correction of another field while a group is asked', () => {
  it('corrects the phone and fills no count or amount from its digits', () => {
    const { fields, filled } = fill('手机号写错了 应该是13912345687 后面两位反了', [
      'address',
      'household_size',
      'monthly_income',
    ]);
    expect(fields.phone).toBe('13912345687');
    expect(filled).toEqual(['phone']);
    expect(fields.monthly_income).toBeUndefined();
    expect(fields.household_size).toBeUndefined();
  });

  it('corrects the name and leaves the address asked', () => {
    const { fields, filled } = fill('名字打错了 是林秀梅的梅 不对 是林秀玫', ['address', 'household_size']);
    expect(filled).toEqual(['applicant_name']);
    expect(fields.address).toBeUndefined();
  });

  it('an answer to the fields asked that mentions no earlier mistake is read as before', () => {
    const { fields } = fill('周庄镇长寿村 三口人 一个月两千', [
      'address',
      'household_size',
      'monthly_income',
    ]);
    expect(fields.household_size).toBe(3);
    expect(fields.monthly_income).toBe(2000);
  });
});
