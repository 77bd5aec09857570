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

interface RecipientRow {
  id_number: string;
  name: string;
  tier: RecipientTier;
  locality_code: string;
  address: string | null;
  phone: string | null;
  since: string | null;
}

// The date as text: drivers differ on how they turn a date column into a Date, and zones shift it.
const COLUMNS = 'id_number, name, tier, locality_code, address, phone, since::text AS since';

function toRecipient(r: RecipientRow): Recipient {
  return {
    idNumber: r.id_number,
    name: r.name,
    tier: r.tier,
    localityCode: r.locality_code,
    address: r.address,
    phone: r.phone,
    since: r.since,
  };
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
      const { rows } = await db.query<RecipientRow>(
        `SELECT ${COLUMNS} FROM recipients WHERE id_number = $1`,
        [idNumber],
      );
      return rows[0] ? toRecipient(rows[0]) : undefined;
    },

    /** The ledger entries of these ID numbers, keyed by ID number. */
    async findMany(idNumbers: readonly string[]): Promise<Map<string, Recipient>> {
      if (idNumbers.length === 0) return new Map();
      const { rows } = await db.query<RecipientRow>(
        `SELECT ${COLUMNS} FROM recipients WHERE id_number = ANY($1)`,
        [[...new Set(idNumbers)]],
      );
      return new Map(rows.map((row) => [row.id_number, toRecipient(row)]));
    },
  };
}

/** The recipient repository's API. */
export type RecipientRepository = ReturnType<typeof createRecipientRepository>;
