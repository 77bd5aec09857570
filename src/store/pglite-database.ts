import { existsSync } from 'node:fs';
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

// One process, a handful of connections' worth of work: PostgreSQL's default 128 MB of shared buffers is
// far more than an embedded database serving one county needs, and it is resident memory.
const EMBEDDED_CONF = 'shared_buffers=32MB';

/**
 * Creates the PGlite instance. A new data folder is initialised (initdb) and then opened afresh: the
 * initialisation leaves several hundred MB of WebAssembly memory behind that a fresh instance does not
 * need (measured: about 820 MB resident after initdb, 390 MB after reopening).
 */
async function createPglite(dataDir: string | undefined): Promise<PGlite> {
  // relaxedDurability stays off: a reply the resident saw must survive a crash.
  const options = { postgresqlconf: EMBEDDED_CONF, ...(dataDir === undefined ? {} : { dataDir }) };
  const fresh = dataDir !== undefined && !existsSync(path.join(dataDir, 'PG_VERSION'));
  const db = await PGlite.create(options);
  if (!fresh) return db;
  await db.close();
  return PGlite.create(options);
}

/** Opens the embedded PGlite database in `dataDir` (created if missing), or in memory when `dataDir` is undefined. */
export async function openPgliteDatabase(dataDir: string | undefined): Promise<SqlDatabase> {
  if (dataDir !== undefined) await mkdir(dataDir, { recursive: true });
  // The lock sits beside the database folder (in DATA_DIR), so PGlite's own folder holds only its files.
  const unlock = dataDir === undefined ? () => Promise.resolve() : await lockDataDir(path.dirname(dataDir));
  let db: PGlite;
  try {
    db = await createPglite(dataDir);
  } catch (error) {
    await unlock();
    throw error;
  }
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
