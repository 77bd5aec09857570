import type { RecipientTier } from '../oversight/recipient-tiers.js';
import type { SqlDatabase } from './sql.js';

/** A person in the shared ledger of recipients. */
export interface Recipient {
  idNumber: string;
  name: string;
  tier: RecipientTier;
  localityCode: string;
  address: string | null;
  phone: string | null;
  /** Local date (YYYY-MM-DD) they have received help since, when the sheet said. */
  since: string | null;
}

/** The shared ledger of recipients on PostgreSQL SQL (PGlite and server alike). */
export function createRecipientRepository(db: SqlDatabase) {
  return {
    /**
     * Writes all rows in one transaction (a person already in the ledger is updated to what the sheet
     * says): either every row is written or, on any failure, none. Returns how many were new.
     */
    async importAll(
      rows: readonly Recipient[],
      source: string,
      at: Date,
    ): Promise<{ added: number; updated: number }> {
      return db.transaction(async (tx) => {
        let added = 0;
        for (const r of rows) {
          const { rows: result } = await tx.query<{ added: boolean }>(
            `INSERT INTO recipients (id_number, name, tier, locality_code, address, phone, since, source, imported_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
             ON CONFLICT (id_number) DO UPDATE SET name = EXCLUDED.name, tier = EXCLUDED.tier,
               locality_code = EXCLUDED.locality_code, address = EXCLUDED.address, phone = EXCLUDED.phone,
               since = EXCLUDED.since, source = EXCLUDED.source, imported_at = EXCLUDED.imported_at
             RETURNING (xmax = 0) AS added`,
            [r.idNumber, r.name, r.tier, r.localityCode, r.address, r.phone, r.since, source, at],
          );
          if (result[0]?.added) added++;
        }
        return { added, updated: rows.length - added };
      });
    },

    /** The ledger entry of an ID number, if the person is in it. */
    async find(idNumber: string): Promise<Recipient | undefined> {
      const { rows } = await db.query<{
        id_number: string;
        name: string;
        tier: RecipientTier;
        locality_code: string;
        address: string | null;
        phone: string | null;
        since: string | Date | null;
      }>('SELECT * FROM recipients WHERE id_number = $1', [idNumber]);
      const r = rows[0];
      if (!r) return undefined;
      const since = r.since instanceof Date ? r.since.toISOString().slice(0, 10) : r.since;
      return {
        idNumber: r.id_number,
        name: r.name,
        tier: r.tier,
        localityCode: r.locality_code,
        address: r.address,
        phone: r.phone,
        since,
      };
    },

    /** How many people the ledger holds per tier. */
    async countByTier(): Promise<Record<string, number>> {
      const { rows } = await db.query<{ tier: string; n: string | number }>(
        'SELECT tier, count(*) AS n FROM recipients GROUP BY tier',
      );
      return Object.fromEntries(rows.map((r) => [r.tier, Number(r.n)]));
    },
  };
}

/** The recipient repository's API. */
export type RecipientRepository = ReturnType<typeof createRecipientRepository>;
