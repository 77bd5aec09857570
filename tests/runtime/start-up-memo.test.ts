import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closeStartUpMemos, createStartUpMemo, openStartUpMemos } from '../../src/runtime/start-up-memo.js';

const memo = createStartUpMemo({ name: 'test', format: 'test-memo/1', maxEntries: 5 });
let dir: string;
let computed: string[];

/** The length of a word, counting each computation. */
function lengthOf(word: string): number {
  return memo.recall(word, () => {
    computed.push(word);
    return word.length;
  });
}

async function memoFile(): Promise<string> {
  const [name] = (await readdir(dir)).filter((file) => file.startsWith('start-up-test-'));
  if (!name) throw new Error('no memo file');
  return join(dir, name);
}

async function storedKeys(): Promise<string[]> {
  return Object.keys((JSON.parse(await readFile(await memoFile(), 'utf8')) as { entries: object }).entries);
}

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'yimen-start-up-memo-'));
  computed = [];
});

afterEach(async () => {
  await closeStartUpMemos();
  await rm(dir, { recursive: true, force: true });
});

describe('start-up memos', () => {
  it('compute every time while closed', () => {
    lengthOf('低保');
    lengthOf('低保');
    expect(computed).toEqual(['低保', '低保']);
  });

  it('compute once while open, and read back at the next start without writing the file again', async () => {
    await openStartUpMemos(dir);
    expect([lengthOf('低保'), lengthOf('低保')]).toEqual([2, 2]);
    await closeStartUpMemos();
    const file = await memoFile();
    const written = (await stat(file)).mtimeMs;
    await new Promise((resolve) => setTimeout(resolve, 20));
    await openStartUpMemos(dir);
    expect(lengthOf('低保')).toBe(2);
    await closeStartUpMemos();
    expect(computed).toEqual(['低保']);
    expect((await stat(file)).mtimeMs).toBe(written);
  });

  it('keep what the last start used first, and older entries up to the bound', async () => {
    await openStartUpMemos(dir);
    for (const word of ['一', '二', '三', '四', '五', '六', '七']) lengthOf(word);
    await closeStartUpMemos();
    expect(await storedKeys()).toHaveLength(7);
    await openStartUpMemos(dir);
    lengthOf('八');
    await closeStartUpMemos();
    const kept = await storedKeys();
    expect(kept).toHaveLength(5);
    expect(kept[0]).toBe('八');
  });

  it('treat a damaged file or one of another format as empty, and write a good one', async () => {
    await openStartUpMemos(dir);
    lengthOf('救助');
    await closeStartUpMemos();
    const file = await memoFile();
    for (const damage of [
      '{"format":"test-memo/1","entries":{"x":',
      '{"format":"test-memo/0","entries":{"救助":9}}',
    ]) {
      await writeFile(file, damage);
      computed = [];
      await openStartUpMemos(dir);
      expect(lengthOf('救助')).toBe(2);
      await closeStartUpMemos();
      expect(computed).toEqual(['救助']);
      const text = await readFile(file, 'utf8');
      expect(JSON.parse(text)).toEqual({ format: 'test-memo/1', entries: { 救助: 2 } });
    }
  });

  it('keep only what the caller accepts', async () => {
    await openStartUpMemos(dir);
    const recall = (): number =>
      memo.recall(
        'nan',
        () => NaN,
        (value) => !Number.isNaN(value),
      );
    expect(recall()).toBeNaN();
    expect(recall()).toBeNaN();
    await closeStartUpMemos();
    await expect(readdir(dir)).resolves.toEqual([]);
  });

  it('still compute and close when the folder cannot be written', async () => {
    const blocked = join(dir, 'a-file');
    await writeFile(blocked, '');
    await openStartUpMemos(blocked);
    expect(lengthOf('补贴')).toBe(2);
    await expect(closeStartUpMemos()).resolves.toBeUndefined();
  });
});
