import { endianness } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  feedKeyPart,
  feedSourceFiles,
  keyHash,
  readModelFile,
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
const MAGIC = 'yimen-risk-net/2';

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

interface Header {
  magic: string;
  key: string;
  /** The byte order the floats were written in (the platform's). */
  endianness: 'BE' | 'LE';
  classNames: string[];
  counts: number[];
  vocabulary: string[];
  trigramBuckets?: number;
  hints?: boolean;
}

/** The model as bytes: a length-prefixed JSON header, then idf and bias as float64 and the weights as float32. */
export function encodeRiskNetModel(model: RiskNetModel, key: string): Buffer {
  const header: Header = {
    magic: MAGIC,
    key,
    endianness: endianness(),
    classNames: model.classNames,
    counts: model.counts,
    vocabulary: model.vocabulary,
    ...(model.trigramBuckets ? { trigramBuckets: model.trigramBuckets } : {}),
    ...(model.hints ? { hints: true } : {}),
  };
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  const length = Buffer.alloc(4);
  length.writeUInt32LE(json.length);
  // Float64 arrays start on an 8-byte boundary of the file, so that they can be read without copying bytes.
  const pad = Buffer.alloc((8 - ((4 + json.length) % 8)) % 8);
  const bytes = (a: Float64Array | Float32Array): Buffer => Buffer.from(a.buffer, a.byteOffset, a.byteLength);
  return Buffer.concat([length, json, pad, bytes(model.idf), bytes(model.bias), bytes(model.weights)]);
}

/** The model in bytes written by encodeRiskNetModel for `key`, or undefined when they are not that. */
export function decodeRiskNetModel(buffer: Buffer, key: string): RiskNetModel | undefined {
  try {
    const length = buffer.readUInt32LE(0);
    const header = JSON.parse(buffer.subarray(4, 4 + length).toString('utf8')) as Header;
    if (header.magic !== MAGIC || header.key !== key || header.endianness !== endianness()) return undefined;
    const V = header.vocabulary.length;
    const K = header.classNames.length;
    if (header.counts.length !== K || K < 2) return undefined;
    let offset = 4 + length;
    offset += (8 - (offset % 8)) % 8;
    // One copy of the bytes into a fresh, aligned buffer (platform byte order, as encode wrote them).
    const take = (bytes: number): ArrayBufferLike => {
      const end = offset + bytes;
      if (end > buffer.length) throw new RangeError('truncated');
      const out = buffer.buffer.slice(buffer.byteOffset + offset, buffer.byteOffset + end);
      offset = end;
      return out;
    };
    const idf = new Float64Array(take(V * 8));
    const bias = new Float64Array(take(K * 8));
    const weights = new Float32Array(take(V * K * 4));
    if (offset !== buffer.length) return undefined;
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
