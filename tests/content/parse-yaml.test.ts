import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { closeYamlParseCache, openYamlParseCache, parseYaml } from '../../src/content/parse-yaml.js';

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'yimen-yaml-cache-'));
});

afterEach(async () => {
  await closeYamlParseCache();
  await rm(dir, { recursive: true, force: true });
});

/** What the parser itself says of a text: its value, or the message of its error. */
function parsed(text: string): { value?: unknown; error?: string } {
  try {
    return { value: parse(text) as unknown };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

function cached(text: string): { value?: unknown; error?: string } {
  try {
    return { value: parseYaml(text) };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

async function cacheFile(): Promise<string> {
  const [name] = (await readdir(dir)).filter((file) => file.startsWith('yaml-parsed-'));
  if (!name) throw new Error('no cache file');
  return join(dir, name);
}

describe('parseYaml', () => {
  it('returns what the parser returns, with no cache open, on a miss and on a hit, for any text', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 300 }), async (text) => {
        const expected = parsed(text);
        expect(cached(text)).toEqual(expected);
        await openYamlParseCache(dir);
        expect(cached(text)).toEqual(expected);
        expect(cached(text)).toEqual(expected);
        await closeYamlParseCache();
        await openYamlParseCache(dir);
        expect(cached(text)).toEqual(expected);
        await closeYamlParseCache();
      }),
      { numRuns: 60 },
    );
  });

  it('reads back documents of nested maps, lists, numbers and Unicode strings exactly', async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue({ maxDepth: 3 }), async (value) => {
        const text = stringify({ content: value });
        await openYamlParseCache(dir);
        parseYaml(text);
        await closeYamlParseCache();
        await openYamlParseCache(dir);
        expect(parseYaml(text)).toEqual(parse(text));
        await closeYamlParseCache();
      }),
      { numRuns: 60 },
    );
  });

  it('gives each caller its own copy, so a caller that changes a value cannot change the next read', async () => {
    await openYamlParseCache(dir);
    const first = parseYaml('list: [1, 2]') as { list: number[] };
    first.list.push(3);
    expect(parseYaml('list: [1, 2]')).toEqual({ list: [1, 2] });
  });

  it('answers an unchanged text from the file a closed cache wrote, without writing it again', async () => {
    await openYamlParseCache(dir);
    parseYaml('replies:\n  hello: 您好\n');
    await closeYamlParseCache();
    const file = await cacheFile();
    const written = (await stat(file)).mtimeMs;
    await new Promise((resolve) => setTimeout(resolve, 20));
    await openYamlParseCache(dir);
    expect(parseYaml('replies:\n  hello: 您好\n')).toEqual({ replies: { hello: '您好' } });
    await closeYamlParseCache();
    expect((await stat(file)).mtimeMs).toBe(written);
  });

  it('parses an edited text again rather than answering the old value', async () => {
    await openYamlParseCache(dir);
    parseYaml('phone: 12345\n');
    await closeYamlParseCache();
    await openYamlParseCache(dir);
    expect(parseYaml('phone: 12349\n')).toEqual({ phone: 12349 });
  });

  it('keeps out values JSON cannot carry exactly, and still returns them right', async () => {
    await openYamlParseCache(dir);
    expect(parseYaml('limit: .inf\nzero: -0\n')).toEqual({ limit: Infinity, zero: -0 });
    await closeYamlParseCache();
    await openYamlParseCache(dir);
    const again = parseYaml('limit: .inf\nzero: -0\n') as { limit: number; zero: number };
    expect(again.limit).toBe(Infinity);
    expect(Object.is(again.zero, -0)).toBe(true);
  });

  it('treats a damaged cache file as empty and writes a good one', async () => {
    await openYamlParseCache(dir);
    parseYaml('a: 1\n');
    await closeYamlParseCache();
    const file = await cacheFile();
    await writeFile(file, '{"format":"yimen-yaml-parsed/1","entries":{"x":');
    await openYamlParseCache(dir);
    expect(parseYaml('a: 1\n')).toEqual({ a: 1 });
    await closeYamlParseCache();
    const text = await readFile(file, 'utf8');
    expect(() => JSON.parse(text) as unknown).not.toThrow();
  });

  it('keeps at most 400 values, those the last process used first', async () => {
    await openYamlParseCache(dir);
    for (let i = 0; i < 450; i++) parseYaml(`n: ${String(i)}\n`);
    await closeYamlParseCache();
    const entries = (JSON.parse(await readFile(await cacheFile(), 'utf8')) as { entries: object }).entries;
    expect(Object.keys(entries).length).toBe(450);
    await openYamlParseCache(dir);
    parseYaml('n: new\n');
    await closeYamlParseCache();
    const kept = (JSON.parse(await readFile(await cacheFile(), 'utf8')) as { entries: object }).entries;
    expect(Object.keys(kept).length).toBe(400);
    expect(Object.values(kept)).toContainEqual({ n: 'new' });
  });

  it('still parses when the cache folder cannot be written', async () => {
    const file = join(dir, 'not-a-folder');
    await writeFile(file, '');
    await openYamlParseCache(file);
    expect(parseYaml('a: [1]\n')).toEqual({ a: [1] });
    await expect(closeYamlParseCache()).resolves.toBeUndefined();
  });
});
