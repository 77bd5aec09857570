import { randomBytes } from 'node:crypto';

// Asking OpenSSL for a few random bytes costs more than most uses of them (measured: a turn's 6-byte nonce
// was 1.6 % of the server's busy time under load); small draws are cut from a larger block instead.
const BLOCK_BYTES = 4096;
let block = Buffer.alloc(0);
let offset = 0;

/** `bytes` fresh bytes from the operating system's CSPRNG, cut from a pooled block; no byte is handed out twice. */
export function pooledRandomBytes(bytes: number): Buffer {
  if (bytes > BLOCK_BYTES) return randomBytes(bytes);
  if (offset + bytes > block.length) {
    block = randomBytes(BLOCK_BYTES);
    offset = 0;
  }
  // A copy, so that a caller keeping or changing its bytes never shares memory with a later draw.
  const slice = Buffer.from(block.subarray(offset, offset + bytes));
  offset += bytes;
  return slice;
}
