import { createCipheriv, createDecipheriv } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decodeEncodingAesKey,
  decryptMessage,
  encryptMessage,
} from '../../../src/channels/wechat-oa/message-crypto.js';
import { pkcs7Pad, pkcs7Unpad } from '../../../src/channels/wechat-oa/pkcs7.js';
import { WechatCryptoError } from '../../../src/channels/wechat-oa/protocol-errors.js';
import { TEST_AES_KEY, TEST_APP_ID, wechatDecrypt, wechatEncrypt } from '../../helpers/wechat-requests.js';

const key = decodeEncodingAesKey(TEST_AES_KEY);
const RANDOM = Buffer.from('aaaabbbbccccdddd');

/** AES-256-CBC with WeChat's fixed IV and no automatic padding, straight from node:crypto. */
function rawEncrypt(plain: Buffer): string {
  const cipher = createCipheriv('aes-256-cbc', key, key.subarray(0, 16)).setAutoPadding(false);
  return Buffer.concat([cipher.update(plain), cipher.final()]).toString('base64');
}

function rawDecrypt(encrypted: string): Buffer {
  const decipher = createDecipheriv('aes-256-cbc', key, key.subarray(0, 16)).setAutoPadding(false);
  return Buffer.concat([decipher.update(Buffer.from(encrypted, 'base64')), decipher.final()]);
}

function cryptoError(fn: () => unknown): WechatCryptoError {
  try {
    fn();
  } catch (error) {
    if (error instanceof WechatCryptoError) return error;
    throw error;
  }
  throw new Error('expected a WechatCryptoError');
}

describe('EncodingAESKey', () => {
  it('decodes 43 characters plus "=" into the 32-byte AES key', () => {
    expect(key.length).toBe(32);
    expect(key.equals(Buffer.from(`${TEST_AES_KEY}=`, 'base64'))).toBe(true);
  });

  it('accepts a key whose last character carries non-zero spare bits, as generated keys may', () => {
    expect(decodeEncodingAesKey('abcdefghijklmnopqrstuvwxyz0123456789ABCDEFz').length).toBe(32);
  });

  it('refuses keys of the wrong length or alphabet', () => {
    for (const bad of [
      '',
      'short',
      TEST_AES_KEY + 'H',
      TEST_AES_KEY.slice(0, 42) + '=',
      TEST_AES_KEY.slice(0, 42) + '中',
    ]) {
      expect(cryptoError(() => decodeEncodingAesKey(bad)).reason).toBe('bad_key');
    }
  });
});

describe('WeChat PKCS#7 padding (K = 32)', () => {
  it('pads to multiples of 32 bytes, with a whole block of 0x20 when already aligned', () => {
    expect(pkcs7Pad(Buffer.alloc(31)).subarray(31)).toEqual(Buffer.from([1]));
    expect(pkcs7Pad(Buffer.alloc(20)).length).toBe(32);
    expect(pkcs7Pad(Buffer.alloc(20)).subarray(20)).toEqual(Buffer.alloc(12, 12));
    // 16 bytes: AES's own 16-byte PKCS#7 would add 16 × 0x10; WeChat's adds 16 × 0x10 too, but 48 → 64.
    expect(pkcs7Pad(Buffer.alloc(48)).subarray(48)).toEqual(Buffer.alloc(16, 16));
    expect(pkcs7Pad(Buffer.alloc(32)).subarray(32)).toEqual(Buffer.alloc(32, 32));
    expect(pkcs7Unpad(pkcs7Pad(Buffer.from('hello')))).toEqual(Buffer.from('hello'));
  });

  it('refuses a zero, oversized or inconsistent pad', () => {
    expect(cryptoError(() => pkcs7Unpad(Buffer.alloc(32, 0))).reason).toBe('bad_padding');
    expect(cryptoError(() => pkcs7Unpad(Buffer.alloc(64, 33))).reason).toBe('bad_padding');
    const inconsistent = Buffer.concat([Buffer.alloc(28, 65), Buffer.from([4, 3, 4, 4])]);
    expect(cryptoError(() => pkcs7Unpad(inconsistent)).reason).toBe('bad_padding');
    expect(cryptoError(() => pkcs7Unpad(Buffer.alloc(20, 1))).reason).toBe('bad_block_size');
  });
});

describe('safe-mode encryption (known vector computed independently)', () => {
  const xml =
    '<xml><ToUserName><![CDATA[gh_0123456789ab]]></ToUserName><Content><![CDATA[我想申请低保]]></Content></xml>';

  it('produces exactly AES-256-CBC(random + BE length + message + appId + pad32) with IV = key[0..16)', () => {
    const message = Buffer.from(xml, 'utf8');
    const length = Buffer.alloc(4);
    length.writeUInt32BE(message.length);
    const body = Buffer.concat([RANDOM, length, message, Buffer.from(TEST_APP_ID)]);
    const pad = 32 - (body.length % 32);
    const expected = rawEncrypt(Buffer.concat([body, Buffer.alloc(pad, pad)]));

    expect(encryptMessage(xml, key, TEST_APP_ID, RANDOM)).toBe(expected);
    expect(wechatEncrypt(xml, TEST_AES_KEY, TEST_APP_ID, RANDOM)).toBe(expected);
    expect(decryptMessage(expected, key, TEST_APP_ID)).toBe(xml);
  });

  it('lays the plaintext out as the documentation describes', () => {
    const plain = rawDecrypt(encryptMessage(xml, key, TEST_APP_ID, RANDOM));
    const length = Buffer.byteLength(xml);
    expect(plain.length % 32).toBe(0);
    expect(plain.subarray(0, 16)).toEqual(RANDOM);
    expect(plain.readUInt32BE(16)).toBe(length);
    expect(plain.subarray(20, 20 + length).toString('utf8')).toBe(xml);
    const pad = plain[plain.length - 1]!;
    expect(plain.subarray(20 + length, plain.length - pad).toString()).toBe(TEST_APP_ID);
  });

  it('uses 32-byte padding where 16-byte padding would differ', () => {
    // 16 + 4 + 62 + 18 = 100 bytes → 28 pad bytes to 128; 16-byte PKCS#7 would add 12, to 112.
    const message = 'x'.repeat(62);
    const plain = rawDecrypt(encryptMessage(message, key, TEST_APP_ID, RANDOM));
    expect(plain.length).toBe(128);
    expect(plain[plain.length - 1]).toBe(28);
  });

  it('round-trips any text (CJK, emoji sequences, combining marks)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => {
        const sealed = encryptMessage(text, key, TEST_APP_ID);
        expect(decryptMessage(sealed, key, TEST_APP_ID)).toBe(text);
        expect(wechatDecrypt(sealed, TEST_AES_KEY)).toEqual({ xml: text, appId: TEST_APP_ID });
      }),
      { numRuns: 200 },
    );
  });

  it('gives a different ciphertext each time (random prefix)', () => {
    expect(encryptMessage('同一句话', key, TEST_APP_ID)).not.toBe(
      encryptMessage('同一句话', key, TEST_APP_ID),
    );
  });
});

describe('safe-mode decryption refuses what it must', () => {
  it('refuses a message sealed for another AppID', () => {
    const sealed = wechatEncrypt('<xml/>', TEST_AES_KEY, 'wxffffffffffffffff');
    expect(cryptoError(() => decryptMessage(sealed, key, TEST_APP_ID)).reason).toBe('wrong_app_id');
  });

  it('refuses a message sealed with another key (the app id comes out garbled, or the padding does)', () => {
    const other = 'ZYXWVUTSRQPONMLKJIHGFEDCBA9876543210zyxwvut';
    const sealed = wechatEncrypt('<xml/>', other, TEST_APP_ID, RANDOM);
    expect(['bad_padding', 'bad_length', 'wrong_app_id']).toContain(
      cryptoError(() => decryptMessage(sealed, key, TEST_APP_ID)).reason,
    );
  });

  it('refuses bad padding inside a validly encrypted block', () => {
    const body = Buffer.concat([
      RANDOM,
      Buffer.from([0, 0, 0, 2]),
      Buffer.from('hi'),
      Buffer.from(TEST_APP_ID),
    ]);
    const zeroPad = Buffer.concat([body, Buffer.alloc(32 - (body.length % 32), 0)]);
    expect(cryptoError(() => decryptMessage(rawEncrypt(zeroPad), key, TEST_APP_ID)).reason).toBe(
      'bad_padding',
    );
    const tooLong = Buffer.concat([body, Buffer.alloc(32 - (body.length % 32), 40)]);
    expect(cryptoError(() => decryptMessage(rawEncrypt(tooLong), key, TEST_APP_ID)).reason).toBe(
      'bad_padding',
    );
  });

  it('refuses a declared length that runs past the payload', () => {
    const body = Buffer.concat([
      RANDOM,
      Buffer.from([0, 0, 1, 0]),
      Buffer.from('hi'),
      Buffer.from(TEST_APP_ID),
    ]);
    const pad = 32 - (body.length % 32);
    const sealed = rawEncrypt(Buffer.concat([body, Buffer.alloc(pad, pad)]));
    expect(cryptoError(() => decryptMessage(sealed, key, TEST_APP_ID)).reason).toBe('bad_length');
  });

  it('detects tampering with the last blocks (pad or app id change)', () => {
    const sealed = Buffer.from(
      encryptMessage('<xml><Content>1</Content></xml>', key, TEST_APP_ID, RANDOM),
      'base64',
    );
    // Flipping a bit of the next-to-last block flips the same bit of the last plaintext block.
    const tampered = Buffer.from(sealed);
    tampered[tampered.length - 17]! ^= 0x01;
    expect(cryptoError(() => decryptMessage(tampered.toString('base64'), key, TEST_APP_ID))).toBeInstanceOf(
      WechatCryptoError,
    );
  });

  it('refuses non-base64 and partial blocks', () => {
    expect(cryptoError(() => decryptMessage('not base64 at all!', key, TEST_APP_ID)).reason).toBe(
      'bad_base64',
    );
    expect(cryptoError(() => decryptMessage('', key, TEST_APP_ID)).reason).toBe('bad_base64');
    expect(
      cryptoError(() => decryptMessage(Buffer.alloc(20).toString('base64'), key, TEST_APP_ID)).reason,
    ).toBe('bad_block_size');
  });

  it('never throws anything but WechatCryptoError on arbitrary ciphertext', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 256 }), (bytes) => {
        try {
          decryptMessage(Buffer.from(bytes).toString('base64'), key, TEST_APP_ID);
        } catch (error) {
          expect(error).toBeInstanceOf(WechatCryptoError);
        }
      }),
      { numRuns: 500 },
    );
  });
});
