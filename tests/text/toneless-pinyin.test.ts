import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { pinyin } from 'pinyin-pro';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeStartUpMemos, openStartUpMemos } from '../../src/runtime/start-up-memo.js';
import { tonelessReading, tonelessReadings, tonelessSyllables } from '../../src/text/toneless-pinyin.js';

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'yimen-pinyin-memo-'));
});

afterAll(async () => {
  await closeStartUpMemos();
  await rm(dir, { recursive: true, force: true });
});

// Han characters, emoji, Latin, digits and anything else, as residents type them.
const text = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({
    unit: fc.integer({ min: 0x4e00, max: 0x9fa5 }).map((c) => String.fromCharCode(c)),
    maxLength: 12,
  }),
);

/** Each reading as pinyin-pro gives it directly. */
function direct(value: string): [string[], string[], string] {
  const char = [...value][0] ?? '';
  return [
    pinyin(value, { toneType: 'none', type: 'array', v: true }),
    pinyin(char, { toneType: 'none', type: 'array', multiple: true, v: true }),
    pinyin(value, { toneType: 'none', v: true }),
  ];
}

function memoised(value: string): [string[], string[], string] {
  return [tonelessSyllables(value), tonelessReadings([...value][0] ?? ''), tonelessReading(value)];
}

describe('toneless pinyin', () => {
  it('reads like pinyin-pro, with the start-up memo closed, on a miss, on a hit and at the next start', async () => {
    await fc.assert(
      fc.asyncProperty(text, async (value) => {
        const expected = direct(value);
        expect(memoised(value)).toEqual(expected);
        await openStartUpMemos(dir);
        expect(memoised(value)).toEqual(expected);
        expect(memoised(value)).toEqual(expected);
        await closeStartUpMemos();
        await openStartUpMemos(dir);
        expect(memoised(value)).toEqual(expected);
        await closeStartUpMemos();
      }),
      { numRuns: 80 },
    );
  });

  it('reads words in context and every reading of a character', () => {
    expect(tonelessSyllables('一了百了')).toEqual(['yi', 'liao', 'bai', 'liao']);
    expect(tonelessReadings('了')).toEqual(expect.arrayContaining(['le', 'liao']));
    expect(tonelessReading('绿')).toBe('lv');
  });
});
