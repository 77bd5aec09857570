// Property tests over the text helpers of the LLM layer, which read residents' messages and the model's
// drafts. Bound: 50 ms a call on 2,000 characters (typical: under 5 ms).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { numbersIn, statedFigures } from '../../src/llm/figures.js';
import { parsePrompt, renderPrompt } from '../../src/llm/prompts.js';
import { redactIdentifiers } from '../../src/llm/redact.js';
import { verifySentences, type Passage } from '../../src/llm/verify-sentences.js';
import { withinBound, runs } from '../helpers/fuzz.js';
import { anyResidentText, hostileText, pumpedText } from '../helpers/hostile-text.js';

const BOUND_MS = 50;
const text = anyResidentText();
const entity = fc.record({
  type: fc.constantFrom('id_number' as const, 'phone' as const, 'person_name' as const),
  value: fc.string(),
  text: fc.oneof(hostileText(20), fc.constant('')),
});

function passage(id: string, body: string): Passage {
  return { id, hit: { documentId: 'd', title: '标题', section: '一、总则', text: body, score: 1 } };
}

describe('LLM text helpers on hostile text', () => {
  it('identity numbers are redacted at once, whatever the message and the entities found in it', () => {
    fc.assert(
      fc.property(text, fc.array(entity, { maxLength: 5 }), fc.boolean(), (t, entities, allLongNumbers) => {
        expect(typeof withinBound(BOUND_MS, () => redactIdentifiers(t, { entities, allLongNumbers }))).toBe(
          'string',
        );
      }),
      runs(300),
    );
  });

  it('the figures a sentence states are read at once, and every one is a finite number', () => {
    fc.assert(
      fc.property(text, (t) => {
        for (const figure of withinBound(BOUND_MS, () => statedFigures(t)))
          expect(Number.isFinite(figure)).toBe(true);
        withinBound(BOUND_MS, () => numbersIn(t));
      }),
      runs(300),
    );
  });

  it('drafted sentences with any text and any citation are verified at once', () => {
    const draft = fc.record({
      text: fc.oneof(text, pumpedText(500)),
      citations: fc.array(
        fc.oneof(fc.constantFrom('P1', ' [P2] ', '（P1）', 'p3'), hostileText(30), pumpedText(300)),
        { maxLength: 4 },
      ),
    });
    fc.assert(
      fc.property(fc.array(draft, { maxLength: 4 }), text, (drafts, body) => {
        const result = withinBound(BOUND_MS, () =>
          verifySentences(drafts, [passage('P1', body), passage('P2', '每月500元')]),
        );
        expect(result.kept.length).toBeLessThanOrEqual(drafts.length);
      }),
      runs(200),
    );
  });

  it('a prompt is rendered at once with any resident text, which is inserted as written', () => {
    const template = parsePrompt('test.md', '## system\n你是助手。\n## user\n居民说：{{message}}');
    fc.assert(
      fc.property(text, (t) => {
        const [, user] = withinBound(BOUND_MS, () => renderPrompt(template, { message: t }));
        expect(user?.content).toBe(`居民说：${t}`);
      }),
      runs(300),
    );
  });

  it('regression: a citation padded with thousands of spaces is read at once (four nested \\s* loops)', () => {
    const padded = `${' '.repeat(3000)}P1${' '.repeat(3000)}x`;
    const result = withinBound(BOUND_MS, () =>
      verifySentences([{ text: '按规定办理。', citations: [padded, ' P1 '] }], [passage('P1', '按规定办理')]),
    );
    expect(result.kept).toHaveLength(1);
  });
});
