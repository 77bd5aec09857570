import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { lockDataDir } from './data-dir-lock.js';
import type { QueryResult, SqlDatabase, SqlExecutor } from './sql.js';

function wrap(executor: Pick<PGlite, 'query'>): SqlExecutor {
  return {
    async query<Row>(sql: string, params: readonly unknown[] = []): Promise<QueryResult<Row>> {
      const result = await executor.query<Row>(sql, params as unknown[]);
      return { rows: result.rows, affectedRows: result.affectedRows ?? 0 };
    },
  };
}

/** Opens the embedded PGlite database in `dataDir` (created if missing), or in memory when `dataDir` is undefined. */
export async function openPgliteDatabase(dataDir: string | undefined): Promise<SqlDatabase> {
  if (dataDir !== undefined) await mkdir(dataDir, { recursive: true });
  // The lock sits beside the database folder (in DATA_DIR), so PGlite's own folder holds only its files.
  const unlock = dataDir === undefined ? () => Promise.resolve() : await lockDataDir(path.dirname(dataDir));
  // relaxedDurability stays off: a reply the resident saw must survive a crash.
  const db = await PGlite.create(dataDir === undefined ? {} : { dataDir }).catch(async (error: unknown) => {
    await unlock();
    throw error;
  });
  const executor = wrap(db);
  return {
    kind: 'pglite',
    query: executor.query,
    async transaction<T>(work: (tx: SqlExecutor) => Promise<T>): Promise<T> {
      return db.transaction((tx) => work(wrap(tx)));
    },
    async exec(sql: string): Promise<void> {
      await db.exec(sql);
    },
    async close(): Promise<void> {
      if (!db.closed) await db.close();
      await unlock();
    },
  };
}
