import { open, readFile, rm } from 'node:fs/promises';
import path from 'node:path';

/** Raised when another live process already uses the embedded database folder. */
export class DataDirInUseError extends Error {
  override readonly name = 'DataDirInUseError';
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else; it is still alive.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Takes the folder's lock file for this process. PGlite has one writer per folder: a second process on
 * the same folder loses writes silently, so it must be refused loudly instead. A lock left by a
 * process that died is taken over.
 */
export async function lockDataDir(dir: string): Promise<() => Promise<void>> {
  const file = path.join(dir, 'yimen.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const handle = await open(file, 'wx');
      await handle.writeFile(String(process.pid));
      await handle.close();
      return () => rm(file, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = Number((await readFile(file, 'utf8').catch(() => '')).trim());
      if (Number.isInteger(owner) && owner > 0 && owner !== process.pid && isAlive(owner)) {
        throw new DataDirInUseError(
          `the embedded database in ${dir} is in use by process ${owner}; stop it first, or set DATA_DIR to another folder or DATABASE_URL to a PostgreSQL server`,
        );
      }
      await rm(file, { force: true });
    }
  }
  throw new DataDirInUseError(`could not lock ${dir}`);
}
