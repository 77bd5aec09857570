import type { SqlExecutor } from '../sql.js';

/** Raised at start when the database holds values sealed with a key this instance was not given. */
export class DataKeyMismatchError extends Error {
  override readonly name = 'DataKeyMismatchError';
}

/**
 * Records the current key id and refuses to start when the database was written with a key this instance
 * does not hold: two instances on one PostgreSQL with different keys would each write what the other cannot
 * read (each would otherwise generate its own key on a first run).
 */
export async function checkDataKeys(db: SqlExecutor): Promise<void> {
  const { rows } = await db.query<{ key_id: string }>('SELECT key_id FROM data_keys');
  const missing = rows.map((r) => r.key_id).filter((id) => !db.cipher.keyIds.includes(id));
  if (missing.length > 0)
    throw new DataKeyMismatchError(
      `this database holds personal data sealed with data key ${missing.join(', ')}, which this instance does not ` +
        `hold (its key is ${db.cipher.keyId}). Give every instance the same DATA_KEY, and keep older keys in ` +
        'DATA_KEYS until `npm run data:rekey` has re-sealed everything.',
    );
  await db.query(
    'INSERT INTO data_keys (key_id, first_used_at) VALUES ($1, now()) ON CONFLICT (key_id) DO NOTHING',
    [db.cipher.keyId],
  );
}

/** Forgets key ids no longer used by any value (after a re-encryption), so those keys can be dropped. */
export async function retireDataKeys(db: SqlExecutor, stillUsed: readonly string[]): Promise<void> {
  await db.query('DELETE FROM data_keys WHERE key_id <> ALL($1::text[])', [[db.cipher.keyId, ...stillUsed]]);
}
