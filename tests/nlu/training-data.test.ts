import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildTrainingData, loadTrainingData, TrainingDataError } from '../../src/nlu/training-data.js';
import { INTENT_NAMES } from '../../src/nlu/types.js';

const INTENTS_DIR = fileURLToPath(new URL('../../intents', import.meta.url));

function allIntents(extra: Record<string, unknown> = {}): Map<string, unknown> {
  const files = new Map<string, unknown>();
  for (const intent of INTENT_NAMES)
    files.set(`${intent}.yaml`, { intent, examples: [`例句${intent}`], responses: [{ text: '好的' }] });
  for (const [name, value] of Object.entries(extra)) files.set(name, value);
  return files;
}

describe('training data in intents/', () => {
  it('loads all 13 intents with their examples and replies', async () => {
    const data = await loadTrainingData(INTENTS_DIR);
    expect(new Set(data.examples.map((e) => e.intent))).toEqual(new Set(INTENT_NAMES));
    for (const intent of INTENT_NAMES) expect(data.responses[intent].length).toBeGreaterThan(0);
  });

  it('rejects a file whose intent does not match its name', () => {
    expect(() =>
      buildTrainingData(
        allIntents({ 'greet.yaml': { intent: 'thanks', examples: ['你好'], responses: [{ text: '您好' }] } }),
      ),
    ).toThrow(TrainingDataError);
  });

  it('rejects a missing intent, naming it', () => {
    const files = allIntents();
    files.delete('cancel.yaml');
    expect(() => buildTrainingData(files)).toThrow(/cancel/u);
  });

  it('rejects the same example under two intents', () => {
    const files = allIntents({
      'affirm.yaml': { intent: 'affirm', examples: ['例句deny'], responses: [{ text: '好' }] },
    });
    expect(() => buildTrainingData(files)).toThrow(/appears in both/u);
  });

  it('reads numbers that YAML parsed as numbers as text', () => {
    const data = buildTrainingData(
      allIntents({
        'goodbye.yaml': { intent: 'goodbye', examples: [88, '再见'], responses: [{ text: '再见' }] },
      }),
    );
    expect(data.examples).toContainEqual({ text: '88', intent: 'goodbye' });
  });
});
