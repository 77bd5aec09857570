import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  feedKeyPart,
  feedSourceFiles,
  keyHash,
  packModel,
  readModelFile,
  unpackModel,
  writeModelFile,
} from '../model-cache-files.js';
import type { RiskNetModel } from './net.js';

/**
 * The learned net trained on risk/examples/ is kept on disk so that a start does not train it again (about
 * five seconds). The file is named by a key that changes with anything the net depends on: the labelled
 * examples, risk/signals.yaml (the net reads the text as the rules read it), the training options, and the
 * source of the code that reads and trains (this folder, the feature extractor and the text helpers). Any
 * change gives a new key, so a stale model is never read; when one is written, only the two most recent files
 * of other keys are kept.
 */

const FILES = { prefix: 'risk-net-', suffix: '.bin' };
// 4: weights as half-precision patterns and idf as float32 (2: float32 weights, float64 idf), so a file of an
// older layout is never read as this one.
const MAGIC = 'yimen-risk-net/4';

// The code the net's predictions depend on, relative to this module (src/nlu/risk/ or dist/src/nlu/risk/).
const HERE = dirname(fileURLToPath(import.meta.url));
const CODE_DIRS = [HERE, join(HERE, '..', '..', 'text')];
const CODE_FILES = [join(HERE, '..', 'features')];

/** The key of a net: a hash of what it is trained on and of the code that reads and trains. */
export async function riskNetCacheKey(parts: {
  /** The labelled files, as [name, content]. */
  examples: readonly (readonly [string, string])[];
  /** Everything else the net depends on (risk/signals.yaml, the training options …). */
  extra: readonly string[];
}): Promise<string> {
  const hash = keyHash();
  feedKeyPart(hash, 'format', MAGIC);
  for (const [name, content] of parts.examples) feedKeyPart(hash, `example:${name}`, content);
  parts.extra.forEach((content, i) => feedKeyPart(hash, `extra:${String(i)}`, content));
  await feedSourceFiles(hash, { base: HERE, dirs: CODE_DIRS, files: CODE_FILES });
  return hash.digest('hex').slice(0, 32);
}

// The header's own fields (the format, key and byte order come first: model-cache-files.ts).
interface Fields {
  classNames: string[];
  counts: number[];
  vocabulary: string[];
  trigramBuckets?: number;
  hints?: boolean;
}

/** The model as bytes (model-cache-files.ts): idf as float32, bias as float64, then the weights as float16. */
export function encodeRiskNetModel(model: RiskNetModel, key: string): Buffer {
  const fields: Fields = {
    classNames: model.classNames,
    counts: model.counts,
    vocabulary: model.vocabulary,
    ...(model.trigramBuckets ? { trigramBuckets: model.trigramBuckets } : {}),
    ...(model.hints ? { hints: true } : {}),
  };
  return packModel(MAGIC, key, fields, [model.idf, model.bias, model.weights]);
}

/** The model in bytes written by encodeRiskNetModel for `key`, or undefined when they are not that. */
export function decodeRiskNetModel(buffer: Buffer, key: string): RiskNetModel | undefined {
  try {
    const packed = unpackModel<Fields>(buffer, MAGIC, key);
    if (!packed) return undefined;
    const { header } = packed;
    const V = header.vocabulary.length;
    const K = header.classNames.length;
    if (header.counts.length !== K || K < 2) return undefined;
    const idf = new Float32Array(packed.take(V * 4));
    const bias = new Float64Array(packed.take(K * 8));
    const weights = new Uint16Array(packed.take(V * K * 2));
    if (!packed.done()) return undefined;
    return {
      classNames: header.classNames,
      counts: header.counts,
      vocabulary: header.vocabulary,
      idf,
      weights,
      bias,
      ...(header.trigramBuckets ? { trigramBuckets: header.trigramBuckets } : {}),
      ...(header.hints ? { hints: true } : {}),
    };
  } catch {
    return undefined;
  }
}

/** The cached model of `key` in `dir`, or undefined (absent, unreadable, damaged or of another key). */
export async function readCachedRiskNet(dir: string, key: string): Promise<RiskNetModel | undefined> {
  const buffer = await readModelFile(dir, FILES, key);
  return buffer ? decodeRiskNetModel(buffer, key) : undefined;
}

/**
 * Writes the model of `key` into `dir` (atomically: a temporary file renamed) and removes the files of
 * other keys. Returns false, without throwing, when the folder cannot be written (a read-only install).
 */
export async function writeCachedRiskNet(dir: string, key: string, model: RiskNetModel): Promise<boolean> {
  return writeModelFile(dir, FILES, key, encodeRiskNetModel(model, key));
}
