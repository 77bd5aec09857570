import { randomUUID } from 'node:crypto';
import type { HandoffPriority } from '../engine/actions.js';
import { openNullable, sealNullable, type DataCipher } from './crypto/data-cipher.js';
import type { SqlDatabase, SqlExecutor } from './sql.js';
import {
  PREVIEW_CHARS,
  type HandoffOutcome,
  type HandoffRecord,
  type HandoffStatus,
  type Reporter,
} from '../handoff/handoff-types.js';

interface HandoffRow {
  id: string;
  conversation_id: string;
  channel: string;
  user_id: string;
  priority: HandoffPriority;
  reasons: string[];
  status: HandoffStatus;
  created_at: Date | string;
  escalated_at: Date | string;
  claimed_by: string | null;
  claimed_by_name: string | null;
  claimed_at: Date | string | null;
  first_operator_message_at: Date | string | null;
  last_operator_message_at: Date | string | null;
  last_resident_message_at: Date | string | null;
  resolved_at: Date | string | null;
  outcome: HandoffOutcome | null;
  note: string | null;
  case_no: string | null;
  reporter: string | null;
  overdue: boolean;
  stale: boolean;
  preview: string | null;
}

const date = (value: Date | string): Date => (value instanceof Date ? value : new Date(value));
const maybeDate = (value: Date | string | null): Date | null => (value === null ? null : date(value));

function toRecord(row: HandoffRow, cipher: DataCipher): HandoffRecord {
  return {
    id: row.id,
    conversationId: row.conversation_id,
    channel: row.channel,
    userId: row.user_id,
    priority: row.priority,
    reasons: row.reasons,
    status: row.status,
    createdAt: date(row.created_at),
    escalatedAt: date(row.escalated_at),
    claimedById: row.claimed_by,
    claimedByName: row.claimed_by_name,
    claimedAt: maybeDate(row.claimed_at),
    firstOperatorMessageAt: maybeDate(row.first_operator_message_at),
    lastOperatorMessageAt: maybeDate(row.last_operator_message_at),
    lastResidentMessageAt: maybeDate(row.last_resident_message_at),
    resolvedAt: maybeDate(row.resolved_at),
    outcome: row.outcome,
    note: openNullable(cipher, row.note),
    caseNo: row.case_no,
    reporter: row.reporter === null ? null : cipher.openJson<Reporter>(row.reporter),
    overdue: row.overdue,
    stale: row.stale,
    // Cut after opening: the stored text is sealed, so SQL cannot cut it.
    preview: row.preview === null ? '' : [...cipher.open(row.preview)].slice(0, PREVIEW_CHARS).join(''),
  };
}

// The queue shows the resident's last words; computing them on read keeps the turn's write small.
const SELECT = `SELECT h.*, (SELECT m.text FROM messages m
    WHERE m.conversation_id = h.conversation_id AND m.author = 'resident' ORDER BY m.id DESC LIMIT 1) AS preview
  FROM handoffs h`;
const ORDER = `ORDER BY CASE h.priority WHEN 'critical' THEN 0 WHEN 'high' THEN 1 ELSE 2 END, h.created_at, h.id`;

// Priorities ordered in SQL, so a raise is decided inside the upsert.
const RANK_SQL = (column: string): string =>
  `(CASE ${column} WHEN 'critical' THEN 2 WHEN 'high' THEN 1 ELSE 0 END)`;

/** A queue entry a turn asks for. */
export interface TurnHandoff {
  conversationId: string;
  priority: HandoffPriority;
  reasons: readonly string[];
  caseNo: string | null;
  at: Date;
  residentMessageAt: Date;
}

/** Queues the conversation, or raises its open handoff (never lowers it) and merges the reasons; in the turn's transaction. */
export async function queueFromTurn(tx: SqlExecutor, handoff: TurnHandoff): Promise<void> {
  await tx.query(
    `INSERT INTO handoffs (id, conversation_id, channel, user_id, priority, reasons, status, created_at,
       escalated_at, last_resident_message_at, case_no)
     SELECT $1, c.id, c.channel, c.user_id, $3, $4, 'queued', $5, $5, $6, $7 FROM conversations c WHERE c.id = $2
     ON CONFLICT (conversation_id) WHERE status <> 'resolved' DO UPDATE SET
       priority = CASE WHEN ${RANK_SQL('EXCLUDED.priority')} > ${RANK_SQL('handoffs.priority')}
         THEN EXCLUDED.priority ELSE handoffs.priority END,
       escalated_at = CASE WHEN ${RANK_SQL('EXCLUDED.priority')} > ${RANK_SQL('handoffs.priority')}
         THEN EXCLUDED.escalated_at ELSE handoffs.escalated_at END,
       reasons = handoffs.reasons || COALESCE((SELECT jsonb_agg(r) FROM jsonb_array_elements(EXCLUDED.reasons) r
         WHERE NOT handoffs.reasons @> jsonb_build_array(r)), '[]'::jsonb),
       case_no = COALESCE(EXCLUDED.case_no, handoffs.case_no)`,
    [
      randomUUID(),
      handoff.conversationId,
      handoff.priority,
      JSON.stringify(handoff.reasons),
      handoff.at,
      handoff.residentMessageAt,
      handoff.caseNo,
    ],
  );
}

/** The console shows how long a resident in the queue has been waiting for an answer. */
export async function touchResidentMessage(tx: SqlExecutor, conversationId: string, at: Date): Promise<void> {
  await tx.query(
    `UPDATE handoffs SET last_resident_message_at = $2 WHERE conversation_id = $1 AND status <> 'resolved'`,
    [conversationId, at],
  );
}

/** A report filed outside a conversation turn (a volunteer's REST call). */
export interface ReportHandoffInsert {
  conversationId: string;
  channel: string;
  userId: string;
  priority: HandoffPriority;
  reasons: string[];
  caseNo: string;
  reporter: Reporter;
  at: Date;
}

/** The green-channel queue on PostgreSQL SQL. */
export function createHandoffRepository(db: SqlDatabase) {
  async function byIds(ids: string[]): Promise<HandoffRecord[]> {
    if (ids.length === 0) return [];
    const { rows } = await db.query<HandoffRow>(`${SELECT} WHERE h.id = ANY($1::uuid[]) ${ORDER}`, [ids]);
    return rows.map((row) => toRecord(row, db.cipher));
  }

  async function get(id: string): Promise<HandoffRecord | undefined> {
    return (await byIds([id]))[0];
  }

  return {
    get,

    /** The open (queued or claimed) handoff of a conversation, if any. */
    async openFor(conversationId: string): Promise<HandoffRecord | undefined> {
      const { rows } = await db.query<HandoffRow>(
        `${SELECT} WHERE h.conversation_id = $1 AND h.status <> 'resolved'`,
        [conversationId],
      );
      return rows[0] ? toRecord(rows[0], db.cipher) : undefined;
    },

    /** Whether the conversation has an open handoff, and who holds it (null while the bot has it). */
    async status(conversationId: string): Promise<{ open: boolean; heldBy: string | null }> {
      const { rows } = await db.query<{ status: HandoffStatus; claimed_by_name: string | null }>(
        `SELECT status, claimed_by_name FROM handoffs WHERE conversation_id = $1 AND status <> 'resolved'`,
        [conversationId],
      );
      const row = rows[0];
      return {
        open: row !== undefined,
        heldBy: row?.status === 'claimed' ? (row.claimed_by_name ?? '工作人员') : null,
      };
    },

    /** Open handoffs (most urgent first, then longest waiting), or the latest resolved ones. */
    async list(open: boolean, limit = 200): Promise<HandoffRecord[]> {
      const { rows } = await db.query<HandoffRow>(
        open
          ? `${SELECT} WHERE h.status <> 'resolved' ${ORDER} LIMIT $1`
          : `${SELECT} WHERE h.status = 'resolved' ORDER BY h.resolved_at DESC LIMIT $1`,
        [limit],
      );
      return rows.map((row) => toRecord(row, db.cipher));
    },

    /** Claims a queued handoff; the conditional update lets exactly one of many concurrent claims win. */
    async claim(id: string, operator: { id: string; name: string }, at: Date): Promise<boolean> {
      const { rows } = await db.query<{ id: string }>(
        `UPDATE handoffs SET status = 'claimed', claimed_by = $2, claimed_by_name = $3, claimed_at = $4
         WHERE id = $1 AND status = 'queued' RETURNING id`,
        [id, operator.id, operator.name, at],
      );
      return rows.length === 1;
    },

    /** Records an operator message: first/last times for reporting, and clears the silence flag. */
    async operatorMessaged(id: string, at: Date): Promise<void> {
      await db.query(
        `UPDATE handoffs SET first_operator_message_at = COALESCE(first_operator_message_at, $2),
           last_operator_message_at = $2, stale = false WHERE id = $1`,
        [id, at],
      );
    },

    /** Closes an open handoff with its outcome; false when it was already closed. */
    async resolve(
      id: string,
      by: string,
      outcome: HandoffOutcome,
      note: string | null,
      caseNo: string | null,
      at: Date,
    ): Promise<boolean> {
      const { rows } = await db.query<{ id: string }>(
        `UPDATE handoffs SET status = 'resolved', resolved_at = $2, resolved_by = $3, outcome = $4, note = $5,
           case_no = COALESCE($6, case_no), stale = false
         WHERE id = $1 AND status <> 'resolved' RETURNING id`,
        [id, at, by, outcome, sealNullable(db.cipher, note), caseNo],
      );
      return rows.length === 1;
    },

    /** Queues a report filed outside a turn, merging into the conversation's open handoff if there is one. */
    async insertReport(input: ReportHandoffInsert): Promise<HandoffRecord> {
      const id = randomUUID();
      await db.query(
        `INSERT INTO handoffs (id, conversation_id, channel, user_id, priority, reasons, status, created_at, escalated_at,
           last_resident_message_at, case_no, reporter)
         VALUES ($1, $2, $3, $4, $5, $6, 'queued', $7, $7, $7, $8, $9)`,
        [
          id,
          input.conversationId,
          input.channel,
          input.userId,
          input.priority,
          JSON.stringify(input.reasons),
          input.at,
          input.caseNo,
          db.cipher.sealJson(input.reporter),
        ],
      );
      return (await get(id))!;
    },

    /** Marks critical handoffs unclaimed since `before` as overdue; returns the ones newly marked. */
    async markOverdue(before: Date): Promise<HandoffRecord[]> {
      const { rows } = await db.query<{ id: string }>(
        `UPDATE handoffs SET overdue = true
         WHERE status = 'queued' AND priority = 'critical' AND NOT overdue AND escalated_at <= $1 RETURNING id`,
        [before],
      );
      return byIds(rows.map((r) => r.id));
    },

    /** Flags claimed handoffs with no operator message since `before`; returns the ones newly flagged. */
    async markStale(before: Date): Promise<HandoffRecord[]> {
      const { rows } = await db.query<{ id: string }>(
        `UPDATE handoffs SET stale = true
         WHERE status = 'claimed' AND NOT stale AND COALESCE(last_operator_message_at, claimed_at) <= $1 RETURNING id`,
        [before],
      );
      return byIds(rows.map((r) => r.id));
    },
  };
}

/** The handoff repository's API. */
export type HandoffRepository = ReturnType<typeof createHandoffRepository>;
