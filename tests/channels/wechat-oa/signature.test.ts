import type * as NodeCrypto from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';

const timingSafeEqualSpy = vi.hoisted(() => vi.fn<(a: Buffer, b: Buffer) => boolean>());
vi.mock('node:crypto', async (importOriginal) => {
  const original = await importOriginal<typeof NodeCrypto>();
  timingSafeEqualSpy.mockImplementation((a, b) => original.timingSafeEqual(a, b));
  return { ...original, timingSafeEqual: timingSafeEqualSpy };
});

import {
  isFreshTimestamp,
  messageSignature,
  requestSignature,
  signaturesMatch,
} from '../../../src/channels/wechat-oa/signature.js';
import { sha1Sorted } from '../../helpers/wechat-requests.js';

describe('WeChat request signatures', () => {
  it('matches the two worked examples of the official push documentation (Token "AAAAA")', () => {
    // Server-configuration check: sorted ["1514711492","1714036504","AAAAA"].
    expect(requestSignature('AAAAA', '1714036504', '1514711492')).toBe(
      'f464b24fc39322e44b38aa78f5edd27bd1441696',
    );
    // Message push: sorted ["1714037059","486452656","AAAAA"].
    expect(requestSignature('AAAAA', '1714037059', '486452656')).toBe(
      '899cf89e464efb63f54ddac96b0a0a235f53aa78',
    );
  });

  it('sorts the four msg_signature parts, whatever order they are given in', () => {
    const expected = sha1Sorted('tok', '1700000000', 'n0nce', 'CIPHERTEXT+/=');
    expect(messageSignature('tok', '1700000000', 'n0nce', 'CIPHERTEXT+/=')).toBe(expected);
  });

  it('accepts the right signature in either case and refuses every near miss', () => {
    const good = requestSignature('AAAAA', '1714036504', '1514711492');
    expect(signaturesMatch(good, good)).toBe(true);
    expect(signaturesMatch(good, good.toUpperCase())).toBe(true);
    const flipped = (good[0] === 'f' ? 'e' : 'f') + good.slice(1);
    expect(signaturesMatch(good, flipped)).toBe(false);
    expect(signaturesMatch(good, good.slice(0, 39))).toBe(false);
    expect(signaturesMatch(good, good + '0')).toBe(false);
    expect(signaturesMatch(good, undefined)).toBe(false);
    expect(signaturesMatch(good, '')).toBe(false);
    expect(signaturesMatch(good, 'z'.repeat(40))).toBe(false);
    expect(signaturesMatch(good, '0'.repeat(40))).toBe(false);
  });

  it('always makes exactly one timingSafeEqual comparison of two 40-byte buffers, even for malformed input', () => {
    const good = requestSignature('a', 'b', 'c');
    for (const received of [good, good.slice(1), 'not hex at all', undefined, '', 'z'.repeat(40)]) {
      timingSafeEqualSpy.mockClear();
      signaturesMatch(good, received);
      expect(timingSafeEqualSpy).toHaveBeenCalledTimes(1);
      const [a, b] = timingSafeEqualSpy.mock.calls[0] as [Buffer, Buffer];
      expect([a.length, b.length]).toEqual([40, 40]);
    }
  });

  it('tells a fresh timestamp from a stale or malformed one', () => {
    const now = 1_714_037_059_000;
    expect(isFreshTimestamp('1714037059', now, 300)).toBe(true);
    expect(isFreshTimestamp('1714036800', now, 300)).toBe(true);
    expect(isFreshTimestamp('1714030000', now, 300)).toBe(false);
    expect(isFreshTimestamp('1714040000', now, 300)).toBe(false);
    expect(isFreshTimestamp('17140x7059', now, 300)).toBe(false);
    expect(isFreshTimestamp('', now, 300)).toBe(false);
  });
});
