import { randomUUID } from 'node:crypto';
import type { HandoffPriority } from '../engine/actions.js';
import { openNullable, sealNullable, type DataCipher } from './crypto/data-cipher.js';
import type { SqlDatabase, SqlExecutor } from './sql.js';
import {
  PREVIEW_CHARS,
  type HandoffNote,
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
  risk_category: string | null;
  resident_warnings: number;
  resident_warned_at: Date | string | null;
  handed_back_at: Date | string | null;
  follow_up_due_at: Date | string | null;
  department_code: string | null;
  unanswered: number | string | null;
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
    riskCategory: row.risk_category,
    residentWarnings: row.resident_warnings,
    residentWarnedAt: maybeDate(row.resident_warned_at),
    handedBackAt: maybeDate(row.handed_back_at),
    followUpDueAt: maybeDate(row.follow_up_due_at),
    departmentCode: row.department_code,
    unanswered: Number(row.unanswered ?? 0),
  };
}

// The queue shows the resident's last words, and while an operator holds the conversation how many of the
// resident's messages wait for an answer; computing them on read keeps the turn's write small.
const SELECT = `SELECT h.*, (SELECT m.text FROM messages m
    WHERE m.conversation_id = h.conversation_id AND m.author = 'resident' ORDER BY m.id DESC LIMIT 1) AS preview,
  CASE WHEN h.status = 'claimed' THEN (SELECT count(*) FROM messages m
    WHERE m.conversation_id = h.conversation_id AND m.author = 'resident'
      AND m.created_at > COALESCE(GREATEST(h.last_operator_message_at, h.claimed_at), h.created_at))
  ELSE 0 END AS unanswered
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
  /** The risk category of the danger heard, when a risk reading queued it. */
  category?: string | null;
  at: Date;
  residentMessageAt: Date;
}

/** Queues the conversation, or raises its open handoff (never lowers it) and merges the reasons; in the turn's transaction. */
export async function queueFromTurn(tx: SqlExecutor, handoff: TurnHandoff): Promise<void> {
  const raises = `${RANK_SQL('EXCLUDED.priority')} > ${RANK_SQL('handoffs.priority')}`;
  // A handed-back conversation waiting for its follow-up goes back into the queue when the resident asks
  // for a person again: somebody must pick it up, and its SLA counts from now.
  const requeue = `handoffs.status = 'follow_up'`;
  await tx.query(
    `INSERT INTO handoffs (id, conversation_id, channel, user_id, priority, reasons, status, created_at,
       escalated_at, last_resident_message_at, case_no, risk_category)
     SELECT $1, c.id, c.channel, c.user_id, $3, $4, 'queued', $5, $5, $6, $7, $8 FROM conversations c WHERE c.id = $2
     ON CONFLICT (conversation_id) WHERE status <> 'resolved' DO UPDATE SET
       priority = CASE WHEN ${raises} THEN EXCLUDED.priority ELSE handoffs.priority END,
       escalated_at = CASE WHEN ${raises} OR ${requeue} THEN EXCLUDED.escalated_at ELSE handoffs.escalated_at END,
       risk_category = CASE WHEN ${raises} OR handoffs.risk_category IS NULL
         THEN COALESCE(EXCLUDED.risk_category, handoffs.risk_category) ELSE handoffs.risk_category END,
       reasons = handoffs.reasons || COALESCE((SELECT jsonb_agg(r) FROM jsonb_array_elements(EXCLUDED.reasons) r
         WHERE NOT handoffs.reasons @> jsonb_build_array(r)), '[]'::jsonb),
       case_no = COALESCE(EXCLUDED.case_no, handoffs.case_no),
       claimed_by = CASE WHEN ${requeue} THEN NULL ELSE handoffs.claimed_by END,
       claimed_by_name = CASE WHEN ${requeue} THEN NULL ELSE handoffs.claimed_by_name END,
       claimed_at = CASE WHEN ${requeue} THEN NULL ELSE handoffs.claimed_at END,
       overdue = CASE WHEN ${requeue} THEN false ELSE handoffs.overdue END,
       resident_warnings = CASE WHEN ${requeue} THEN 0 ELSE handoffs.resident_warnings END,
       resident_warned_at = CASE WHEN ${requeue} THEN NULL ELSE handoffs.resident_warned_at END,
       follow_up_due_at = CASE WHEN ${requeue} THEN NULL ELSE handoffs.follow_up_due_at END,
       status = CASE WHEN ${requeue} THEN 'queued' ELSE handoffs.status END`,
    [
      randomUUID(),
      handoff.conversationId,
      handoff.priority,
      JSON.stringify(handoff.reasons),
      handoff.at,
      handoff.residentMessageAt,
      handoff.caseNo,
      handoff.category ?? null,
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

/** What the console's filters and search ask for; every field narrows the list. */
export interface HandoffFilter {
  status: 'open' | 'resolved' | HandoffStatus;
  priority?: HandoffPriority | undefined;
  category?: string | undefined;
  /** The staff user id holding (or who last held) it. */
  operatorId?: string | undefined;
  /** A receipt number (or part of one), or at least four digits of a phone number the resident gave. */
  query?: string | undefined;
  limit?: number | undefined;
}

interface EventRow {
  id: string | number;
  kind: HandoffNote['kind'];
  actor_name: string | null;
  text: string;
  created_at: Date | string;
}

const toNote = (row: EventRow): HandoffNote => ({
  id: String(row.id),
  kind: row.kind,
  author: row.actor_name,
  text: row.text,
  at: date(row.created_at).toISOString(),
});

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

  /** The records whose receipt number holds the query, or whose resident, case or reporter phone holds its digits. */
  async function matchingDigits(
    records: HandoffRecord[],
    query: string,
    digits: string,
  ): Promise<HandoffRecord[]> {
    if (records.length === 0) return [];
    const texts = await repository.residentTexts(records.map((r) => r.conversationId));
    const caseNos = records.flatMap((r) => (r.caseNo ? [r.caseNo] : []));
    const { rows } = await db.query<{ case_no: string; phone: string | null }>(
      `SELECT case_no, phone FROM cases WHERE case_no = ANY($1::text[])`,
      [caseNos],
    );
    const casePhone = new Map(rows.map((r) => [r.case_no, r.phone === null ? '' : db.cipher.open(r.phone)]));
    const holds = (text: string | null | undefined) => (text ?? '').replace(/\D/g, '').includes(digits);
    return records.filter(
      (r) =>
        (r.caseNo ?? '').includes(query) ||
        (texts.get(r.conversationId) ?? []).some(holds) ||
        holds(casePhone.get(r.caseNo ?? '')) ||
        holds(r.reporter?.phone),
    );
  }

  const repository = {
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
      return repository.search({ status: open ? 'open' : 'resolved', limit });
    },

    /** Handoffs matching the console's filters: open ones in queue order, closed ones latest first. */
    async search(filter: HandoffFilter): Promise<HandoffRecord[]> {
      const where: string[] = [];
      const params: unknown[] = [];
      const add = (clause: (n: string) => string, value: unknown) => {
        params.push(value);
        where.push(clause(`$${params.length}`));
      };
      if (filter.status === 'open') where.push(`h.status <> 'resolved'`);
      else add((n) => `h.status = ${n}`, filter.status);
      if (filter.priority) add((n) => `h.priority = ${n}`, filter.priority);
      if (filter.category) add((n) => `h.risk_category = ${n}`, filter.category);
      if (filter.operatorId) add((n) => `h.claimed_by = ${n}::uuid`, filter.operatorId);
      const query = filter.query?.trim() ?? '';
      const digits = query.replace(/\D/g, '');
      // Phones are sealed at rest, so a number (or its last digits) is matched after opening, not in SQL.
      const byDigits = digits.length >= 4;
      if (query && !byDigits) add((n) => `h.case_no ILIKE '%' || ${n} || '%'`, query);
      const limit = Math.min(filter.limit ?? 200, 500);
      params.push(byDigits ? 2000 : limit);
      const order = filter.status === 'resolved' ? 'ORDER BY h.resolved_at DESC' : ORDER;
      const { rows } = await db.query<HandoffRow>(
        `${SELECT} ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ${order} LIMIT $${params.length}`,
        params,
      );
      const records = rows.map((row) => toRecord(row, db.cipher));
      if (!byDigits) return records;
      return (await matchingDigits(records, query, digits)).slice(0, limit);
    },

    /** The resident's latest messages per conversation, oldest first, for the live summary and queue rows. */
    async residentTexts(
      conversationIds: readonly string[],
      perConversation = 30,
    ): Promise<Map<string, string[]>> {
      const out = new Map<string, string[]>();
      if (conversationIds.length === 0) return out;
      const { rows } = await db.query<{ conversation_id: string; text: string }>(
        `SELECT conversation_id, text FROM (
           SELECT m.conversation_id, m.text, m.id,
             row_number() OVER (PARTITION BY m.conversation_id ORDER BY m.id DESC) AS n
           FROM messages m WHERE m.conversation_id = ANY($1::uuid[]) AND m.author = 'resident') x
         WHERE n <= $2 ORDER BY conversation_id, id`,
        [conversationIds, perConversation],
      );
      for (const row of rows)
        out.set(row.conversation_id, [...(out.get(row.conversation_id) ?? []), db.cipher.open(row.text)]);
      return out;
    },

    /** The resident's messages an operator holding the conversation has not answered yet, oldest first. */
    async unansweredTexts(id: string): Promise<string[]> {
      const { rows } = await db.query<{ text: string }>(
        `SELECT m.text FROM handoffs h JOIN messages m ON m.conversation_id = h.conversation_id
         WHERE h.id = $1 AND m.author = 'resident'
           AND m.created_at > COALESCE(GREATEST(h.last_operator_message_at, h.claimed_at), h.created_at)
         ORDER BY m.id`,
        [id],
      );
      return rows.map((r) => db.cipher.open(r.text));
    },

    /** Claims a queued (or handed-back) handoff; the conditional update lets exactly one of many concurrent claims win. */
    async claim(id: string, operator: { id: string; name: string }, at: Date): Promise<boolean> {
      const { rows } = await db.query<{ id: string }>(
        `UPDATE handoffs SET status = 'claimed', claimed_by = $2, claimed_by_name = $3, claimed_at = $4,
           follow_up_due_at = NULL, follow_up_reminded = false
         WHERE id = $1 AND status IN ('queued', 'follow_up') RETURNING id`,
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

    /** Gives a held conversation back to the bot but keeps the handoff open for its follow-up; false when it was not held by `by`. */
    async handBack(id: string, by: string, at: Date, followUpDueAt: Date): Promise<boolean> {
      const { rows } = await db.query<{ id: string }>(
        `UPDATE handoffs SET status = 'follow_up', handed_back_at = $3, follow_up_due_at = $4,
           follow_up_reminded = false, stale = false
         WHERE id = $1 AND status = 'claimed' AND claimed_by = $2 RETURNING id`,
        [id, by, at, followUpDueAt],
      );
      return rows.length === 1;
    },

    /** Moves a held conversation to a colleague; false when `from` no longer holds it. */
    async transfer(id: string, from: string, to: { id: string; name: string }, at: Date): Promise<boolean> {
      const { rows } = await db.query<{ id: string }>(
        `UPDATE handoffs SET claimed_by = $3, claimed_by_name = $4, claimed_at = $5, stale = false
         WHERE id = $1 AND status = 'claimed' AND claimed_by = $2 RETURNING id`,
        [id, from, to.id, to.name, at],
      );
      return rows.length === 1;
    },

    /** Records the department a request was transferred to, and the case it now lives in. */
    async setDepartment(id: string, departmentCode: string, caseNo: string | null): Promise<void> {
      await db.query(
        `UPDATE handoffs SET department_code = $2, case_no = COALESCE($3, case_no) WHERE id = $1`,
        [id, departmentCode, caseNo],
      );
    },

    /** Adds an internal note or an operator action to the handoff's log. */
    async addEvent(input: {
      handoffId: string;
      kind: HandoffNote['kind'];
      actor: { id: string; name: string } | null;
      text: string;
      detail?: Record<string, unknown>;
      at: Date;
    }): Promise<HandoffNote> {
      const { rows } = await db.query<EventRow>(
        `INSERT INTO handoff_events (handoff_id, kind, actor_id, actor_name, text, detail, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id, kind, actor_name, text, created_at`,
        [
          input.handoffId,
          input.kind,
          input.actor?.id ?? null,
          input.actor?.name ?? null,
          input.text,
          JSON.stringify(input.detail ?? {}),
          input.at,
        ],
      );
      return toNote(rows[0]!);
    },

    /** The handoff's log, oldest first. */
    async events(handoffId: string): Promise<HandoffNote[]> {
      const { rows } = await db.query<EventRow>(
        `SELECT id, kind, actor_name, text, created_at FROM handoff_events WHERE handoff_id = $1 ORDER BY id`,
        [handoffId],
      );
      return rows.map(toNote);
    },

    /**
     * Critical handoffs still unclaimed past their SLA whose resident was not told yet, or was told before
     * `before` (and fewer than `max` times): marks them told now and returns them. The conditional update
     * lets one instance, not every one, send each warning.
     */
    async takeResidentWarnings(now: Date, before: Date, max: number): Promise<HandoffRecord[]> {
      const { rows } = await db.query<{ id: string }>(
        `UPDATE handoffs SET resident_warned_at = $1, resident_warnings = resident_warnings + 1
         WHERE status = 'queued' AND priority = 'critical' AND overdue AND resident_warnings < $3
           AND (resident_warned_at IS NULL OR resident_warned_at <= $2) RETURNING id`,
        [now, before, max],
      );
      return byIds(rows.map((r) => r.id));
    },

    /** Handed-back handoffs whose follow-up is due and not yet reminded: marks them reminded and returns them. */
    async takeDueFollowUps(now: Date): Promise<HandoffRecord[]> {
      const { rows } = await db.query<{ id: string }>(
        `UPDATE handoffs SET follow_up_reminded = true
         WHERE status = 'follow_up' AND NOT follow_up_reminded AND follow_up_due_at <= $1 RETURNING id`,
        [now],
      );
      return byIds(rows.map((r) => r.id));
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
  return repository;
}

/** The handoff repository's API. */
export type HandoffRepository = ReturnType<typeof createHandoffRepository>;
