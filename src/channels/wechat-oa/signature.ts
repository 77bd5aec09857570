import { createHash, timingSafeEqual } from 'node:crypto';

/** SHA-1 hex of the parts sorted as strings and joined, WeChat's signature construction. */
export function wechatSha1(parts: readonly string[]): string {
  // WeChat sorts the raw strings in byte (code unit) order, which is JavaScript's default sort order.
  const joined = [...parts].sort().join('');
  return createHash('sha1').update(joined, 'utf8').digest('hex');
}

/** The `signature` WeChat puts on every request: sha1 over the sorted token, timestamp and nonce. */
export function requestSignature(token: string, timestamp: string, nonce: string): string {
  return wechatSha1([token, timestamp, nonce]);
}

/** The safe-mode `msg_signature`: sha1 over the sorted token, timestamp, nonce and the encrypted payload. */
export function messageSignature(token: string, timestamp: string, nonce: string, encrypted: string): string {
  return wechatSha1([token, timestamp, nonce, encrypted]);
}

const SHA1_HEX = /^[0-9a-f]{40}$/i;
const DUMMY = Buffer.alloc(40, 0x30);

/**
 * Compares a received hex signature with the expected one in constant time; a malformed or
 * wrong-length value still costs one comparison, so timing does not tell how much of it was right.
 */
export function signaturesMatch(expected: string, received: string | undefined): boolean {
  const expectedBytes = Buffer.from(expected.toLowerCase(), 'utf8');
  const wellFormed = received !== undefined && SHA1_HEX.test(received);
  const receivedBytes = wellFormed ? Buffer.from(received.toLowerCase(), 'utf8') : DUMMY;
  // timingSafeEqual throws on unequal lengths; both are 40 bytes here by construction.
  const same = expectedBytes.length === receivedBytes.length && timingSafeEqual(expectedBytes, receivedBytes);
  return wellFormed && same;
}

/** True when a request's timestamp (seconds) lies within `maxSkewSeconds` of now; a replay guard. */
export function isFreshTimestamp(timestamp: string, nowMs: number, maxSkewSeconds: number): boolean {
  if (!/^\d{1,12}$/.test(timestamp)) return false;
  return Math.abs(nowMs / 1000 - Number(timestamp)) <= maxSkewSeconds;
}
