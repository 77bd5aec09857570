// Property tests over the form answer readers, for every field of every form in forms/. Bound: 50 ms a
// call on 2,000 characters (typical: under 2 ms). A refused answer is a value with a kind problem text.
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { inferOpening, phoneTailCorrected } from '../../src/flows/application/fill.js';
import type { FormDefinition } from '../../src/forms/form-registry.js';
import { aliasHits } from '../../src/forms/alias-match.js';
import {
  forOwnChild,
  hardshipFromMessage,
  inferApplicantRelation,
  namesRelative,
  withoutIllnessOfTheDead,
  withoutWriterAtSchool,
} from '../../src/forms/infer.js';
import { loadForms } from '../../src/forms/load-forms.js';
import { costAfterRefund } from '../../src/forms/net-cost.js';
import {
  aliasNegated,
  choiceNamed,
  readAnswer,
  withThousands,
  type FieldValue,
} from '../../src/forms/read-answer.js';
import { displayValue, summaryLines } from '../../src/forms/summary.js';
import { extractEntities } from '../../src/nlu/entities/index.js';
import { alreadyHas, toldRefusedOrClaimed } from '../../src/nlu/programme-held.js';
import { startsWithSurname } from '../../src/nlu/entities/person-name.js';
import { isWellFormedText } from '../../src/text/well-formed.js';
import { withinBound, runs } from '../helpers/fuzz.js';
import { anyResidentText } from '../helpers/hostile-text.js';

const FORMS = fileURLToPath(new URL('../../forms', import.meta.url));
const BOUND_MS = 50;
const silent = { info: () => {}, warn: () => {}, error: () => {} };
let forms: FormDefinition[];

beforeAll(async () => {
  const registry = await loadForms(FORMS, silent);
  forms = registry.formTypes.map((type) => registry.forType(type));
  extractEntities('我叫王小明');
});

describe('form answer readers on hostile text', () => {
  it('every field of every form reads any answer at once, as a value or a kind problem', () => {
    const fields = forms.flatMap((form) => form.fields);
    expect(new Set(fields.map((f) => f.kind)).size).toBeGreaterThanOrEqual(8);
    fc.assert(
      fc.property(anyResidentText(), fc.constantFrom(...fields), (text, field) => {
        const entities = extractEntities(text);
        const reading = withinBound(BOUND_MS, () => readAnswer(field, text, entities), field.name);
        if (reading.ok) {
          if (typeof reading.value === 'number') expect(Number.isFinite(reading.value)).toBe(true);
          // A reader may shorten an answer, but never by cutting an emoji or a rare character in half.
          else if (isWellFormedText(text)) expect(isWellFormedText(reading.value)).toBe(true);
          expect(typeof withinBound(BOUND_MS, () => displayValue(field, reading.value))).toBe('string');
        } else {
          expect(reading.problem.length).toBeGreaterThan(0);
        }
      }),
      runs(400),
    );
  });

  it('every form infers what any first message implies at once: its choices are the form’s own', () => {
    fc.assert(
      fc.property(anyResidentText(), (text) => {
        const entities = extractEntities(text);
        for (const form of forms) {
          const fields: Record<string, FieldValue> = {};
          const told = withinBound(BOUND_MS, () => inferOpening(form, fields, text, entities), form.formType);
          for (const [name, value] of Object.entries(told)) {
            const choices = form.fields.find((f) => f.name === name)?.choices ?? [];
            for (const part of value.split('、')) expect(choices).toContain(part);
          }
        }
        expect(typeof withinBound(BOUND_MS, () => startsWithSurname(text))).toBe('boolean');
        expect(
          typeof withinBound(BOUND_MS, () => aliasNegated(text, text.length >> 1, text.slice(0, 4))),
        ).toBe('boolean');
        expect(typeof withinBound(BOUND_MS, () => namesRelative(text))).toBe('boolean');
        expect(typeof withinBound(BOUND_MS, () => forOwnChild(text))).toBe('boolean');
        // The writer's schooling is blanked, never moved: the opening keeps its length for the spans read after it.
        expect(withinBound(BOUND_MS, () => withoutWriterAtSchool(text)).length).toBe(text.length);
        expect(withinBound(BOUND_MS, () => withoutIllnessOfTheDead(text)).length).toBe(text.length);
        expect(typeof withinBound(BOUND_MS, () => alreadyHas(text, text.slice(2, 6)))).toBe('boolean');
        expect(typeof withinBound(BOUND_MS, () => toldRefusedOrClaimed(text, text.slice(2, 6)))).toBe(
          'boolean',
        );
        expect(typeof withinBound(BOUND_MS, () => withThousands(text))).toBe('string');
        const cost = withinBound(BOUND_MS, () => costAfterRefund(text));
        if (cost !== undefined) expect(Number.isFinite(cost) && cost >= 0).toBe(true);
        for (const field of forms.flatMap((form) => form.fields).filter((f) => f.kind === 'choice')) {
          const named = withinBound(BOUND_MS, () => choiceNamed(field, text), field.name);
          if (named !== undefined) expect(field.choices).toContain(named);
          // Every alias found stands where it was found and names one of the field's choices.
          for (const hit of withinBound(BOUND_MS, () => aliasHits(field, text, false), field.name)) {
            expect(field.choices).toContain(hit.choice);
            expect(text.slice(hit.start, hit.end)).toBe(hit.word.toLowerCase());
          }
        }
      }),
      runs(200),
    );
  });

  it('a correction of a phone’s last digits is read at once from any message, as a whole phone or none', () => {
    fc.assert(
      fc.property(anyResidentText(), (text) => {
        const phone = withinBound(BOUND_MS, () => phoneTailCorrected('13900001234', `手机后四位是${text}`));
        if (phone !== undefined) expect(phone).toMatch(/^13900[0-9]{6}$/);
        withinBound(BOUND_MS, () => phoneTailCorrected('13900001234', text));
      }),
      runs(300),
    );
  });

  it('who applies and the hardship are inferred at once from any first message', () => {
    fc.assert(
      fc.property(anyResidentText(), (text) => {
        withinBound(BOUND_MS, () => inferApplicantRelation(text));
        const hardship = withinBound(BOUND_MS, () => hardshipFromMessage(text, extractEntities(text)));
        if (hardship !== undefined && isWellFormedText(text)) expect(isWellFormedText(hardship)).toBe(true);
      }),
      runs(300),
    );
  });

  it('the confirmation summary is written at once from any stored answers', () => {
    fc.assert(
      fc.property(anyResidentText(), fc.constantFrom(...forms), (text, form) => {
        const values: Record<string, FieldValue> = {};
        for (const field of form.fields)
          values[field.name] = field.kind === 'integer' || field.kind === 'money' ? text.length : text;
        withinBound(BOUND_MS, () => summaryLines(form, values, []));
      }),
      runs(100),
    );
  });

  it('regression: a long answer with an emoji at the 1,000th character is kept whole, not cut in half (the database refused the lone half)', () => {
    const hardship = forms.flatMap((form) => form.fields).find((field) => field.kind === 'text')!;
    const text = `${'难'.repeat(999)}😭😭`;
    const reading = readAnswer(hardship, text, []);
    expect(reading).toEqual({ ok: true, value: '难'.repeat(999) });
    expect(hardshipFromMessage(`家里${'难'.repeat(997)}😭😭`, [])).toBe(`家里${'难'.repeat(997)}`);
  });

  it('an answer far over the channel limit is read within the bound: a reader reads the first 2,000 characters', () => {
    const text = `${'1'.repeat(99_999)}口`;
    for (const field of forms.flatMap((form) => form.fields))
      withinBound(BOUND_MS, () => readAnswer(field, text, []), field.name);
    withinBound(BOUND_MS, () => hardshipFromMessage(text, []));
  });
});
