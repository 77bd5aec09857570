import { describe, expect, it } from 'vitest';
import { pooledRandomBytes } from '../../src/runtime/random-pool.js';

describe('pooled random bytes', () => {
  it('hands out the asked number of bytes, never the same draw twice, across block refills', () => {
    const seen = new Set<string>();
    // 12-byte draws over several 4 KiB blocks: a repeat would mean a slice was handed out twice.
    for (let i = 0; i < 2000; i++) {
      const draw = pooledRandomBytes(12);
      expect(draw).toHaveLength(12);
      seen.add(draw.toString('hex'));
    }
    expect(seen.size).toBe(2000);
  });

  it('gives each caller its own memory, so changing one draw never changes another', () => {
    const first = pooledRandomBytes(8);
    const copy = Buffer.from(first);
    const second = pooledRandomBytes(8);
    second.fill(0);
    expect(first.equals(copy)).toBe(true);
  });

  it('serves a draw larger than a block straight from the CSPRNG', () => {
    expect(pooledRandomBytes(10_000)).toHaveLength(10_000);
  });
});
