import { createCipheriv, createDecipheriv, createHash, createHmac, hkdfSync, randomBytes } from 'node:crypto';
import { pooledRandomBytes } from '../../runtime/random-pool.js';

/** One 32-byte data key and the short id stored with every value it sealed. */
export interface DataKey {
  id: string;
  key: Buffer;
}

// Every sealed value starts with this, so a reader tells a sealed value from a row written before encryption.
const PREFIX = 'enc1:';
const IV_BYTES = 12;
const TAG_BYTES = 16;

/** The key id: a fingerprint of the key, so two instances can tell they hold the same key without sharing it. */
export function keyIdOf(key: Buffer): string {
  return createHash('sha256').update('yimen data key id\0').update(key).digest('hex').slice(0, 8);
}

/** A data key from its base64 text (32 bytes); throws with a message that never quotes the key. */
export function dataKeyFromBase64(text: string, name: string): DataKey {
  const key = Buffer.from(text.trim(), 'base64');
  if (key.length !== 32)
    throw new Error(`${name} must be 32 random bytes in base64 (e.g. from \`openssl rand -base64 32\`)`);
  return { id: keyIdOf(key), key };
}

/** A fresh random data key. */
export function generateDataKey(): DataKey {
  const key = randomBytes(32);
  return { id: keyIdOf(key), key };
}

/**
 * Seals and opens personal data at the store boundary (AES-256-GCM), and hashes values for look-ups
 * (HMAC-SHA-256) so an ID number or phone can be found without being stored in a readable form.
 */
export interface DataCipher {
  /** The id of the key new values are sealed with. */
  readonly keyId: string;
  /** Every key id this cipher can open. */
  readonly keyIds: readonly string[];
  seal(plain: string): string;
  /** Opens a sealed value; a value written before encryption (no prefix) is returned as it is. */
  open(stored: string): string;
  sealJson(value: unknown): string;
  /** Opens a sealed JSON value; a legacy row (plain JSON text or an already parsed object) is parsed as it is. */
  openJson<T>(stored: unknown): T;
  /** The look-up hash under the current key. */
  lookupHash(value: string): string;
  /** The look-up hashes under every key held, so rows hashed before a rotation are still found. */
  lookupHashes(value: string): string[];
  /** True when the value is sealed with the current key (the re-encryption job skips it). */
  isCurrent(stored: string): boolean;
  /** The key id a stored value was sealed with, or null for a plain (legacy) value. */
  keyIdOfValue(stored: string): string | null;
}

/** Thrown when a value was sealed with a key this instance does not hold. */
export class UnknownDataKeyError extends Error {
  override readonly name = 'UnknownDataKeyError';
}

// ID numbers are compared without regard to the case of the final X; phones and text as typed.
const normalise = (value: string): string => value.trim().toUpperCase();

/** A cipher over the current key and the older keys kept for reading. */
export function createDataCipher(current: DataKey, older: readonly DataKey[] = []): DataCipher {
  const keys = new Map<string, Buffer>([[current.id, current.key]]);
  for (const key of older) if (!keys.has(key.id)) keys.set(key.id, key.key);
  // A separate key for hashing, derived from each data key, so a hash never reveals anything about the sealing key.
  const hashKeys = new Map(
    [...keys].map(([id, key]) => [id, Buffer.from(hkdfSync('sha256', key, '', 'yimen lookup hash', 32))]),
  );
  const hashWith = (id: string, value: string): string =>
    createHmac('sha256', hashKeys.get(id)!).update(normalise(value)).digest('base64url');

  function keyIdOfValue(stored: string): string | null {
    if (!stored.startsWith(PREFIX)) return null;
    return stored.slice(PREFIX.length, stored.indexOf(':', PREFIX.length));
  }

  function open(stored: string): string {
    const id = keyIdOfValue(stored);
    if (id === null) return stored;
    const key = keys.get(id);
    if (!key)
      throw new UnknownDataKeyError(
        `a value is sealed with data key ${id}, which this instance does not hold: add it to DATA_KEYS`,
      );
    const raw = Buffer.from(stored.slice(PREFIX.length + id.length + 1), 'base64');
    const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, IV_BYTES));
    decipher.setAuthTag(raw.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
    return Buffer.concat([decipher.update(raw.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString(
      'utf8',
    );
  }

  function seal(plain: string): string {
    const iv = pooledRandomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', current.key, iv);
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return `${PREFIX}${current.id}:${Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64')}`;
  }

  return {
    keyId: current.id,
    keyIds: [...keys.keys()],
    seal,
    open,
    sealJson: (value) => seal(JSON.stringify(value)),
    openJson<T>(stored: unknown): T {
      if (typeof stored !== 'string') return stored as T;
      return JSON.parse(open(stored)) as T;
    },
    lookupHash: (value) => hashWith(current.id, value),
    lookupHashes: (value) => [...hashKeys.keys()].map((id) => hashWith(id, value)),
    isCurrent: (stored) => keyIdOfValue(stored) === current.id,
    keyIdOfValue,
  };
}

/** Seals a value that may be absent. */
export function sealNullable(cipher: DataCipher, value: string | null | undefined): string | null {
  return value === null || value === undefined ? null : cipher.seal(value);
}

/** Opens a value that may be absent. */
export function openNullable(cipher: DataCipher, value: string | null): string | null {
  return value === null ? null : cipher.open(value);
}
