import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { INTENT_NAMES } from './types.js';
import type { IntentModel, LabelledExample, TrainOptions } from './classifier.js';
import {
  feedKeyPart,
  feedSourceFiles,
  keyHash,
  packModel,
  readModelFile,
  unpackModel,
  writeModelFile,
} from './model-cache-files.js';

/**
 * The intent classifier trained on intents/ is kept on disk so that a start does not train it again (about a
 * third of a second on an idle machine, a second when the start shares the cores). The key changes with the examples,
 * the training options, the intents, and the source of the code that reads and trains (the classifier, the
 * features and the text helpers), so a stale model is never read.
 */

const FILES = { prefix: 'intent-model-', suffix: '.bin' };
// 2: idf and weights as float32 (1: float64), so a file of the older layout is never read as this one.
const MAGIC = 'yimen-intent-model/2';

const HERE = dirname(fileURLToPath(import.meta.url));
const CODE = {
  base: HERE,
  dirs: [join(HERE, '..', 'text')],
  files: [join(HERE, 'classifier'), join(HERE, 'features'), join(HERE, 'intent-cache')],
};

/** The key of a model: a hash of its examples, its options (without the tokenizer, which is code) and its code. */
export async function intentModelKey(
  examples: readonly LabelledExample[],
  options: TrainOptions,
): Promise<string> {
  const hash = keyHash();
  feedKeyPart(hash, 'format', MAGIC);
  feedKeyPart(hash, 'intents', INTENT_NAMES.join(','));
  const { features, ...rest } = options;
  feedKeyPart(
    hash,
    'options',
    JSON.stringify({ ...rest, features: features ? { ...features, tokenizer: undefined } : null }),
  );
  feedKeyPart(hash, 'examples', JSON.stringify(examples.map((e) => [e.text, e.intent])));
  await feedSourceFiles(hash, CODE);
  return hash.digest('hex').slice(0, 32);
}

// The header's own fields (the format, key and byte order come first: model-cache-files.ts).
interface Fields {
  intents: readonly string[];
  vocabulary: string[];
  temperature: number;
}

/** The model as bytes (model-cache-files.ts): idf as float32, bias as float64, weights as float32. */
export function encodeIntentModel(model: IntentModel, key: string): Buffer {
  const fields: Fields = {
    intents: INTENT_NAMES,
    vocabulary: model.vocabulary,
    temperature: model.temperature,
  };
  return packModel(MAGIC, key, fields, [model.idf, model.bias, model.weights]);
}

/** The model in bytes written by encodeIntentModel for `key`, or undefined when they are not that. */
export function decodeIntentModel(buffer: Buffer, key: string): IntentModel | undefined {
  try {
    const packed = unpackModel<Fields>(buffer, MAGIC, key);
    if (!packed || packed.header.intents.join(',') !== INTENT_NAMES.join(',')) return undefined;
    const { vocabulary, temperature } = packed.header;
    const V = vocabulary.length;
    const K = INTENT_NAMES.length;
    const idf = new Float32Array(packed.take(V * 4));
    const bias = new Float64Array(packed.take(K * 8));
    const weights = new Float32Array(packed.take(V * K * 4));
    if (!packed.done()) return undefined;
    return { vocabulary, idf, weights, bias, temperature };
  } catch {
    return undefined;
  }
}

/** The cached model of `key` in `dir`, or undefined (absent, unreadable, damaged or of another key). */
export async function readCachedIntentModel(dir: string, key: string): Promise<IntentModel | undefined> {
  const buffer = await readModelFile(dir, FILES, key);
  return buffer ? decodeIntentModel(buffer, key) : undefined;
}

/** Writes the model of `key` into `dir`; false, without throwing, when the folder cannot be written. */
export async function writeCachedIntentModel(dir: string, key: string, model: IntentModel): Promise<boolean> {
  return writeModelFile(dir, FILES, key, encodeIntentModel(model, key));
}
