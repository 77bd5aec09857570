// Property tests over the readers added for whole conversations: each takes arbitrary Unicode (emoji, lone
// surrogates, 2,000-character runs) and returns within its bound without throwing. Bound: 100 ms a call,
// stretched on a busy machine by withinBound.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadForms } from '../../src/forms/load-forms.js';
import type { FormRegistry } from '../../src/forms/form-registry.js';
import { addressSpan, correctAddress } from '../../src/forms/address-span.js';
import { readAnswer } from '../../src/forms/read-answer.js';
import { namedCorrection } from '../../src/flows/application/named-correction.js';
import { englishYes, proxyAgreementInConsent } from '../../src/flows/application/proxy-agreement.js';
import { spelledDigits, spokenDigits } from '../../src/text/spoken-digits.js';
import { asksToApplyInEnglish, otherLanguage } from '../../src/nlu/other-language.js';
import { likelyTypes } from '../../src/flows/application/likely-types.js';
import { createTextReader, withPinyinUnits, type TextReader } from '../../src/text/text-reader.js';
import { toSimplified } from '../../src/text/to-simplified.js';
import { awaitsResult } from '../../src/nlu/awaits-result.js';
import { asksUsualTime } from '../../src/nlu/usual-time.js';
import { failedIdNumber, idWithTailFixed } from '../../src/flows/application/id-tail-fix.js';
import { isValidIdNumber } from '../../src/identity/id-number.js';
import { withinBound, runs } from '../helpers/fuzz.js';
import { anyResidentText } from '../helpers/hostile-text.js';

const BOUND_MS = 100;
let forms: FormRegistry;
let readText: TextReader;

beforeAll(async () => {
  forms = await loadForms('forms', { warn: () => undefined });
  readText = createTextReader(['我想申请低保', '救命', '查询进度', '医疗救助']);
  // The pinyin tables are built on the first pinyin message; built here so the bound measures reading.
  readText('wo xiang shen qing di bao');
});

describe('readers of whole conversations on hostile text', () => {
  it('addressSpan returns a short span of the answer or nothing', () => {
    fc.assert(
      fc.property(anyResidentText(), (text) => {
        const span = withinBound(BOUND_MS, () => addressSpan(text), 'addressSpan');
        if (span !== undefined) expect(span.length).toBeLessThanOrEqual(60);
      }),
      runs(300),
    );
  });

  it('correctAddress returns a short address or nothing, whatever the address before and the correction', () => {
    fc.assert(
      fc.property(anyResidentText(), anyResidentText(), (before, text) => {
        const fixed = withinBound(BOUND_MS, () => correctAddress(before, text), 'correctAddress');
        if (fixed !== undefined) expect(fixed.length).toBeLessThanOrEqual(60);
      }),
      runs(200),
    );
  });

  it('namedCorrection names a field of the form or nothing', () => {
    const definition = forms.forType('minimum_living');
    fc.assert(
      fc.property(anyResidentText(), (text) => {
        const named = withinBound(BOUND_MS, () => namedCorrection(definition, text), 'namedCorrection');
        if (named) expect(definition.fields).toContain(named.field);
      }),
      runs(300),
    );
  });

  it('several choices are read from any answer as choices of the field', () => {
    const field = forms.forType('minimum_living').fields.find((f) => f.name === 'special_members')!;
    fc.assert(
      fc.property(anyResidentText(), (text) => {
        const reading = withinBound(BOUND_MS, () => readAnswer(field, text, []), 'readAnswer(multiple)');
        if (reading.ok)
          for (const choice of String(reading.value).split('、')) expect(field.choices).toContain(choice);
      }),
      runs(300),
    );
  });

  it('the text reader, toSimplified, the digit readers, the consent-for-another reader and otherLanguage return at once', () => {
    fc.assert(
      fc.property(anyResidentText(), (text) => {
        expect(typeof withinBound(BOUND_MS, () => readText(text), 'readText')).toBe('string');
        expect(typeof withinBound(BOUND_MS, () => toSimplified(text), 'toSimplified')).toBe('string');
        expect(withinBound(BOUND_MS, () => spokenDigits(text), 'spokenDigits')).toMatch(/^[0-9]*$/);
        expect(typeof withinBound(BOUND_MS, () => spelledDigits(text), 'spelledDigits')).toBe('string');
        expect([true, false, undefined]).toContain(
          withinBound(BOUND_MS, () => proxyAgreementInConsent(text), 'proxyAgreementInConsent'),
        );
        expect([undefined, 'en', 'other']).toContain(
          withinBound(BOUND_MS, () => otherLanguage(text), 'otherLanguage'),
        );
        expect(typeof withinBound(BOUND_MS, () => asksToApplyInEnglish(text), 'asksToApplyInEnglish')).toBe(
          'boolean',
        );
        expect(Array.isArray(withinBound(BOUND_MS, () => likelyTypes(text), 'likelyTypes'))).toBe(true);
        expect(typeof withinBound(BOUND_MS, () => englishYes(text), 'englishYes')).toBe('boolean');
        // Round 30: a figure's unit in pinyin (1.5 wan) written as the character; never longer than the text.
        const units = withinBound(BOUND_MS, () => withPinyinUnits(text), 'withPinyinUnits');
        expect(units.length).toBeLessThanOrEqual(text.length);
      }),
      runs(300),
    );
  });

  it('awaitsResult and the ID number tail fix return within the bound; a fixed number always passes its check', () => {
    fc.assert(
      fc.property(anyResidentText(), anyResidentText(), (text, before) => {
        expect(typeof withinBound(BOUND_MS, () => awaitsResult(text), 'awaitsResult')).toBe('boolean');
        expect(typeof withinBound(BOUND_MS, () => asksUsualTime(text), 'asksUsualTime')).toBe('boolean');
        const failed = withinBound(BOUND_MS, () => failedIdNumber(before), 'failedIdNumber');
        if (failed !== undefined) expect(failed).toHaveLength(18);
        const fixed = withinBound(
          BOUND_MS,
          () => idWithTailFixed(failed ?? '320281198004123011', text),
          'idWithTailFixed',
        );
        if (fixed !== undefined) expect(isValidIdNumber(fixed)).toBe(true);
      }),
      runs(300),
    );
  });

  it('pinyin-looking runs of any length are read within the bound', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z ]{0,2000}$/), (text) => {
        withinBound(BOUND_MS, () => readText(text), 'readText(pinyin)');
      }),
      runs(100),
    );
  });

  it('pinyin with digits among the syllables is read within the bound, keeping every digit', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z0-9 ]{0,300}$/), (text) => {
        const read = withinBound(BOUND_MS, () => readText(text), 'readText(pinyin+digits)');
        const digits = (s: string): string => s.replace(/[^0-9]/g, '');
        if (read !== text && /[a-z]/.test(text)) expect(digits(read)).toBe(digits(text));
      }),
      runs(100),
    );
  });
});
