// Property tests over the whole understanding of a message: the urgency lexicon, the intent classifier
// and nlu.parse (built once from intents/). Bounds on 2,000 characters: 100 ms for the urgency lexicon
// and for the classifier, 200 ms for parse (typical worst attack string: under 30 ms).
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { createNlu, type TrainedNlu } from '../../src/nlu/create-nlu.js';
import { splitClauses } from '../../src/nlu/urgency/clauses.js';
import { INTENT_NAMES } from '../../src/nlu/types.js';
import { withinBound, runs } from '../helpers/fuzz.js';
import { anyResidentText } from '../helpers/hostile-text.js';

const INTENTS_DIR = fileURLToPath(new URL('../../intents', import.meta.url));
const URGENCY_MS = 100;
const CLASSIFY_MS = 100;
const PARSE_MS = 200;
let nlu: TrainedNlu;

beforeAll(async () => {
  nlu = await createNlu({ intentsDir: INTENTS_DIR });
  nlu.parse('预热一下');
});

describe('understanding hostile text', () => {
  it('the urgency lexicon and its clause splitter return at once with a level and reasons', () => {
    fc.assert(
      fc.property(anyResidentText(), (text) => {
        const clauses = withinBound(URGENCY_MS, () => splitClauses(text));
        for (const clause of clauses) expect(text.slice(clause.start, clause.end)).toBe(clause.text);
        const urgency = withinBound(URGENCY_MS, () => nlu.lexiconUrgency(text), 'lexiconUrgency');
        expect(['none', 'high', 'critical']).toContain(urgency.level);
      }),
      runs(300),
    );
  });

  it('the intent classifier returns at once with probabilities that add up to one', () => {
    fc.assert(
      fc.property(anyResidentText(), (text) => {
        const prediction = withinBound(CLASSIFY_MS, () => nlu.classifier.classify(text), 'classify');
        const total = Object.values(prediction.probabilities).reduce((sum, p) => sum + p, 0);
        expect(total).toBeCloseTo(1, 6);
      }),
      runs(300),
    );
  });

  it('parse returns at once with an intent, entities and urgency, whatever the message', () => {
    fc.assert(
      fc.property(anyResidentText(), (text) => {
        const result = withinBound(PARSE_MS, () => nlu.parse(text), 'parse');
        expect(INTENT_NAMES).toContain(result.intent.name);
        expect(Number.isFinite(result.intent.confidence)).toBe(true);
        expect(['none', 'high', 'critical']).toContain(result.urgency.level);
      }),
      runs(250),
    );
  });

  it('regression: a crisis word and then 「之前现在」 five hundred times is judged in milliseconds, not a second (resolved_past context)', () => {
    const text = `想死。${'之前现在'.repeat(499)}`;
    expect(withinBound(PARSE_MS, () => nlu.parse(text)).urgency.level).toBe('critical');
  });

  it('regression: 2,000 Chinese numerals or digits no longer cost the urgency lexicon a hundred milliseconds (unbounded [0-9一…]+年前)', () => {
    for (const text of ['一'.repeat(2000), '几'.repeat(2000), `${'1'.repeat(1999)}口`]) {
      withinBound(URGENCY_MS / 4, () => nlu.lexiconUrgency(text), text.slice(-2));
    }
  });

  it('a message far over the channel limit is still understood within the bound: the NLU reads the first 2,000 characters', () => {
    for (const text of [
      `我想申请低保${'一家共有'.repeat(25_000)}`,
      '🙏'.repeat(50_000),
      `${'1'.repeat(99_999)}口`,
    ]) {
      withinBound(PARSE_MS, () => nlu.parse(text), `parse of ${text.length} characters`);
      withinBound(PARSE_MS, () => nlu.detectUrgency(text), 'detectUrgency');
      withinBound(PARSE_MS, () => nlu.lexiconUrgency(text), 'lexiconUrgency');
    }
    expect(nlu.parse(`我想申请低保${'啊'.repeat(100_000)}`).intent.name).toBe('apply');
  });
});
