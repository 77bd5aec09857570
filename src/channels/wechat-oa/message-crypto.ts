import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { pkcs7Pad, pkcs7Unpad } from './pkcs7.js';
import { WechatCryptoError } from './protocol-errors.js';

const ENCODING_AES_KEY = /^[A-Za-z0-9+/]{43}$/;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
const RANDOM_BYTES = 16;
const LENGTH_BYTES = 4;

/**
 * Turns the 43-character EncodingAESKey into the 32-byte AES key (base64 of key + '=').
 * Canonical base64 is not required: keys WeChat generates may carry non-zero bits in the last character.
 */
export function decodeEncodingAesKey(encodingAesKey: string): Buffer {
  if (!ENCODING_AES_KEY.test(encodingAesKey)) {
    throw new WechatCryptoError('bad_key', 'an EncodingAESKey has exactly 43 letters and digits');
  }
  const key = Buffer.from(`${encodingAesKey}=`, 'base64');
  if (key.length !== 32)
    throw new WechatCryptoError('bad_key', 'the EncodingAESKey does not decode to 32 bytes');
  return key;
}

/** The IV WeChat uses: the first 16 bytes of the AES key (fixed, so the random prefix does the IV's job). */
function ivOf(key: Buffer): Buffer {
  return key.subarray(0, 16);
}

/**
 * Encrypts a message for safe mode: AES-256-CBC over random(16) + length(4, big-endian) + message + appId,
 * padded PKCS#7-style to 32 bytes; returns base64. `random` is for fixed test vectors only.
 */
export function encryptMessage(message: string, key: Buffer, appId: string, random?: Buffer): string {
  const prefix = random ?? randomBytes(RANDOM_BYTES);
  if (prefix.length !== RANDOM_BYTES)
    throw new WechatCryptoError('bad_length', 'the random prefix is 16 bytes');
  const body = Buffer.from(message, 'utf8');
  const length = Buffer.alloc(LENGTH_BYTES);
  length.writeUInt32BE(body.length, 0);
  const plain = pkcs7Pad(Buffer.concat([prefix, length, body, Buffer.from(appId, 'utf8')]));
  const cipher = createCipheriv('aes-256-cbc', key, ivOf(key));
  cipher.setAutoPadding(false);
  return Buffer.concat([cipher.update(plain), cipher.final()]).toString('base64');
}

/**
 * Decrypts a safe-mode payload and checks that it was meant for `appId`. Throws WechatCryptoError on
 * bad base64, a partial block, bad padding, an impossible length or another app's id. Integrity comes
 * from the msg_signature (checked before this), not from CBC.
 */
export function decryptMessage(encrypted: string, key: Buffer, appId: string): string {
  const text = encrypted.trim();
  if (text.length === 0 || text.length % 4 !== 0 || !BASE64.test(text)) {
    throw new WechatCryptoError('bad_base64', 'the encrypted payload is not base64');
  }
  const data = Buffer.from(text, 'base64');
  if (data.length === 0 || data.length % 16 !== 0) {
    throw new WechatCryptoError(
      'bad_block_size',
      'the encrypted payload is not a whole number of AES blocks',
    );
  }
  const decipher = createDecipheriv('aes-256-cbc', key, ivOf(key));
  decipher.setAutoPadding(false);
  const plain = pkcs7Unpad(Buffer.concat([decipher.update(data), decipher.final()]));
  if (plain.length < RANDOM_BYTES + LENGTH_BYTES) {
    throw new WechatCryptoError('bad_length', 'the decrypted payload is shorter than its header');
  }
  const length = plain.readUInt32BE(RANDOM_BYTES);
  const start = RANDOM_BYTES + LENGTH_BYTES;
  if (length > plain.length - start) {
    throw new WechatCryptoError('bad_length', 'the declared message length runs past the payload');
  }
  const fromAppId = plain.subarray(start + length).toString('utf8');
  if (fromAppId !== appId) {
    throw new WechatCryptoError('wrong_app_id', 'the message was encrypted for another AppID');
  }
  return plain.subarray(start, start + length).toString('utf8');
}
