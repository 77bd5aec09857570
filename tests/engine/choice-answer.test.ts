import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isTypedChoice } from '../../src/engine/choice-answer.js';
import type { FormDefinition, FormRegistry } from '../../src/forms/form-registry.js';
import type { FormField } from '../../src/forms/form-schema.js';
import { anyResidentText } from '../helpers/hostile-text.js';

const cause = {
  name: 'hardship_cause',
  label: '困难原因',
  question: '困难是因为什么突然发生的？',
  kind: 'choice',
  choices: ['生病或受伤', '火灾或自然灾害', '其他'],
  aliases: { 火灾或自然灾害: ['着火', '失火', '发大水'] },
} as unknown as FormField;
const form: FormDefinition = { formType: 'temporary', title: '临时救助', fields: [cause], groups: {} };
const forms: FormRegistry = { forType: () => form, suggestions: [], formTypes: ['temporary'] };

describe('a choice typed instead of tapped', () => {
  it.each(['着火', '着火了', '火灾或自然灾害', ' 发大水。'])('「%s」 for the cause field is the choice', (text) => {
    expect(isTypedChoice(forms, ['field:hardship_cause'], text)).toBe(true);
  });

  it.each(['着火了 快来人', '房子着火了 孩子还在里面', '救命'])('「%s」 is a message, not a choice', (text) => {
    expect(isTypedChoice(forms, ['field:hardship_cause'], text)).toBe(false);
  });

  it('is no choice when the bot is not asking that field', () => {
    expect(isTypedChoice(forms, ['field:hardship'], '着火')).toBe(false);
    expect(isTypedChoice(forms, [], '着火')).toBe(false);
  });

  it('reads any resident text without throwing, in bounded time', () => {
    fc.assert(
      fc.property(anyResidentText(), (text) => {
        const started = performance.now();
        expect(typeof isTypedChoice(forms, ['field:hardship_cause'], text)).toBe('boolean');
        expect(performance.now() - started).toBeLessThan(50);
      }),
    );
  });
});
