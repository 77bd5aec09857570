// Property tests over ID numbers, phones and receipt numbers. Bound: 20 ms a call on 2,000 characters
// (typical: well under 1 ms). A refused number is a value with a reason, never an exception.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseReceiptNumber } from '../../src/cases/receipt-number.js';
import { compactIdInput, maskIdNumber, validateIdNumber } from '../../src/identity/id-number.js';
import { maskPhone, normalizePhone } from '../../src/identity/phone.js';
import { redactIdentifiers } from '../../src/identity/redact.js';
import { withinBound, runs } from '../helpers/fuzz.js';
import { anyResidentText } from '../helpers/hostile-text.js';

const BOUND_MS = 20;
// Near-misses reach the deep branches: digits with separators, x, full-width forms and stray marks.
const numberLike = fc
  .array(
    fc.constantFrom(
      '1',
      '3',
      '9',
      '0',
      'x',
      'X',
      ' ',
      '-',
      '—',
      '１',
      'ｘ',
      '+86',
      '（',
      '\u200b',
      '🙏',
      '\ud800',
    ),
    {
      maxLength: 30,
    },
  )
  .map((parts) => parts.join(''));
const input = fc.oneof(anyResidentText(), numberLike);

describe('identity and receipt numbers on hostile text', () => {
  it('an ID number is validated or refused with a reason, at once', () => {
    fc.assert(
      fc.property(input, (text) => {
        const result = withinBound(BOUND_MS, () => validateIdNumber(text));
        if (result.ok) expect(result.value).toMatch(/^(?:\d{17}[\dX]|\d{15})$/u);
        else expect(['length', 'format', 'birth_date', 'check_digit']).toContain(result.reason);
        withinBound(BOUND_MS, () => compactIdInput(text));
        withinBound(BOUND_MS, () => maskIdNumber(text));
      }),
      runs(500),
    );
  });

  it('a phone is normalised or refused with a reason, at once', () => {
    fc.assert(
      fc.property(input, (text) => {
        const result = withinBound(BOUND_MS, () => normalizePhone(text));
        if (result.ok) expect(result.value).toMatch(/^1[3-9]\d{9}$/u);
        withinBound(BOUND_MS, () => maskPhone(text));
        withinBound(BOUND_MS, () => redactIdentifiers(text));
      }),
      runs(500),
    );
  });

  it('a receipt number is read or refused with a message a resident can act on, at once', () => {
    fc.assert(
      fc.property(input, (text) => {
        const result = withinBound(BOUND_MS, () => parseReceiptNumber(text));
        if (!result.ok) expect(result.error.message.length).toBeGreaterThan(0);
      }),
      runs(500),
    );
  });
});
