import path from 'node:path';
import { createDataCipher, generateDataKey, type DataCipher } from './crypto/data-cipher.js';
import { checkDataKeys } from './crypto/data-key-registry.js';
import { openPostgresDatabase } from './postgres-database.js';
import { migrate } from './migrate.js';
import { sealLegacyRows } from './crypto/reseal.js';
import type { SqlDatabase } from './sql.js';

/** Where the data lives: a PostgreSQL URL when given, else embedded PGlite under `dataDir`. */
export interface DatabaseLocation {
  databaseUrl?: string | undefined;
  schema?: string | undefined;
  dataDir?: string | undefined;
  /** The key personal data is sealed with; without one, a key that lives as long as the process (tests). */
  cipher?: DataCipher | undefined;
}

/**
 * Opens the configured database, applies pending migrations, refuses a key that cannot read what is stored,
 * and seals rows written before encryption, all before anyone uses it.
 */
export async function openDatabase(location: DatabaseLocation): Promise<SqlDatabase> {
  const cipher = location.cipher ?? createDataCipher(generateDataKey());
  const db =
    location.databaseUrl !== undefined
      ? await openPostgresDatabase({
          connectionString: location.databaseUrl,
          schema: location.schema,
          cipher,
        })
      : // Loaded only when embedded: the WebAssembly database is not needed by instances on PostgreSQL.
        await (
          await import('./pglite-database.js')
        ).openPgliteDatabase(
          location.dataDir === undefined ? undefined : path.join(location.dataDir, 'pglite'),
          cipher,
        );
  try {
    await migrate(db);
    await checkDataKeys(db);
    await sealLegacyRows(db);
    return db;
  } catch (error) {
    await db.close();
    throw error;
  }
}
