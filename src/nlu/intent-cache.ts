import { endianness } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { INTENT_NAMES } from './types.js';
import type { IntentModel, LabelledExample, TrainOptions } from './classifier.js';
import { feedKeyPart, feedSourceFiles, keyHash, readModelFile, writeModelFile } from './model-cache-files.js';

/**
 * The intent classifier trained on intents/ is kept on disk so that a start does not train it again (about a
 * third of a second on an idle machine, a second when the start shares the cores). The key changes with the examples,
 * the training options, the intents, and the source of the code that reads and trains (the classifier, the
 * features and the text helpers), so a stale model is never read.
 */

const FILES = { prefix: 'intent-model-', suffix: '.bin' };
const MAGIC = 'yimen-intent-model/1';

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

interface Header {
  magic: string;
  key: string;
  endianness: 'BE' | 'LE';
  intents: readonly string[];
  vocabulary: string[];
  temperature: number;
}

/** The model as bytes: a length-prefixed JSON header, padding to 8 bytes, then idf, bias and weights as float64. */
export function encodeIntentModel(model: IntentModel, key: string): Buffer {
  const header: Header = {
    magic: MAGIC,
    key,
    endianness: endianness(),
    intents: INTENT_NAMES,
    vocabulary: model.vocabulary,
    temperature: model.temperature,
  };
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  const length = Buffer.alloc(4);
  length.writeUInt32LE(json.length);
  const pad = Buffer.alloc((8 - ((4 + json.length) % 8)) % 8);
  const bytes = (a: Float64Array): Buffer => Buffer.from(a.buffer, a.byteOffset, a.byteLength);
  return Buffer.concat([length, json, pad, bytes(model.idf), bytes(model.bias), bytes(model.weights)]);
}

/** The model in bytes written by encodeIntentModel for `key`, or undefined when they are not that. */
export function decodeIntentModel(buffer: Buffer, key: string): IntentModel | undefined {
  try {
    const length = buffer.readUInt32LE(0);
    const header = JSON.parse(buffer.subarray(4, 4 + length).toString('utf8')) as Header;
    if (header.magic !== MAGIC || header.key !== key || header.endianness !== endianness()) return undefined;
    if (header.intents.join(',') !== INTENT_NAMES.join(',')) return undefined;
    const V = header.vocabulary.length;
    const K = INTENT_NAMES.length;
    let offset = 4 + length;
    offset += (8 - (offset % 8)) % 8;
    const take = (count: number): Float64Array => {
      const end = offset + count * 8;
      if (end > buffer.length) throw new RangeError('truncated');
      const out = new Float64Array(buffer.buffer.slice(buffer.byteOffset + offset, buffer.byteOffset + end));
      offset = end;
      return out;
    };
    const idf = take(V);
    const bias = take(K);
    const weights = take(V * K);
    if (offset !== buffer.length) return undefined;
    return { vocabulary: header.vocabulary, idf, weights, bias, temperature: header.temperature };
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
