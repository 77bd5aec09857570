import { maskIdNumber } from '../identity/id-number.js';
import { maskPhone } from '../identity/phone.js';
import type { HandoffDetail } from '../handoff/handoff-types.js';

/** The fields a console may reveal one at a time, with a reason. */
export const REVEALABLE_FIELDS = ['idNumber', 'phone'] as const;

/** A field a console may reveal. */
export type RevealableField = (typeof REVEALABLE_FIELDS)[number];

// Form and case fields that hold an ID number or a phone, and how each is masked.
const MASKED_FORM_FIELDS: Readonly<Record<string, (value: string) => string>> = {
  id_number: maskIdNumber,
  phone: maskPhone,
  reporter_phone: maskPhone,
};

/** The handoff detail as the console gets it: the phone and any ID number or phone in the form masked. */
export function maskHandoffDetail(detail: HandoffDetail): HandoffDetail {
  const form = detail.summary.form;
  return {
    ...detail,
    summary: {
      ...detail.summary,
      phone: detail.summary.phone === null ? null : maskPhone(detail.summary.phone),
      form:
        form === null
          ? null
          : {
              ...form,
              fields: Object.fromEntries(
                Object.entries(form.fields).map(([key, value]) => {
                  const mask = MASKED_FORM_FIELDS[key];
                  return [key, mask && typeof value === 'string' ? mask(value) : value];
                }),
              ),
            },
    },
  };
}

/** The unmasked value of a field of a handoff detail (what a reveal answers), or null when it has none. */
export function handoffField(
  detail: HandoffDetail,
  field: RevealableField,
  linkedIdNumber: string | null,
): string | null {
  const fields = detail.summary.form?.fields ?? {};
  if (field === 'phone') return detail.summary.phone;
  const typed = fields.id_number;
  return typeof typed === 'string' && typed !== '' ? typed : linkedIdNumber;
}
