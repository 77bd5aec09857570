import { spawn } from 'node:child_process';
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DataDirInUseError, lockDataDir } from '../../src/store/data-dir-lock.js';
import { tempDir } from '../helpers/test-app.js';

describe('one process per embedded database folder', () => {
  const dirs: string[] = [];
  afterAll(async () => {
    for (const dir of dirs) await rm(dir, { recursive: true, force: true });
  });

  it('refuses a folder another live process holds, naming the process', async () => {
    const dir = await tempDir();
    dirs.push(dir);
    const other = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 20000)']);
    try {
      await writeFile(path.join(dir, 'yimen.lock'), String(other.pid));
      await expect(lockDataDir(dir)).rejects.toBeInstanceOf(DataDirInUseError);
      await expect(lockDataDir(dir)).rejects.toThrow(String(other.pid));
    } finally {
      other.kill();
    }
  });

  it('takes over a lock left by a process that died, and releases it', async () => {
    const dir = await tempDir();
    dirs.push(dir);
    await writeFile(path.join(dir, 'yimen.lock'), '999999999');
    const release = await lockDataDir(dir);
    expect(await readFile(path.join(dir, 'yimen.lock'), 'utf8')).toBe(String(process.pid));
    await release();
    await expect(readFile(path.join(dir, 'yimen.lock'), 'utf8')).rejects.toThrow();
  });
});
