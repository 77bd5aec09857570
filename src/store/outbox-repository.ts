import type { OutboundMessage, OutboundKind } from '../delivery/outbound-message.js';
import type { Address } from '../engine/inbound.js';
import type { DataCipher } from './crypto/data-cipher.js';
import type { SqlDatabase, SqlExecutor } from './sql.js';

/** One message waiting for, or past, delivery. */
export interface OutboxEntry {
  id: string;
  conversationId: string;
  address: Address;
  message: OutboundMessage;
  attempts: number;
  status: 'pending' | 'sending' | 'delivered' | 'failed';
  lastError: string | null;
  createdAt: Date;
}

interface OutboxRow {
  id: string | number;
  conversation_id: string;
  channel: string;
  user_id: string;
  kind: OutboundKind;
  payload: string;
  attempts: number;
  status: OutboxEntry['status'];
  last_error: string | null;
  created_at: Date | string;
}

function toEntry(row: OutboxRow, cipher: DataCipher): OutboxEntry {
  return {
    id: String(row.id),
    conversationId: row.conversation_id,
    address: { channel: row.channel, userId: row.user_id },
    message: cipher.openJson<OutboundMessage>(row.payload),
    attempts: row.attempts,
    status: row.status,
    lastError: row.last_error,
    createdAt: new Date(row.created_at),
  };
}

/** A message to put in the outbox. */
export interface OutboxInsert {
  conversationId: string;
  address: Address;
  message: OutboundMessage;
  messageId: string | null;
  at: Date;
}

/** Puts messages in the outbox inside the caller's transaction (a turn, an operator reply). */
export async function enqueueOutbound(tx: SqlExecutor, entries: readonly OutboxInsert[]): Promise<string[]> {
  const ids: string[] = [];
  for (const entry of entries) {
    const { rows } = await tx.query<{ id: string }>(
      `INSERT INTO outbox (conversation_id, message_id, channel, user_id, kind, payload, status, next_attempt_at, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, 'pending', $7, $7) RETURNING id`,
      [
        entry.conversationId,
        entry.messageId,
        entry.address.channel,
        entry.address.userId,
        entry.message.kind,
        tx.cipher.sealJson(entry.message),
        entry.at,
      ],
    );
    ids.push(String(rows[0]!.id));
  }
  return ids;
}

/** A message stored in the transcript and queued for its channel in one transaction: neither without the other. */
export async function appendAndEnqueue(
  db: SqlDatabase,
  input: {
    conversationId: string;
    address: Address;
    author: 'bot' | 'operator' | 'system';
    message: OutboundMessage;
    at: Date;
  },
): Promise<{ id: string; at: string }> {
  return db.transaction(async (tx) => {
    const { rows } = await tx.query<{ id: string | number }>(
      `INSERT INTO messages (conversation_id, turn_id, author, text, buttons, created_at)
       VALUES ($1, NULL, $2, $3, $4, $5) RETURNING id`,
      [
        input.conversationId,
        input.author,
        tx.cipher.seal(input.message.text),
        input.message.buttons && input.message.buttons.length > 0
          ? JSON.stringify(input.message.buttons)
          : null,
        input.at,
      ],
    );
    const id = String(rows[0]!.id);
    const message = { ...input.message, transcriptId: id, at: input.at.toISOString() };
    await enqueueOutbound(tx, [
      { conversationId: input.conversationId, address: input.address, message, messageId: id, at: input.at },
    ]);
    return { id, at: input.at.toISOString() };
  });
}

/** The outbox on PostgreSQL SQL: due messages are claimed with a lease, so any number of instances can send. */
export function createOutboxRepository(db: SqlDatabase) {
  return {
    appendAndEnqueue: (input: Parameters<typeof appendAndEnqueue>[1]) => appendAndEnqueue(db, input),
    enqueue: (entries: readonly OutboxInsert[]) => db.transaction((tx) => enqueueOutbound(tx, entries)),

    /**
     * Claims up to `limit` due messages for the given channels: each is leased until `leaseUntil`, so a
     * process that dies while sending leaves it to be picked up again, and two instances never take the same one.
     */
    async claimDue(
      channels: readonly string[],
      now: Date,
      leaseUntil: Date,
      limit = 50,
    ): Promise<OutboxEntry[]> {
      if (channels.length === 0) return [];
      const { rows } = await db.query<OutboxRow>(
        `UPDATE outbox SET status = 'sending', attempts = attempts + 1, next_attempt_at = $3
         WHERE id IN (
           SELECT id FROM outbox WHERE status IN ('pending', 'sending') AND next_attempt_at <= $2 AND channel = ANY($1)
           ORDER BY id LIMIT $4 FOR UPDATE SKIP LOCKED)
         RETURNING *`,
        [channels, now, leaseUntil, limit],
      );
      return rows.map((row) => toEntry(row, db.cipher)).sort((a, b) => Number(a.id) - Number(b.id));
    },

    async delivered(id: string, at: Date): Promise<void> {
      await db.query(
        `UPDATE outbox SET status = 'delivered', delivered_at = $2, last_error = NULL WHERE id = $1`,
        [id, at],
      );
    },

    async retryLater(id: string, at: Date, error: string): Promise<void> {
      await db.query(
        `UPDATE outbox SET status = 'pending', next_attempt_at = $2, last_error = $3 WHERE id = $1`,
        [id, at, error.slice(0, 500)],
      );
    },

    async failed(id: string, error: string): Promise<void> {
      await db.query(`UPDATE outbox SET status = 'failed', last_error = $2 WHERE id = $1`, [
        id,
        error.slice(0, 500),
      ]);
    },

    /** Messages that could not be delivered to a conversation, for the console. */
    async undelivered(conversationId: string): Promise<OutboxEntry[]> {
      const { rows } = await db.query<OutboxRow>(
        `SELECT * FROM outbox WHERE conversation_id = $1 AND status = 'failed' ORDER BY id`,
        [conversationId],
      );
      return rows.map((row) => toEntry(row, db.cipher));
    },

    /** Counts by status, for health and benchmarks. */
    async counts(): Promise<Record<OutboxEntry['status'], number>> {
      const { rows } = await db.query<{ status: OutboxEntry['status']; n: string | number }>(
        'SELECT status, count(*) AS n FROM outbox GROUP BY status',
      );
      const counts = { pending: 0, sending: 0, delivered: 0, failed: 0 };
      for (const row of rows) counts[row.status] = Number(row.n);
      return counts;
    },
  };
}

/** The outbox repository's API. */
export type OutboxRepository = ReturnType<typeof createOutboxRepository>;
