import type { SqlExecutor } from '../../src/store/sql.js';

/** Every row of every table of the app's schema, as one string: what a leaked backup would hold. */
export async function dumpDatabase(db: SqlExecutor): Promise<string> {
  const tables = await db.query<{ table_name: string }>(
    `SELECT table_name FROM information_schema.tables
     WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name`,
  );
  const parts: string[] = [];
  for (const { table_name: table } of tables.rows) {
    const rows = await db.query(`SELECT * FROM "${table}"`);
    parts.push(`${table}:${JSON.stringify(rows.rows)}`);
  }
  return parts.join('\n');
}

const SEALED = /enc1:[0-9a-f]{8}:[A-Za-z0-9+/=]+/g;

/**
 * The same dump with every sealed value opened with the instance's keys: what a leaked backup would hold for
 * someone who also has the key. "Deleted" must be true here too, not only in the ciphertext.
 */
export async function dumpDatabaseOpened(db: SqlExecutor): Promise<string> {
  const raw = await dumpDatabase(db);
  // JSON.stringify escaped the sealed text's quotes; base64 has none, so the match is the sealed value itself.
  return raw.replace(SEALED, (sealed) => db.cipher.open(sealed));
}
