import { WechatCryptoError } from './protocol-errors.js';

/** WeChat pads to the 32-byte key size, not AES's 16-byte block: PKCS#7 with K = 32. */
export const WECHAT_PAD_BLOCK = 32;

/** Appends K − N mod K bytes, each of that value (1…K), so the length becomes a multiple of K. */
export function pkcs7Pad(data: Buffer, block = WECHAT_PAD_BLOCK): Buffer {
  const count = block - (data.length % block);
  return Buffer.concat([data, Buffer.alloc(count, count)]);
}

/** Removes and checks the padding; every pad byte must equal the pad length, which must be 1…K. */
export function pkcs7Unpad(data: Buffer, block = WECHAT_PAD_BLOCK): Buffer {
  if (data.length === 0 || data.length % 16 !== 0) {
    throw new WechatCryptoError('bad_block_size', 'decrypted data is not a whole number of AES blocks');
  }
  const count = data[data.length - 1] ?? 0;
  if (count < 1 || count > block || count > data.length) {
    throw new WechatCryptoError('bad_padding', 'the padding length is out of range');
  }
  // Check every pad byte without an early exit, so the check's duration does not depend on where it fails.
  let mismatch = 0;
  for (let i = data.length - count; i < data.length; i++) mismatch |= (data[i] ?? 0) ^ count;
  if (mismatch !== 0) throw new WechatCryptoError('bad_padding', 'the padding bytes are inconsistent');
  return data.subarray(0, data.length - count);
}
