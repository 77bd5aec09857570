import type { SqlDatabase, SqlExecutor } from '../sql.js';
import { retireDataKeys } from './data-key-registry.js';
import { SEALED_TABLES, type SealedTable } from './sealed-columns.js';

const BATCH = 200;

/** How many rows a pass sealed again, per table. */
export type ResealReport = Record<string, number>;

/** Re-seals one batch of rows whose sealed columns do not start with `keep`; returns how many it changed. */
async function resealBatch(tx: SqlExecutor, spec: SealedTable, keep: string): Promise<number> {
  const stale = spec.columns.map((c) => `(${c} IS NOT NULL AND ${c} NOT LIKE $1)`).join(' OR ');
  const hashCols = Object.keys(spec.hashes ?? {});
  // A hash missing beside its value (a row from before look-up hashes) needs the pass too.
  const unhashed = Object.entries(spec.hashes ?? {})
    .map(([hash, source]) => `(${source} IS NOT NULL AND ${hash} IS NULL)`)
    .join(' OR ');
  const { rows } = await tx.query<Record<string, string | null>>(
    `SELECT id, ${spec.columns.join(', ')} FROM ${spec.table}
     WHERE ${stale}${unhashed ? ` OR ${unhashed}` : ''} ORDER BY id LIMIT ${BATCH} FOR UPDATE SKIP LOCKED`,
    [`${keep.replace(/[%_\\]/g, '\\$&')}%`],
  );
  const { cipher } = tx;
  for (const row of rows) {
    const plain = Object.fromEntries(
      spec.columns.map((c) => [c, row[c] == null ? null : cipher.open(row[c])]),
    );
    const values = spec.columns.map((c) => (plain[c] == null ? null : cipher.seal(plain[c])));
    const hashes = hashCols.map((h) => {
      const source = plain[spec.hashes![h]!];
      return source == null ? null : cipher.lookupHash(source);
    });
    const sets = [...spec.columns, ...hashCols].map((c, i) => `${c} = $${i + 2}`).join(', ');
    await tx.query(`UPDATE ${spec.table} SET ${sets} WHERE id = $1`, [row.id, ...values, ...hashes]);
  }
  return rows.length;
}

async function pass(db: SqlDatabase, keep: string): Promise<ResealReport> {
  const report: ResealReport = {};
  for (const spec of SEALED_TABLES) {
    let total = 0;
    for (;;) {
      const changed = await db.transaction((tx) => resealBatch(tx, spec, keep));
      total += changed;
      if (changed < BATCH) break;
    }
    if (total > 0) report[spec.table] = total;
  }
  return report;
}

/** Seals rows written before encryption (plain values, missing hashes); a no-op once every row is sealed. */
export function sealLegacyRows(db: SqlDatabase): Promise<ResealReport> {
  return pass(db, 'enc1:');
}

/**
 * Re-seals every value with the current key (after DATA_KEY changed and the old one moved to DATA_KEYS),
 * recomputes the look-up hashes, then forgets the old key ids so the old keys can be dropped from DATA_KEYS.
 */
export async function resealWithCurrentKey(db: SqlDatabase): Promise<ResealReport> {
  const keep = `enc1:${db.cipher.keyId}:`;
  const report = await pass(db, keep);
  // Rows another transaction held during the pass are left for the next run, and their key stays known.
  if ((await pass(db, keep)) && (await remaining(db, keep)) === 0) await retireDataKeys(db, []);
  return report;
}

async function remaining(db: SqlDatabase, keep: string): Promise<number> {
  let total = 0;
  for (const spec of SEALED_TABLES) {
    const stale = spec.columns.map((c) => `(${c} IS NOT NULL AND ${c} NOT LIKE $1)`).join(' OR ');
    const { rows } = await db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM ${spec.table} WHERE ${stale}`,
      [`${keep}%`],
    );
    total += rows[0]?.n ?? 0;
  }
  return total;
}
