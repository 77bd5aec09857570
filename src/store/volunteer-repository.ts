import { randomUUID } from 'node:crypto';
import type { DataCipher } from './crypto/data-cipher.js';
import type { SqlDatabase, SqlExecutor } from './sql.js';

/** Where a volunteer's registration stands. */
export type VolunteerStatus = 'pending' | 'verified' | 'rejected';

/** A volunteer or grid worker registered from a chat. */
export interface VolunteerRecord {
  id: string;
  channel: string;
  userId: string;
  name: string;
  phone: string;
  community: string;
  status: VolunteerStatus;
  createdAt: Date;
  decidedAt: Date | null;
  decidedBy: string | null;
}

/** What registering asks for. */
export interface VolunteerRegistration {
  channel: string;
  userId: string;
  name: string;
  phone: string;
  community: string;
  at: Date;
}

interface VolunteerRow {
  id: string;
  channel: string;
  user_id: string;
  name: string;
  phone: string;
  community: string;
  status: VolunteerStatus;
  created_at: Date | string;
  decided_at: Date | string | null;
  decided_by: string | null;
}

function toRecord(row: VolunteerRow, cipher: DataCipher): VolunteerRecord {
  return {
    id: row.id,
    channel: row.channel,
    userId: row.user_id,
    name: cipher.open(row.name),
    phone: cipher.open(row.phone),
    community: row.community,
    status: row.status,
    createdAt: new Date(row.created_at),
    decidedAt: row.decided_at === null ? null : new Date(row.decided_at),
    decidedBy: row.decided_by,
  };
}

/** Registers (or registers again, which starts a fresh check by an operator) inside the caller's transaction. */
export async function registerVolunteer(
  tx: SqlExecutor,
  input: VolunteerRegistration,
): Promise<VolunteerRecord> {
  const { rows } = await tx.query<VolunteerRow>(
    `INSERT INTO volunteers (id, channel, user_id, name, phone, community, status, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, 'pending', $7)
     ON CONFLICT (channel, user_id) DO UPDATE
       SET name = EXCLUDED.name, phone = EXCLUDED.phone, community = EXCLUDED.community,
           status = 'pending', created_at = EXCLUDED.created_at, decided_at = NULL, decided_by = NULL
     RETURNING *`,
    [
      randomUUID(),
      input.channel,
      input.userId,
      tx.cipher.seal(input.name),
      tx.cipher.seal(input.phone),
      input.community,
      input.at,
    ],
  );
  return toRecord(rows[0]!, tx.cipher);
}

/** The registration of a channel user, if any. */
export async function findVolunteer(
  tx: SqlExecutor,
  channel: string,
  userId: string,
): Promise<VolunteerRecord | undefined> {
  const { rows } = await tx.query<VolunteerRow>(
    'SELECT * FROM volunteers WHERE channel = $1 AND user_id = $2',
    [channel, userId],
  );
  return rows[0] ? toRecord(rows[0], tx.cipher) : undefined;
}

/** Volunteer registrations on PostgreSQL SQL: the list operators verify. */
export function createVolunteerRepository(db: SqlDatabase) {
  return {
    /** Registers outside a turn (tests, imports). */
    register: (input: VolunteerRegistration) => registerVolunteer(db, input),
    /** The registration of a channel user, if any. */
    find: (channel: string, userId: string) => findVolunteer(db, channel, userId),

    /** Registrations with this status, oldest first (the order operators work through them). */
    async list(status: VolunteerStatus): Promise<VolunteerRecord[]> {
      const { rows } = await db.query<VolunteerRow>(
        'SELECT * FROM volunteers WHERE status = $1 ORDER BY created_at LIMIT 500',
        [status],
      );
      return rows.map((row) => toRecord(row, db.cipher));
    },
    /** Records an operator's decision; undefined when there is no such registration. */
    async decide(
      id: string,
      status: 'verified' | 'rejected',
      by: string,
      at: Date,
    ): Promise<VolunteerRecord | undefined> {
      const { rows } = await db.query<VolunteerRow>(
        'UPDATE volunteers SET status = $2, decided_by = $3, decided_at = $4 WHERE id = $1 RETURNING *',
        [id, status, by, at],
      );
      return rows[0] ? toRecord(rows[0], db.cipher) : undefined;
    },
  };
}

/** The volunteer repository's API. */
export type VolunteerRepository = ReturnType<typeof createVolunteerRepository>;
