import type { RecipientTier } from '../oversight/recipient-tiers.js';
import { openNullable, sealNullable, type DataCipher } from './crypto/data-cipher.js';
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

/** A row as the ledger entry, its personal data opened. */
function toRecipient(r: RecipientRow, cipher: DataCipher): Recipient {
  return {
    idNumber: cipher.open(r.id_number),
    name: cipher.open(r.name),
    tier: r.tier,
    localityCode: r.locality_code,
    address: openNullable(cipher, r.address),
    phone: openNullable(cipher, r.phone),
    since: r.since,
  };
}

/** The shared ledger of recipients on PostgreSQL SQL (PGlite and server alike). */
export function createRecipientRepository(db: SqlDatabase) {
  const { cipher } = db;
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
            `INSERT INTO recipients (id_number_hash, id_number, name, tier, locality_code, address, phone, since, source, imported_at)
             VALUES ($10, $1, $2, $3, $4, $5, $6, $7, $8, $9)
             ON CONFLICT (id_number_hash) DO UPDATE SET name = EXCLUDED.name, tier = EXCLUDED.tier,
               locality_code = EXCLUDED.locality_code, address = EXCLUDED.address, phone = EXCLUDED.phone,
               since = EXCLUDED.since, source = EXCLUDED.source, imported_at = EXCLUDED.imported_at
             RETURNING (xmax = 0) AS added`,
            [
              cipher.seal(r.idNumber),
              cipher.seal(r.name),
              r.tier,
              r.localityCode,
              sealNullable(cipher, r.address),
              sealNullable(cipher, r.phone),
              r.since,
              source,
              at,
              cipher.lookupHash(r.idNumber),
            ],
          );
          if (result[0]?.added) added++;
        }
        return { added, updated: rows.length - added };
      });
    },

    /** The ledger entry of an ID number, if the person is in it. */
    async find(idNumber: string): Promise<Recipient | undefined> {
      const { rows } = await db.query<RecipientRow>(
        `SELECT ${COLUMNS} FROM recipients WHERE id_number_hash = ANY($1::text[])`,
        [cipher.lookupHashes(idNumber)],
      );
      return rows[0] ? toRecipient(rows[0], cipher) : undefined;
    },

    /** The ledger entries of these ID numbers, keyed by ID number. */
    async findMany(idNumbers: readonly string[]): Promise<Map<string, Recipient>> {
      if (idNumbers.length === 0) return new Map();
      const { rows } = await db.query<RecipientRow>(
        `SELECT ${COLUMNS} FROM recipients WHERE id_number_hash = ANY($1::text[])`,
        [[...new Set(idNumbers)].flatMap((id) => cipher.lookupHashes(id))],
      );
      const found = rows.map((row) => toRecipient(row, cipher));
      return new Map(found.map((recipient) => [recipient.idNumber, recipient]));
    },
  };
}

/** The recipient repository's API. */
export type RecipientRepository = ReturnType<typeof createRecipientRepository>;
