import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { parseYaml } from '../../src/content/parse-yaml.js';
import { closeStartUpMemos, openStartUpMemos } from '../../src/runtime/start-up-memo.js';

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'yimen-yaml-memo-'));
});

afterEach(async () => {
  await closeStartUpMemos();
  await rm(dir, { recursive: true, force: true });
});

/** What the parser itself says of a text: its value, or the message of its error. */
function outcome(read: (text: string) => unknown, text: string): { value?: unknown; error?: string } {
  try {
    return { value: read(text) };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

describe('parseYaml', () => {
  it('returns what the parser returns, with no memo open, on a miss and on a hit, for any text', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 300 }), async (text) => {
        const expected = outcome((t) => parse(t) as unknown, text);
        expect(outcome(parseYaml, text)).toEqual(expected);
        await openStartUpMemos(dir);
        expect(outcome(parseYaml, text)).toEqual(expected);
        expect(outcome(parseYaml, text)).toEqual(expected);
        await closeStartUpMemos();
        await openStartUpMemos(dir);
        expect(outcome(parseYaml, text)).toEqual(expected);
        await closeStartUpMemos();
      }),
      { numRuns: 60 },
    );
  });

  it('reads back documents of nested maps, lists, numbers and Unicode strings exactly at the next start', async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue({ maxDepth: 3 }), async (value) => {
        const text = stringify({ content: value });
        await openStartUpMemos(dir);
        parseYaml(text);
        await closeStartUpMemos();
        await openStartUpMemos(dir);
        expect(parseYaml(text)).toEqual(parse(text));
        await closeStartUpMemos();
      }),
      { numRuns: 60 },
    );
  });

  it('gives each caller its own copy, so a caller that changes a value cannot change the next read', async () => {
    await openStartUpMemos(dir);
    const first = parseYaml('list: [1, 2]') as { list: number[] };
    first.list.push(3);
    expect(parseYaml('list: [1, 2]')).toEqual({ list: [1, 2] });
  });

  it('parses an edited text again rather than answering the old value', async () => {
    await openStartUpMemos(dir);
    parseYaml('phone: 12345\n');
    await closeStartUpMemos();
    await openStartUpMemos(dir);
    expect(parseYaml('phone: 12349\n')).toEqual({ phone: 12349 });
  });

  it('keeps out values JSON cannot carry exactly, and still returns them right', async () => {
    await openStartUpMemos(dir);
    expect(parseYaml('limit: .inf\nzero: -0\n')).toEqual({ limit: Infinity, zero: -0 });
    await closeStartUpMemos();
    await openStartUpMemos(dir);
    const again = parseYaml('limit: .inf\nzero: -0\n') as { limit: number; zero: number };
    expect(again.limit).toBe(Infinity);
    expect(Object.is(again.zero, -0)).toBe(true);
  });
});
