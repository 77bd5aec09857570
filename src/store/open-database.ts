import path from 'node:path';
import { openPgliteDatabase } from './pglite-database.js';
import { openPostgresDatabase } from './postgres-database.js';
import { migrate } from './migrate.js';
import type { SqlDatabase } from './sql.js';

/** Where the data lives: a PostgreSQL URL when given, else embedded PGlite under `dataDir`. */
export interface DatabaseLocation {
  databaseUrl?: string | undefined;
  schema?: string | undefined;
  dataDir?: string | undefined;
}

/** Opens the configured database and applies pending migrations before anyone uses it. */
export async function openDatabase(location: DatabaseLocation): Promise<SqlDatabase> {
  const db =
    location.databaseUrl !== undefined
      ? await openPostgresDatabase({ connectionString: location.databaseUrl, schema: location.schema })
      : await openPgliteDatabase(
          location.dataDir === undefined ? undefined : path.join(location.dataDir, 'pglite'),
        );
  try {
    await migrate(db);
    return db;
  } catch (error) {
    await db.close();
    throw error;
  }
}
