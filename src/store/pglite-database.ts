import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { PGlite, type Transaction } from '@electric-sql/pglite';
import { lockDataDir } from './data-dir-lock.js';
import { pglitePreparedStatements, type PglitePreparedStatements } from './pglite-prepared.js';
import { PGLITE_TEMPLATE_DIR, seedFromTemplate } from './pglite-template.js';
import type { DataCipher } from './crypto/data-cipher.js';
import { preparedName, type QueryResult, type SqlDatabase, type SqlExecutor } from './sql.js';

// `tx` is the transaction `executor` is, if any: a prepared statement inside one must not take its lock again.
function wrap(
  executor: PGlite | Transaction,
  tx: Transaction | undefined,
  cipher: DataCipher,
  statements: PglitePreparedStatements | undefined,
): SqlExecutor {
  return {
    cipher,
    async query<Row>(sql: string, params: readonly unknown[] = []): Promise<QueryResult<Row>> {
      const name = statements === undefined ? undefined : preparedName(sql);
      const result =
        name === undefined || statements === undefined
          ? await executor.query<Row>(sql, params as unknown[])
          : await statements.run<Row>(sql, name, params, tx);
      return { rows: result.rows, affectedRows: result.affectedRows ?? 0 };
    },
  };
}

// One process, a handful of connections' worth of work: PostgreSQL's default 128 MB of shared buffers is
// far more than an embedded database serving one county needs, and it is resident memory.
const EMBEDDED_CONF = 'shared_buffers=32MB';

/** How a PGlite folder is opened. */
export interface PgliteOpenOptions {
  /** The pre-migrated folder a new one starts from, when it exists (default: the build's); false: initdb. */
  template?: string | false;
  /** Runs the statements marked with prepared() as prepared statements (default true; false: as PGlite's query). */
  preparedStatements?: boolean;
}

/**
 * Creates the PGlite instance. A new data folder starts as a copy of the build's template (see
 * pglite-template.ts); without one it is initialised (initdb) and then opened afresh: the initialisation
 * leaves several hundred MB of WebAssembly memory behind that a fresh instance does not need (measured:
 * about 820 MB resident after initdb, 390 MB after reopening).
 */
async function createPglite(dataDir: string | undefined, template: string | false): Promise<PGlite> {
  // relaxedDurability stays off: a reply the resident saw must survive a crash.
  const options = { postgresqlconf: EMBEDDED_CONF, ...(dataDir === undefined ? {} : { dataDir }) };
  const fresh = dataDir !== undefined && !existsSync(path.join(dataDir, 'PG_VERSION'));
  if (fresh && template !== false && seedFromTemplate(dataDir, template)) {
    const seeded = await PGlite.create(options);
    // The template's migrations were applied when it was built; this database begins now.
    await seeded.query('UPDATE schema_migrations SET applied_at = now()');
    return seeded;
  }
  const db = await PGlite.create(options);
  if (!fresh) return db;
  await db.close();
  return PGlite.create(options);
}

/** Opens the embedded PGlite database in `dataDir` (created if missing), or in memory when `dataDir` is undefined. */
export async function openPgliteDatabase(
  dataDir: string | undefined,
  cipher: DataCipher,
  open: PgliteOpenOptions = {},
): Promise<SqlDatabase> {
  if (dataDir !== undefined) await mkdir(dataDir, { recursive: true });
  // The lock sits beside the database folder (in DATA_DIR), so PGlite's own folder holds only its files.
  const unlock = dataDir === undefined ? () => Promise.resolve() : await lockDataDir(path.dirname(dataDir));
  let db: PGlite;
  try {
    db = await createPglite(dataDir, open.template ?? PGLITE_TEMPLATE_DIR);
  } catch (error) {
    await unlock();
    throw error;
  }
  const statements = open.preparedStatements === false ? undefined : pglitePreparedStatements(db);
  const executor = wrap(db, undefined, cipher, statements);
  return {
    kind: 'pglite',
    cipher,
    query: executor.query,
    async transaction<T>(work: (tx: SqlExecutor) => Promise<T>): Promise<T> {
      return db.transaction((tx) => work(wrap(tx, tx, cipher, statements)));
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
