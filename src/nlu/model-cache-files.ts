import { createHash, type Hash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { endianness } from 'node:os';
import { join, relative } from 'node:path';

/**
 * Files of learned models kept on disk between starts (the risk net, the intent classifier): one file per key,
 * written atomically, and only the most recent files of other keys kept beside it (another checkout sharing the
 * folder, a branch switch). A key changes with anything the model depends on, so a stale model is never read.
 */

// Models of other keys kept beside the current one.
const KEEP_OTHERS = 2;

/** A family of model files in a folder: `<prefix><key><suffix>`. */
export interface ModelFiles {
  prefix: string;
  suffix: string;
}

/** The bytes of the model file of `key` in `dir`, or undefined when there is none or it cannot be read. */
export async function readModelFile(
  dir: string,
  files: ModelFiles,
  key: string,
): Promise<Buffer | undefined> {
  try {
    return await readFile(join(dir, `${files.prefix}${key}${files.suffix}`));
  } catch {
    return undefined;
  }
}

/**
 * Writes the model file of `key` into `dir` (a temporary file renamed) and removes all but the newest files of
 * other keys. Returns false, without throwing, when the folder cannot be written (a read-only install).
 */
export async function writeModelFile(
  dir: string,
  files: ModelFiles,
  key: string,
  bytes: Buffer,
): Promise<boolean> {
  const name = `${files.prefix}${key}${files.suffix}`;
  const temporary = join(dir, `.${name}.${String(process.pid)}.tmp`);
  try {
    await mkdir(dir, { recursive: true });
    await writeFile(temporary, bytes);
    await rename(temporary, join(dir, name));
    const others: { file: string; time: number }[] = [];
    for (const other of await readdir(dir))
      if (other.startsWith(files.prefix) && other.endsWith(files.suffix) && other !== name)
        others.push({ file: join(dir, other), time: (await stat(join(dir, other))).mtimeMs });
    others.sort((a, b) => b.time - a.time);
    for (const { file } of others.slice(KEEP_OTHERS)) await rm(file, { force: true });
    return true;
  } catch {
    await rm(temporary, { force: true }).catch(() => undefined);
    return false;
  }
}

/** Feeds one labelled part into a key's hash, its length first, so that parts cannot run into each other. */
export function feedKeyPart(hash: Hash, label: string, content: string | Buffer): void {
  hash.update(`${label}\u0000${String(content.length)}\u0000`);
  hash.update(content);
}

/**
 * Feeds the source of the code a model depends on into a key's hash: every .ts or .js file of `dirs`, and the
 * `files` given without extension (both the .ts and the .js, whichever the layout has), named relative to `base`.
 */
export async function feedSourceFiles(
  hash: Hash,
  code: { base: string; dirs: readonly string[]; files: readonly string[] },
): Promise<void> {
  const paths: string[] = [];
  for (const dir of code.dirs) {
    let names: string[];
    try {
      names = await readdir(dir);
    } catch {
      continue;
    }
    for (const name of names.sort()) if (/\.(?:ts|js)$/u.test(name)) paths.push(join(dir, name));
  }
  for (const file of code.files) paths.push(`${file}.ts`, `${file}.js`);
  for (const path of paths) {
    try {
      feedKeyPart(hash, `code:${relative(code.base, path)}`, await readFile(path));
    } catch {
      // Absent in this layout (the .ts beside a .js, or the reverse): nothing to hash.
    }
  }
}

/** A fresh SHA-256 for a cache key. */
export function keyHash(): Hash {
  return createHash('sha256');
}

/** What every model file's header starts with: the format, the key, and the byte order of the arrays. */
interface FileHeader {
  magic: string;
  key: string;
  endianness: 'BE' | 'LE';
}

/**
 * A model as bytes: a length-prefixed JSON header (the format, the key, the platform's byte order, then `fields`),
 * padding so that the arrays start on an 8-byte boundary of the file, then each array's bytes in turn.
 */
export function packModel(
  magic: string,
  key: string,
  fields: object,
  arrays: readonly (Float64Array | Float32Array | Uint16Array)[],
): Buffer {
  const header = { magic, key, endianness: endianness(), ...fields };
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  const length = Buffer.alloc(4);
  length.writeUInt32LE(json.length);
  const pad = Buffer.alloc((8 - ((4 + json.length) % 8)) % 8);
  const bytes = arrays.map((a) => Buffer.from(a.buffer, a.byteOffset, a.byteLength));
  return Buffer.concat([length, json, pad, ...bytes]);
}

/** Bytes written by packModel, opened: the header's fields, and the arrays taken in the order they were packed. */
export interface PackedModel<Fields> {
  header: Fields;
  /** A copy of the next `bytes` bytes into a fresh, aligned buffer; throws a RangeError when the file is short. */
  take(bytes: number): ArrayBuffer;
  /** True when every byte was taken. */
  done(): boolean;
}

/**
 * Opens bytes written by packModel for this format and key on this platform; undefined when they are of another
 * format, key or byte order. A header that is not JSON throws (callers read a damaged file as no file).
 */
export function unpackModel<Fields>(
  buffer: Buffer,
  magic: string,
  key: string,
): PackedModel<Fields> | undefined {
  const length = buffer.readUInt32LE(0);
  const header = JSON.parse(buffer.subarray(4, 4 + length).toString('utf8')) as FileHeader & Fields;
  if (header.magic !== magic || header.key !== key || header.endianness !== endianness()) return undefined;
  let offset = 4 + length;
  offset += (8 - (offset % 8)) % 8;
  return {
    header,
    take(bytes) {
      const end = offset + bytes;
      if (end > buffer.length) throw new RangeError('truncated');
      const out = buffer.buffer.slice(buffer.byteOffset + offset, buffer.byteOffset + end) as ArrayBuffer;
      offset = end;
      return out;
    },
    done: () => offset === buffer.length,
  };
}
