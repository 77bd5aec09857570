import { CLOSED_STATUSES } from '../cases/case-types.js';
import { eraseFromJson } from '../identity/redact.js';
import { erasePersonalData } from './erase-personal-data.js';
import type { SqlDatabase, SqlExecutor } from './sql.js';

// One instance runs a retention pass at a time, whichever it is (the others skip that tick).
const RETENTION_LOCK_KEY = 4_231_978;
// Cases per pass: short transactions, and the next tick goes on where this one stopped.
const BATCH = 100;

/** What one retention pass did. */
export type RetentionOutcome = { ran: false } | { ran: true; anonymised: string[] };

interface RetiredRow {
  id: string;
  case_no: string;
  conversation_id: string | null;
  applicant_name: string | null;
  id_number: string | null;
  phone: string | null;
  address: string | null;
  fields: string;
  updated_at: Date | string;
}

/** Every personal value of a case, opened: what must disappear from its conversation too. */
function personalValues(tx: SqlExecutor, row: RetiredRow): string[] {
  const { cipher } = tx;
  const values = [row.applicant_name, row.id_number, row.phone, row.address]
    .filter((v): v is string => v !== null)
    .map((v) => cipher.open(v));
  const fields = cipher.openJson<Record<string, unknown>>(row.fields);
  for (const value of Object.values(fields ?? {}))
    if (typeof value === 'string' && value.length >= 2) values.push(value);
  return values;
}

/**
 * Anonymises one closed case: its personal fields and look-up hashes, its timeline notes and the notes of its
 * handoffs go; in its conversation the values are erased everywhere, and the transcript and turns up to the
 * case's closing (where free-text hardship lives) are deleted.
 */
async function anonymise(tx: SqlExecutor, row: RetiredRow, at: Date): Promise<void> {
  const values = personalValues(tx, row);
  await tx.query(
    `UPDATE cases SET applicant_name = NULL, id_number = NULL, phone = NULL, address = NULL, fields = $2,
       id_number_hash = NULL, phone_hash = NULL, anonymised_at = $3 WHERE id = $1`,
    [row.id, tx.cipher.sealJson({}), at],
  );
  await tx.query('UPDATE case_events SET note = NULL WHERE case_id = $1', [row.id]);
  await tx.query('UPDATE handoffs SET note = NULL, reporter = NULL WHERE case_no = $1', [row.case_no]);
  if (row.conversation_id === null) return;
  const closedAt = row.updated_at;
  await tx.query('DELETE FROM messages WHERE conversation_id = $1 AND created_at <= $2', [
    row.conversation_id,
    closedAt,
  ]);
  await tx.query('DELETE FROM turns WHERE conversation_id = $1 AND created_at <= $2', [
    row.conversation_id,
    closedAt,
  ]);
  await tx.query('DELETE FROM outbox WHERE conversation_id = $1 AND created_at <= $2', [
    row.conversation_id,
    closedAt,
  ]);
  await erasePersonalData(tx, row.conversation_id, values);
  const state = await tx.query<{ state: string }>(
    'SELECT state FROM conversations WHERE id = $1 FOR UPDATE',
    [row.conversation_id],
  );
  if (state.rows[0]) {
    const opened = tx.cipher.openJson<unknown>(state.rows[0].state);
    const erased = eraseFromJson(opened, values);
    if (JSON.stringify(erased) !== JSON.stringify(opened))
      await tx.query('UPDATE conversations SET state = $2 WHERE id = $1', [
        row.conversation_id,
        tx.cipher.sealJson(erased),
      ]);
  }
}

/**
 * One retention pass: the personal data of cases closed (refused, completed or cancelled) for more than
 * `days` days is anonymised. Guarded by a PostgreSQL advisory lock, so with many instances exactly one runs it.
 */
export async function runRetention(db: SqlDatabase, now: Date, days: number): Promise<RetentionOutcome> {
  const cutoff = new Date(now.getTime() - days * 86_400_000);
  return db.transaction(async (tx) => {
    const { rows: lock } = await tx.query<{ locked: boolean }>(
      'SELECT pg_try_advisory_xact_lock($1) AS locked',
      [RETENTION_LOCK_KEY],
    );
    if (!lock[0]?.locked) return { ran: false } as const;
    const { rows } = await tx.query<RetiredRow>(
      `SELECT id, case_no, conversation_id, applicant_name, id_number, phone, address, fields, updated_at FROM cases
       WHERE anonymised_at IS NULL AND status = ANY($1::text[]) AND updated_at <= $2
       ORDER BY updated_at LIMIT ${BATCH} FOR UPDATE`,
      [CLOSED_STATUSES, cutoff],
    );
    for (const row of rows) await anonymise(tx, row, now);
    return { ran: true, anonymised: rows.map((r) => r.case_no) } as const;
  });
}
