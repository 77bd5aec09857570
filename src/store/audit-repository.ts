import type { SqlDatabase } from './sql.js';
import { openNullable, sealNullable } from './crypto/data-cipher.js';

/** What a staff member did to a case or a handoff. */
export type AuditAction =
  | 'case_list'
  | 'case_read'
  | 'case_update'
  | 'case_reveal'
  | 'handoff_read'
  | 'handoff_claim'
  | 'handoff_message'
  | 'handoff_release'
  | 'handoff_resolve'
  | 'handoff_reveal';

/** The staff member an entry is about. */
export interface AuditActor {
  id: string;
  username: string;
  displayName: string;
  role: string;
}

/** One entry to write. */
export interface AuditEntry {
  actor: AuditActor;
  action: AuditAction;
  caseNo?: string | null;
  handoffId?: string | null;
  /** Which personal field was revealed. */
  field?: string | null;
  reason?: string | null;
  at: Date;
}

/** One entry as admins read it. */
export interface AuditRecord {
  id: string;
  at: string;
  userId: string | null;
  username: string;
  displayName: string;
  role: string;
  action: AuditAction;
  caseNo: string | null;
  handoffId: string | null;
  field: string | null;
  reason: string | null;
}

/** What admins filter the log by. */
export interface AuditQuery {
  caseNo?: string | undefined;
  username?: string | undefined;
  from?: Date | undefined;
  to?: Date | undefined;
  limit?: number | undefined;
}

interface AuditRow {
  id: string | number;
  at: Date | string;
  staff_user_id: string | null;
  username: string;
  display_name: string;
  role: string;
  action: AuditAction;
  case_no: string | null;
  handoff_id: string | null;
  field: string | null;
  reason: string | null;
}

/** The audit log on PostgreSQL SQL: append and query, never update. */
export function createAuditRepository(db: SqlDatabase) {
  return {
    /** Writes entries (one per case when a list showed several) in one statement. */
    async record(entries: readonly AuditEntry[]): Promise<void> {
      if (entries.length === 0) return;
      const params: unknown[] = [];
      const rows = entries.map((e) => {
        const values = [
          e.at,
          e.actor.id,
          e.actor.username,
          e.actor.displayName,
          e.actor.role,
          e.action,
          e.caseNo ?? null,
          e.handoffId ?? null,
          e.field ?? null,
          sealNullable(db.cipher, e.reason),
        ];
        const start = params.length;
        params.push(...values);
        return `(${values.map((_, i) => `$${start + i + 1}`).join(', ')})`;
      });
      await db.query(
        `INSERT INTO audit_log (at, staff_user_id, username, display_name, role, action, case_no, handoff_id, field, reason)
         VALUES ${rows.join(', ')}`,
        params,
      );
    },

    /** Entries matching the query, newest first. */
    async query(query: AuditQuery): Promise<AuditRecord[]> {
      const where: string[] = [];
      const params: unknown[] = [];
      const add = (clause: string, value: unknown) => {
        params.push(value);
        where.push(clause.replace('?', `$${params.length}`));
      };
      if (query.caseNo) add('case_no = ?', query.caseNo);
      if (query.username) add('lower(username) = lower(?)', query.username);
      if (query.from) add('at >= ?', query.from);
      if (query.to) add('at <= ?', query.to);
      params.push(Math.min(query.limit ?? 200, 1000));
      const { rows } = await db.query<AuditRow>(
        `SELECT * FROM audit_log ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
         ORDER BY at DESC, id DESC LIMIT $${params.length}`,
        params,
      );
      return rows.map((r) => ({
        id: String(r.id),
        at: new Date(r.at).toISOString(),
        userId: r.staff_user_id,
        username: r.username,
        displayName: r.display_name,
        role: r.role,
        action: r.action,
        caseNo: r.case_no,
        handoffId: r.handoff_id,
        field: r.field,
        reason: openNullable(db.cipher, r.reason),
      }));
    },
  };
}

/** The audit repository's API. */
export type AuditRepository = ReturnType<typeof createAuditRepository>;
