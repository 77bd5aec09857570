// intents/writers.yaml: the writers' openings the classifier trains on, generated from the
// development sets; out of date, or with a sentence an intent file labels otherwise, it fails here.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildTrainingData, loadTrainingData, TrainingDataError } from '../../src/nlu/training-data.js';
import { INTENT_NAMES } from '../../src/nlu/types.js';
import { collectWriterExamples, renderWriterExamples } from '../../scripts/writer-intents.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

function intentFiles(): Map<string, unknown> {
  const files = new Map<string, unknown>();
  for (const intent of INTENT_NAMES)
    files.set(`${intent}.yaml`, { intent, examples: [`例句${intent}`], responses: [{ text: '好的' }] });
  return files;
}

describe('the writers’ examples (intents/writers.yaml)', () => {
  it('is what `npm run intents:writers` makes of the development sets today', () => {
    const current = readFileSync(new URL('../../intents/writers.yaml', import.meta.url), 'utf8');
    expect(current === renderWriterExamples(collectWriterExamples(ROOT)), 'run npm run intents:writers').toBe(
      true,
    );
  });

  it('labels openings by the resident’s kind, each once', () => {
    const examples = collectWriterExamples(ROOT);
    const intents = new Set(examples.map((e) => e.intent));
    expect(intents).toEqual(new Set(['apply', 'check_status', 'ask_policy', 'report_urgent']));
    expect(new Set(examples.map((e) => e.text)).size).toBe(examples.length);
  });

  it('is added to the intent files, whose own label wins for a sentence both hold', async () => {
    const data = buildTrainingData(intentFiles(), {
      examples: [
        { text: '例句greet', intent: 'apply' },
        { text: '家里遭了灾 想申请点救助', intent: 'apply' },
      ],
    });
    expect(data.examples.filter((e) => e.text === '例句greet').map((e) => e.intent)).toEqual(['greet']);
    expect(data.examples.at(-1)).toEqual({ text: '家里遭了灾 想申请点救助', intent: 'apply', weight: 0.5 });
    const loaded = await loadTrainingData(fileURLToPath(new URL('../../intents', import.meta.url)));
    expect(loaded.examples.length).toBeGreaterThan(3000);
  });

  it('rejects an example with an intent the classifier does not know', () => {
    expect(() =>
      buildTrainingData(intentFiles(), { examples: [{ text: '你好', intent: 'report_other' }] }),
    ).toThrow(TrainingDataError);
  });
});
