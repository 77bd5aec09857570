import { randomUUID } from 'node:crypto';
import type {
  VolunteerDirectory,
  VolunteerRecord,
  VolunteerStatus,
} from '../engine/volunteer-signup-flow.js';
import type { SqlDatabase } from './sql.js';

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

function toRecord(row: VolunteerRow): VolunteerRecord {
  return {
    id: row.id,
    channel: row.channel,
    userId: row.user_id,
    name: row.name,
    phone: row.phone,
    community: row.community,
    status: row.status,
    createdAt: new Date(row.created_at),
    decidedAt: row.decided_at === null ? null : new Date(row.decided_at),
    decidedBy: row.decided_by,
  };
}

/** Volunteer registrations on PostgreSQL SQL: the directory the dialogue reads and the list operators verify. */
export function createVolunteerRepository(db: SqlDatabase) {
  const directory: VolunteerDirectory = {
    async register(input) {
      // Registering again (a new phone, another community) starts a fresh check by an operator.
      const { rows } = await db.query<VolunteerRow>(
        `INSERT INTO volunteers (id, channel, user_id, name, phone, community, status, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, 'pending', $7)
         ON CONFLICT (channel, user_id) DO UPDATE
           SET name = EXCLUDED.name, phone = EXCLUDED.phone, community = EXCLUDED.community,
               status = 'pending', created_at = EXCLUDED.created_at, decided_at = NULL, decided_by = NULL
         RETURNING *`,
        [randomUUID(), input.channel, input.userId, input.name, input.phone, input.community, input.at],
      );
      return toRecord(rows[0]!);
    },
    async find(channel, userId) {
      const { rows } = await db.query<VolunteerRow>(
        'SELECT * FROM volunteers WHERE channel = $1 AND user_id = $2',
        [channel, userId],
      );
      return rows[0] ? toRecord(rows[0]) : undefined;
    },
  };
  return {
    ...directory,
    /** Registrations with this status, oldest first (the order operators work through them). */
    async list(status: VolunteerStatus): Promise<VolunteerRecord[]> {
      const { rows } = await db.query<VolunteerRow>(
        'SELECT * FROM volunteers WHERE status = $1 ORDER BY created_at LIMIT 500',
        [status],
      );
      return rows.map(toRecord);
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
      return rows[0] ? toRecord(rows[0]) : undefined;
    },
  };
}

/** The volunteer repository's API. */
export type VolunteerRepository = ReturnType<typeof createVolunteerRepository>;
