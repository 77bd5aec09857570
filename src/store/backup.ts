import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { PGlite } from '@electric-sql/pglite';
import { lockDataDir } from './data-dir-lock.js';

const run = promisify(execFile);

/** The folder inside DATA_DIR that holds the embedded database (as openDatabase lays it out). */
const pgliteDir = (dataDir: string): string => path.join(dataDir, 'pglite');

/**
 * Backs up the embedded database of DATA_DIR into one .tar.gz file (PGlite's dumpDataDir). The data folder is
 * locked meanwhile, so it runs while the service is stopped (it takes seconds); the file is written 0600,
 * since it holds sealed personal data and, in plain text, staff accounts.
 */
export async function backupPglite(dataDir: string, file: string): Promise<void> {
  const unlock = await lockDataDir(dataDir);
  try {
    if (!existsSync(path.join(pgliteDir(dataDir), 'PG_VERSION')))
      throw new Error(`there is no embedded database in ${dataDir} to back up`);
    const db = await PGlite.create({ dataDir: pgliteDir(dataDir) });
    try {
      const dump = await db.dumpDataDir('gzip');
      await writeFile(file, Buffer.from(await dump.arrayBuffer()), { mode: 0o600 });
      await chmod(file, 0o600);
    } finally {
      await db.close();
    }
  } finally {
    await unlock();
  }
}

/** Restores a backupPglite file into a DATA_DIR that has no database yet (never over a live one). */
export async function restorePglite(file: string, dataDir: string): Promise<void> {
  if (existsSync(pgliteDir(dataDir)))
    throw new Error(
      `${pgliteDir(dataDir)} already exists: restore into an empty DATA_DIR, then swap the folders`,
    );
  const unlock = await lockDataDir(dataDir);
  try {
    const archive = new Blob([await readFile(file)]);
    const db = await PGlite.create({ dataDir: pgliteDir(dataDir), loadDataDir: archive });
    await db.close();
  } finally {
    await unlock();
  }
}

/** Where a PostgreSQL backup comes from or goes to. */
export interface PostgresTarget {
  databaseUrl: string;
  schema?: string | undefined;
}

/** Backs up a PostgreSQL database (or just yimen's schema) with pg_dump as a plain SQL file, 0600; safe while running. */
export async function backupPostgres(target: PostgresTarget, file: string): Promise<void> {
  const schema = target.schema ? ['--schema', target.schema] : [];
  await run('pg_dump', [
    '--no-owner',
    '--no-privileges',
    ...schema,
    '--file',
    file,
    '--dbname',
    target.databaseUrl,
  ]);
  await chmod(file, 0o600);
}

/** Restores a backupPostgres file with psql into a database that does not hold that schema yet; stops at the first error. */
export async function restorePostgres(file: string, target: PostgresTarget): Promise<void> {
  await run('psql', [
    '--quiet',
    '--no-psqlrc',
    '-v',
    'ON_ERROR_STOP=1',
    '--file',
    file,
    '--dbname',
    target.databaseUrl,
  ]);
}
