import { randomUUID } from 'node:crypto';
import type {
  CommitOutcome,
  ConversationRecord,
  ConversationState,
  ConversationStore,
  OutboundAction,
  TranscriptEntry,
  TurnCommit,
} from '../engine/types.js';
import { redactIdentifiers } from '../identity/redact.js';
import { isUniqueViolation, type SqlDatabase, type SqlExecutor } from './sql.js';

interface ConversationRow {
  id: string;
  channel: string;
  user_id: string;
  state: ConversationState;
  version: number;
}

interface MessageRow {
  id: string | number;
  author: TranscriptEntry['author'];
  text: string;
  quick_replies: string[] | null;
  created_at: Date | string;
}

/** The resident's message and the bot's replies, oldest first, in one multi-row insert (one round trip per turn). */
async function insertTurnMessages(
  tx: SqlExecutor,
  commit: TurnCommit,
  turnId: string | undefined,
): Promise<void> {
  const rows: unknown[][] = [['resident', commit.inbound.text, null, commit.inbound.at]];
  for (const action of commit.actions)
    if (action.type === 'reply')
      rows.push([
        'bot',
        action.text,
        action.quickReplies ? JSON.stringify(action.quickReplies) : null,
        commit.at,
      ]);
  const values = rows.map((_, i) => `($1, $2, $${i * 4 + 3}, $${i * 4 + 4}, $${i * 4 + 5}, $${i * 4 + 6})`);
  await tx.query(
    `INSERT INTO messages (conversation_id, turn_id, author, text, quick_replies, created_at) VALUES ${values.join(', ')}`,
    [commit.conversationId, turnId, ...rows.flat()],
  );
}

// Priorities ordered in SQL, so a raise is decided inside the upsert.
const RANK_SQL = (column: string): string =>
  `(CASE ${column} WHEN 'critical' THEN 2 WHEN 'high' THEN 1 ELSE 0 END)`;

/** Queues the conversation, or raises its open handoff (never lowers it) and merges the reasons. */
async function upsertHandoff(
  tx: SqlExecutor,
  commit: TurnCommit,
  action: Extract<OutboundAction, { type: 'handoff' }>,
): Promise<void> {
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
      commit.conversationId,
      action.priority,
      JSON.stringify(action.reasons),
      commit.at,
      commit.inbound.at,
      action.caseNo ?? null,
    ],
  );
}

// Rolls the transaction back when another turn won the race, without treating it as a failure.
class VersionConflict extends Error {}

function toRecord(row: ConversationRow): ConversationRecord {
  return { id: row.id, channel: row.channel, userId: row.user_id, state: row.state, version: row.version };
}

function toIso(value: Date | string): string {
  return (value instanceof Date ? value : new Date(value)).toISOString();
}

/** The conversation store on PostgreSQL SQL, shared by PGlite and a PostgreSQL server. */
export function createConversationRepository(db: SqlDatabase): ConversationStore {
  return {
    async getOrCreate(channel, userId, initial, at) {
      // Most messages come from a conversation that exists: one read, no write.
      const found = await db.query<ConversationRow>(
        'SELECT id, channel, user_id, state, version FROM conversations WHERE channel = $1 AND user_id = $2',
        [channel, userId],
      );
      if (found.rows[0]) return toRecord(found.rows[0]);
      // Insert-or-nothing then read keeps creation race-free across processes.
      await db.query(
        `INSERT INTO conversations (id, channel, user_id, state, version, created_at, updated_at)
         VALUES ($1, $2, $3, $4, 0, $5, $5)
         ON CONFLICT (channel, user_id) DO NOTHING`,
        [randomUUID(), channel, userId, JSON.stringify(initial), at],
      );
      const { rows } = await db.query<ConversationRow>(
        'SELECT id, channel, user_id, state, version FROM conversations WHERE channel = $1 AND user_id = $2',
        [channel, userId],
      );
      const row = rows[0];
      if (!row) throw new Error('conversation vanished right after it was created');
      return toRecord(row);
    },

    async get(conversationId) {
      const { rows } = await db.query<ConversationRow>(
        'SELECT id, channel, user_id, state, version FROM conversations WHERE id = $1',
        [conversationId],
      );
      return rows[0] ? toRecord(rows[0]) : undefined;
    },

    async findTurn(conversationId, messageId) {
      const { rows } = await db.query<{
        actions: OutboundAction[];
        state_after: ConversationState;
        created_at: Date | string;
      }>(
        'SELECT actions, state_after, created_at FROM turns WHERE conversation_id = $1 AND message_id = $2',
        [conversationId, messageId],
      );
      const row = rows[0];
      return row ? { actions: row.actions, state: row.state_after, at: new Date(row.created_at) } : undefined;
    },

    async commitTurn(commit: TurnCommit): Promise<CommitOutcome> {
      try {
        await db.transaction(async (tx) => {
          const turn = await tx.query<{ id: string }>(
            `INSERT INTO turns (conversation_id, message_id, actions, state_after, created_at)
             VALUES ($1, $2, $3, $4, $5) RETURNING id`,
            [
              commit.conversationId,
              commit.messageId,
              JSON.stringify(commit.actions),
              JSON.stringify(commit.stateAfter),
              commit.at,
            ],
          );
          const turnId = turn.rows[0]?.id;
          const updated = await tx.query(
            `UPDATE conversations SET state = $1, version = version + 1, updated_at = $2
             WHERE id = $3 AND version = $4`,
            [JSON.stringify(commit.stateAfter), commit.at, commit.conversationId, commit.expectedVersion],
          );
          if (updated.affectedRows !== 1) throw new VersionConflict();
          await insertTurnMessages(tx, commit, turnId);
          // The console shows how long a resident in the queue has been waiting for an answer.
          if (commit.stateAfter.handoffOpen)
            await tx.query(
              `UPDATE handoffs SET last_resident_message_at = $2 WHERE conversation_id = $1 AND status <> 'resolved'`,
              [commit.conversationId, commit.inbound.at],
            );
          for (const action of commit.actions) {
            switch (action.type) {
              case 'reply':
                // Written with the resident's message above, in one statement.
                break;
              case 'record':
                await tx.query(
                  `INSERT INTO conversation_events (conversation_id, turn_id, kind, detail, created_at) VALUES ($1, $2, $3, $4, $5)`,
                  [commit.conversationId, turnId, action.kind, JSON.stringify(action.detail), commit.at],
                );
                break;
              case 'handoff':
                // Queued with the turn, so a crash can never lose a cry for help that the resident saw answered.
                await upsertHandoff(tx, commit, action);
                break;
              case 'redact_transcript': {
                const stored = await tx.query<{ id: string; text: string }>(
                  "SELECT id, text FROM messages WHERE conversation_id = $1 AND author = 'resident'",
                  [commit.conversationId],
                );
                for (const message of stored.rows) {
                  const masked = redactIdentifiers(message.text);
                  if (masked !== message.text)
                    await tx.query('UPDATE messages SET text = $1 WHERE id = $2', [masked, message.id]);
                }
                break;
              }
            }
          }
        });
        return 'committed';
      } catch (error) {
        if (error instanceof VersionConflict) return 'version_conflict';
        if (isUniqueViolation(error)) return 'duplicate_message';
        throw error;
      }
    },

    async appendMessage(conversationId, author, text, quickReplies, at) {
      const { rows } = await db.query<MessageRow>(
        `INSERT INTO messages (conversation_id, turn_id, author, text, quick_replies, created_at)
         VALUES ($1, NULL, $2, $3, $4, $5) RETURNING id, author, text, quick_replies, created_at`,
        [conversationId, author, text, quickReplies ? JSON.stringify(quickReplies) : null, at],
      );
      const row = rows[0]!;
      return {
        id: String(row.id),
        author: row.author,
        text: row.text,
        ...(row.quick_replies ? { quickReplies: row.quick_replies } : {}),
        at: toIso(row.created_at),
      };
    },

    async transcript(conversationId, limit) {
      const { rows } = await db.query<MessageRow>(
        `SELECT id, author, text, quick_replies, created_at FROM (
           SELECT id, author, text, quick_replies, created_at FROM messages
           WHERE conversation_id = $1 ORDER BY id DESC LIMIT $2
         ) latest ORDER BY id ASC`,
        [conversationId, limit],
      );
      return rows.map((row) => ({
        id: String(row.id),
        author: row.author,
        text: row.text,
        ...(row.quick_replies ? { quickReplies: row.quick_replies } : {}),
        at: toIso(row.created_at),
      }));
    },
  };
}
