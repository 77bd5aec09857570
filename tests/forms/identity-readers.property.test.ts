// The identity readers changed in round nine (glued numbers, landlines, traditional names kept as typed) on
// arbitrary Unicode: they never throw, return within a bound, and return spans inside the message.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isLandline } from '../../src/forms/landline.js';
import { extractIdNumbers } from '../../src/nlu/entities/id-number.js';
import { extractPersonNames, startsWithSurname } from '../../src/nlu/entities/person-name.js';
import { extractPhones } from '../../src/nlu/entities/phone.js';
import { runs, withinBound } from '../helpers/fuzz.js';
import { anyResidentText, pumpedText } from '../helpers/hostile-text.js';

const BOUND_MS = 100;
const text = () => fc.oneof(anyResidentText(), pumpedText(), fc.string({ unit: 'grapheme', maxLength: 300 }));

describe('identity readers on hostile text', () => {
  it('extractPhones and extractIdNumbers return spans of the text, phones of 11 digits', () => {
    fc.assert(
      fc.property(text(), (t) => {
        const phones = withinBound(BOUND_MS, () => extractPhones(t), 'extractPhones');
        for (const p of phones) {
          expect(String(p.value)).toMatch(/^1[3-9][0-9]{9}$/u);
          // Spans index the text as typed (numerals read as digits keep their places), so it can be cut from it.
          expect(p.end - p.start).toBe(p.text?.length);
          expect(p.end).toBeLessThanOrEqual(t.length);
        }
        const ids = withinBound(BOUND_MS, () => extractIdNumbers(t), 'extractIdNumbers');
        for (const id of ids) {
          expect(id.end - id.start).toBe(id.text?.length);
          expect(id.end).toBeLessThanOrEqual(t.length);
        }
      }),
      runs(200),
    );
  });

  it('extractPersonNames returns names found in the text', () => {
    fc.assert(
      fc.property(text(), (t) => {
        const names = withinBound(BOUND_MS, () => extractPersonNames(t), 'extractPersonNames');
        for (const n of names) {
          // The span is the name as typed; the value the same, but for the dot of a dotted name written as ·.
          expect(t.slice(n.start, n.end)).toBe(n.text);
          expect(String(n.value)).toBe(n.text?.replace(/\s?[·•・‧.．]/u, '·'));
          expect(startsWithSurname(String(n.value))).toBe(true);
        }
      }),
      runs(200),
    );
  });

  it('keeps the span of a dotted name as typed and writes its value with ·', () => {
    // Found by the property above: the value written with · was not a substring of the message typed with '.'.
    const [name] = extractPersonNames('𪚥.取消自sփ');
    expect(name).toMatchObject({ value: '𪚥·取消自', text: '𪚥.取消自', start: 0, end: 6 });
    const [typedWithSpace] = extractPersonNames('我叫阿依古丽 ．买买提');
    expect(typedWithSpace).toMatchObject({ value: '阿依古丽·买买提', text: '阿依古丽 ．买买提' });
  });

  it('isLandline returns a boolean at once', () => {
    fc.assert(
      fc.property(text(), (t) => {
        expect(typeof withinBound(BOUND_MS, () => isLandline(t), 'isLandline')).toBe('boolean');
      }),
      runs(200),
    );
  });
});
