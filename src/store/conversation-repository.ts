import { randomUUID } from 'node:crypto';
import { resolveTokens, type OutboundAction, type ReplyAction } from '../engine/actions.js';
import type { Button } from '../engine/buttons.js';
import { initialState } from '../engine/conversation-state.js';
import type { Address } from '../engine/inbound.js';
import type { CaseFacts, LookupResults } from '../engine/lookups.js';
import { ownCaseKey } from '../engine/lookups.js';
import type { PublicState } from '../engine/public-state.js';
import type {
  CommitOutcome,
  ConversationRecord,
  ConversationStore,
  TranscriptEntry,
  TurnCommit,
} from '../engine/types.js';
import type { CaseRecord } from '../cases/case-types.js';
import { erasePersonalData } from './erase-personal-data.js';
import { caseByNumber, ownOpenCase } from './case-repository.js';
import { statusGuardFacts } from './status-guard-repository.js';
import { casesOfAddress } from './withdraw-consent.js';
import { queueFromTurn, touchResidentMessage } from './handoff-repository.js';
import { enqueueOutbound } from './outbox-repository.js';
import type { DataCipher } from './crypto/data-cipher.js';
import { isUniqueViolation, prepared, type SqlDatabase, type SqlExecutor } from './sql.js';
import { createStatementBatcher } from './statement-batcher.js';
import { applyTurnEffects } from './turn-effects.js';
import { findVolunteer } from './volunteer-repository.js';

interface ConversationRow {
  id: string;
  channel: string;
  user_id: string;
  state: unknown;
  version: number;
  handoff_status: 'queued' | 'claimed' | 'follow_up' | null;
  claimed_by_name: string | null;
}

interface MessageRow {
  id: string | number;
  author: TranscriptEntry['author'];
  text: string;
  buttons: Button[] | null;
  created_at: Date | string;
}

// The conversation with where it stands in the queue, in one round trip.
const SELECT_CONVERSATION = `SELECT c.id, c.channel, c.user_id, c.state, c.version,
    h.status AS handoff_status, h.claimed_by_name
  FROM conversations c
  LEFT JOIN handoffs h ON h.conversation_id = c.id AND h.status <> 'resolved'`;
// Read when a page opens (by address) and by the console and the router (by id).
const CONVERSATION_BY_ADDRESS = prepared(`${SELECT_CONVERSATION} WHERE c.channel = $1 AND c.user_id = $2`);
const CONVERSATION_BY_ID = prepared(`${SELECT_CONVERSATION} WHERE c.id = $1`);

function toRecord(row: ConversationRow, cipher: DataCipher): ConversationRecord {
  return {
    id: row.id,
    channel: row.channel,
    userId: row.user_id,
    state: cipher.openJson(row.state),
    version: row.version,
    queue: {
      open: row.handoff_status !== null,
      heldBy: row.handoff_status === 'claimed' ? (row.claimed_by_name ?? '工作人员') : null,
    },
  };
}

function toIso(value: Date | string): string {
  return (value instanceof Date ? value : new Date(value)).toISOString();
}

function toEntry(row: MessageRow, cipher: DataCipher): TranscriptEntry {
  return {
    id: String(row.id),
    author: row.author,
    text: cipher.open(row.text),
    ...(row.buttons && row.buttons.length > 0 ? { buttons: row.buttons } : {}),
    at: toIso(row.created_at),
  };
}

/** What a decision may know of a case (never more than it needs). */
export function caseFacts(record: CaseRecord, at: Date = new Date()): CaseFacts {
  return {
    statusLocked: (record.statusLockedUntil?.getTime() ?? 0) > at.getTime(),
    caseNo: record.caseNo,
    assistanceType: record.assistanceType,
    status: record.status,
    departmentName: record.departmentName,
    transferDueAt: record.transferDueAt.toISOString(),
    phoneLast4: record.phone ? record.phone.slice(-4) : null,
  };
}

/** The resident's message and the bot's replies, oldest first, in one multi-row insert (one round trip per turn). */
async function insertTurnMessages(
  tx: SqlExecutor,
  commit: TurnCommit,
  replies: readonly ReplyAction[],
  turnId: string | undefined,
): Promise<void> {
  // A turn of the service's own (a late second opinion) has no words of the resident to keep, and words
  // answered after a hold are in the transcript already.
  const rows: unknown[][] =
    commit.inbound.text === '' || commit.inbound.alreadyInTranscript === true
      ? []
      : [['resident', tx.cipher.seal(commit.inbound.text), null, commit.inbound.at]];
  for (const reply of replies)
    rows.push([
      'bot',
      tx.cipher.seal(reply.text),
      reply.buttons ? JSON.stringify(reply.buttons) : null,
      commit.at,
    ]);
  if (rows.length === 0) return;
  const values = rows.map((_, i) => `($1, $2, $${i * 4 + 3}, $${i * 4 + 4}, $${i * 4 + 5}, $${i * 4 + 6})`);
  await tx.query(
    `INSERT INTO messages (conversation_id, turn_id, author, text, buttons, created_at) VALUES ${values.join(', ')}`,
    [commit.conversationId, turnId, ...rows.flat()],
  );
}

// Rolls the transaction back when another turn won the race, without treating it as a failure.
class VersionConflict extends Error {}

interface OpenTurnRow extends ConversationRow {
  turn_actions: string | null;
  turn_public_state: string | null;
  turn_inbound_hash: string | null;
  turn_created_at: Date | string | null;
}

// For each (channel, user, messageId) asked: the conversation, its queue status and the turn already stored for
// that messageId, in one round trip for the whole batch (`ord` says which ask a row answers).
// Each ask is looked up on its own through the indexes (LATERAL … LIMIT 1): joined as sets, the planner would
// scan the whole conversations table for a batch of a few asks.
const OPEN_TURNS = prepared(`SELECT k.ord, c.id, c.channel, c.user_id, c.state, c.version,
    h.status AS handoff_status, h.claimed_by_name,
    t.actions AS turn_actions, t.public_state AS turn_public_state, t.inbound_hash AS turn_inbound_hash,
    t.created_at AS turn_created_at
  FROM jsonb_to_recordset($1::jsonb) AS k(ord int, channel text, user_id text, message_id text)
  CROSS JOIN LATERAL (
    SELECT c.id, c.channel, c.user_id, c.state, c.version FROM conversations c
    WHERE c.channel = k.channel AND c.user_id = k.user_id LIMIT 1
  ) c
  LEFT JOIN LATERAL (
    SELECT h.status, h.claimed_by_name FROM handoffs h
    WHERE h.conversation_id = c.id AND h.status <> 'resolved' LIMIT 1
  ) h ON true
  LEFT JOIN LATERAL (
    SELECT t.actions, t.public_state, t.inbound_hash, t.created_at FROM turns t
    WHERE t.conversation_id = c.id AND t.message_id = k.message_id LIMIT 1
  ) t ON true`);

interface OpenTurnAsk {
  channel: string;
  userId: string;
  messageId: string;
}

/**
 * Ordinary turns (replies and records, nothing else) written in ONE statement, however many: its
 * data-modifying CTEs run as one atomic unit. The `= ANY (ARRAY(…))` conditions make the planner reach the
 * batch's rows through the primary key and the open-handoff index instead of scanning the tables. A turn whose
 * version is stale writes nothing (its version gates its inserts; `ord`, not the conversation, says which turn
 * won) and is missing from the result; a messageId already used fails the whole statement on the unique index,
 * and the batcher then runs each turn alone.
 */
const COMMIT_ORDINARY_TURNS = prepared(`WITH i AS (
    SELECT * FROM jsonb_to_recordset($1::jsonb) AS i(ord int, conversation_id uuid, message_id text,
      expected_version int, state text, at timestamptz, replies text, public_state text, inbound_hash text,
      messages jsonb, records jsonb, inbound_at timestamptz, handoff_open boolean, channel text, user_id text,
      queued jsonb)
  ), v AS (
    UPDATE conversations c SET state = i.state, version = c.version + 1, updated_at = i.at
    FROM i WHERE c.id = ANY (ARRAY(SELECT conversation_id FROM i))
      AND c.id = i.conversation_id AND c.version = i.expected_version
    RETURNING i.ord
  ), t AS (
    INSERT INTO turns (conversation_id, message_id, actions, public_state, inbound_hash, created_at)
    SELECT i.conversation_id, i.message_id, i.replies, i.public_state, i.inbound_hash, i.at
    FROM i JOIN v ON v.ord = i.ord ORDER BY i.ord RETURNING id, conversation_id, message_id
  ), m AS (
    INSERT INTO messages (conversation_id, turn_id, author, text, buttons, created_at)
    SELECT i.conversation_id, t.id, x.item->>'author', x.item->>'sealed', x.item->'buttons', (x.item->>'at')::timestamptz
    FROM t JOIN i ON i.conversation_id = t.conversation_id AND i.message_id = t.message_id,
      jsonb_array_elements(i.messages) WITH ORDINALITY AS x(item, ord)
    ORDER BY i.ord, x.ord
    RETURNING 1
  ), e AS (
    INSERT INTO conversation_events (conversation_id, turn_id, kind, detail, created_at)
    SELECT i.conversation_id, t.id, x.item->>'kind', x.item->'detail', i.at
    FROM t JOIN i ON i.conversation_id = t.conversation_id AND i.message_id = t.message_id,
      jsonb_array_elements(i.records) WITH ORDINALITY AS x(item, ord)
    ORDER BY i.ord, x.ord
    RETURNING 1
  ), h AS (
    UPDATE handoffs SET last_resident_message_at = i.inbound_at
    FROM t JOIN i ON i.conversation_id = t.conversation_id AND i.message_id = t.message_id
    WHERE handoffs.conversation_id = ANY (ARRAY(SELECT conversation_id FROM i WHERE handoff_open))
      AND handoffs.conversation_id = i.conversation_id AND handoffs.status <> 'resolved' AND i.handoff_open
    RETURNING 1
  ), o AS (
    INSERT INTO outbox (conversation_id, channel, user_id, kind, payload, status, next_attempt_at, created_at)
    SELECT i.conversation_id, i.channel, i.user_id, 'reply', x.item, 'pending', i.at, i.at
    FROM t JOIN i ON i.conversation_id = t.conversation_id AND i.message_id = t.message_id,
      jsonb_array_elements_text(i.queued) WITH ORDINALITY AS x(item, ord)
    ORDER BY i.ord, x.ord
    RETURNING 1
  )
  SELECT i.ord FROM t JOIN i ON i.conversation_id = t.conversation_id AND i.message_id = t.message_id`);

/** True when a turn asks for nothing but replies and records: the one-statement path. */
function isOrdinary(actions: readonly OutboundAction[]): boolean {
  return actions.every((a) => a.type === 'reply' || a.type === 'record');
}

/** One ordinary turn as a row of COMMIT_ORDINARY_TURNS' input, personal data sealed. */
function ordinaryTurnRow(cipher: DataCipher, commit: TurnCommit): Record<string, unknown> {
  const replies = commit.actions.filter((a): a is ReplyAction => a.type === 'reply');
  const records = commit.actions.filter((a) => a.type === 'record');
  const messages = [
    ...(commit.inbound.text === '' || commit.inbound.alreadyInTranscript === true
      ? []
      : [
          {
            author: 'resident',
            sealed: cipher.seal(commit.inbound.text),
            buttons: null,
            at: commit.inbound.at.toISOString(),
          },
        ]),
    ...replies.map((r) => ({
      author: 'bot',
      sealed: cipher.seal(r.text),
      buttons: r.buttons && r.buttons.length > 0 ? r.buttons : null,
      at: commit.at.toISOString(),
    })),
  ];
  const queued =
    commit.inbound.replyVia === 'outbox'
      ? replies.map((r) =>
          cipher.sealJson({ kind: 'reply', text: r.text, ...(r.buttons ? { buttons: r.buttons } : {}) }),
        )
      : [];
  return {
    conversation_id: commit.conversationId,
    message_id: commit.messageId,
    expected_version: commit.expectedVersion,
    state: cipher.sealJson(commit.stateAfter),
    at: commit.at.toISOString(),
    replies: cipher.sealJson(replies),
    public_state: cipher.sealJson(commit.publicState),
    inbound_hash: commit.inboundHash,
    messages,
    records: records.map((r) => ({ kind: r.kind, detail: r.detail })),
    inbound_at: commit.inbound.at.toISOString(),
    handoff_open: commit.stateAfter.handoffOpen,
    channel: commit.address.channel,
    user_id: commit.address.userId,
    queued,
  };
}

/** Writes a batch of ordinary turns in one statement; true for each turn written, false for a stale version. */
async function commitOrdinaryTurns(db: SqlDatabase, commits: readonly TurnCommit[]): Promise<boolean[]> {
  const input = commits.map((commit, index) => ({ ord: index + 1, ...ordinaryTurnRow(db.cipher, commit) }));
  const { rows } = await db.query<{ ord: number }>(COMMIT_ORDINARY_TURNS, [JSON.stringify(input)]);
  const written = new Set(rows.map((row) => row.ord));
  return input.map((row) => written.has(row.ord));
}

/** The batch's answer for each ask: its row, or undefined when the conversation does not exist yet. */
async function openTurns(
  db: SqlDatabase,
  asks: readonly OpenTurnAsk[],
): Promise<(OpenTurnRow | undefined)[]> {
  const input = asks.map((ask, index) => ({
    ord: index + 1,
    channel: ask.channel,
    user_id: ask.userId,
    message_id: ask.messageId,
  }));
  const { rows } = await db.query<OpenTurnRow & { ord: number }>(OPEN_TURNS, [JSON.stringify(input)]);
  const found: (OpenTurnRow | undefined)[] = asks.map(() => undefined);
  for (const row of rows) found[row.ord - 1] = row;
  return found;
}

// The transcript a page shows when it opens, oldest first.
const LATEST_MESSAGES = prepared(`SELECT id, author, text, buttons, created_at FROM (
    SELECT id, author, text, buttons, created_at FROM messages
    WHERE conversation_id = $1 ORDER BY id DESC LIMIT $2
  ) latest ORDER BY id ASC`);

/** The conversation store on PostgreSQL SQL, shared by PGlite and a PostgreSQL server. */
export function createConversationRepository(db: SqlDatabase): ConversationStore {
  // Under load the turns of many conversations share each of the two statements of an ordinary turn.
  const openTurnBatched = createStatementBatcher({
    run: (asks: readonly OpenTurnAsk[]) => openTurns(db, asks),
  });
  const commitOrdinaryBatched = createStatementBatcher({
    run: (commits: readonly TurnCommit[]) => commitOrdinaryTurns(db, commits),
  });

  async function commitOrdinary(commit: TurnCommit): Promise<CommitOutcome> {
    try {
      if (!(await commitOrdinaryBatched(commit))) return { status: 'version_conflict' };
    } catch (error) {
      if (isUniqueViolation(error)) return { status: 'duplicate_message' };
      throw error;
    }
    return {
      status: 'committed',
      actions: commit.actions,
      state: commit.stateAfter,
      publicState: commit.publicState,
    };
  }

  async function find(sql: string, params: unknown[]): Promise<ConversationRecord | undefined> {
    const { rows } = await db.query<ConversationRow>(sql, params);
    return rows[0] ? toRecord(rows[0], db.cipher) : undefined;
  }

  return {
    async getOrCreate(address, at) {
      // Most messages come from a conversation that exists: one read, no write.
      const found = await find(CONVERSATION_BY_ADDRESS, [address.channel, address.userId]);
      if (found) return found;
      // Insert-or-nothing then read keeps creation race-free across processes.
      await db.query(
        `INSERT INTO conversations (id, channel, user_id, state, version, created_at, updated_at)
         VALUES ($1, $2, $3, $4, 0, $5, $5)
         ON CONFLICT (channel, user_id) DO NOTHING`,
        [randomUUID(), address.channel, address.userId, db.cipher.sealJson(initialState()), at],
      );
      const created = await find(CONVERSATION_BY_ADDRESS, [address.channel, address.userId]);
      if (!created) throw new Error('conversation vanished right after it was created');
      return created;
    },

    async openTurn(address, messageId, at) {
      const row = await openTurnBatched({ channel: address.channel, userId: address.userId, messageId });
      if (!row) return { conversation: await this.getOrCreate(address, at), stored: undefined };
      const stored =
        row.turn_inbound_hash !== null && row.turn_created_at !== null
          ? {
              actions:
                row.turn_actions === null ? [] : db.cipher.openJson<OutboundAction[]>(row.turn_actions),
              publicState: db.cipher.openJson<PublicState>(row.turn_public_state),
              inboundHash: row.turn_inbound_hash,
              at: new Date(row.turn_created_at),
            }
          : undefined;
      return { conversation: toRecord(row, db.cipher), stored };
    },

    get: (conversationId) => find(CONVERSATION_BY_ID, [conversationId]),

    async findTurn(conversationId, messageId) {
      const { rows } = await db.query<{
        actions: string;
        public_state: string;
        inbound_hash: string;
        created_at: Date | string;
      }>(
        'SELECT actions, public_state, inbound_hash, created_at FROM turns WHERE conversation_id = $1 AND message_id = $2',
        [conversationId, messageId],
      );
      const row = rows[0];
      return row
        ? {
            actions: db.cipher.openJson<OutboundAction[]>(row.actions),
            publicState: db.cipher.openJson<PublicState>(row.public_state),
            inboundHash: row.inbound_hash,
            at: new Date(row.created_at),
          }
        : undefined;
    },

    async lookup(requests, address: Address, at: Date) {
      const found: Partial<LookupResults> = {};
      for (const request of requests) {
        switch (request.kind) {
          case 'case': {
            const record = await caseByNumber(db, request.caseNo);
            found.cases = { ...found.cases, [request.caseNo]: record ? caseFacts(record, at) : null };
            break;
          }
          case 'own_cases': {
            const facts: CaseFacts[] = [];
            for (const caseNo of await casesOfAddress(db, address)) {
              const record = await caseByNumber(db, caseNo);
              if (record) facts.push(caseFacts(record, at));
            }
            found.ownCases = facts;
            break;
          }
          case 'status_guard':
            found.statusGuard = await statusGuardFacts(db, address, at);
            break;
          case 'volunteer': {
            const record = await findVolunteer(db, address.channel, address.userId);
            found.volunteer = record
              ? { status: record.status, name: record.name, community: record.community, phone: record.phone }
              : null;
            break;
          }
          case 'own_open_case': {
            const record = await ownOpenCase(db, request.idNumber, request.assistanceType, address);
            found.ownOpenCases = {
              ...found.ownOpenCases,
              [ownCaseKey(request.idNumber, request.assistanceType)]: record ? caseFacts(record) : null,
            };
            break;
          }
        }
      }
      return found;
    },

    async commitTurn(commit: TurnCommit): Promise<CommitOutcome> {
      if (isOrdinary(commit.actions)) return commitOrdinary(commit);
      try {
        return await db.transaction(async (tx) => {
          const turn = await tx.query<{ id: string }>(
            `INSERT INTO turns (conversation_id, message_id, actions, public_state, inbound_hash, created_at)
             VALUES ($1, $2, '[]', '{}', $3, $4) RETURNING id`,
            [commit.conversationId, commit.messageId, commit.inboundHash, commit.at],
          );
          const turnId = turn.rows[0]?.id;
          const state = commit.stateAfter;
          const claimed = await tx.query(
            `UPDATE conversations SET version = version + 1, updated_at = $2 WHERE id = $1 AND version = $3`,
            [commit.conversationId, commit.at, commit.expectedVersion],
          );
          if (claimed.affectedRows !== 1) throw new VersionConflict();
          const applied = await applyTurnEffects(tx, commit);
          const actions = resolveTokens(applied.actions, commit.nonce, applied.produced);
          const stateAfter = resolveTokens(state, commit.nonce, applied.produced);
          const publicState = resolveTokens(commit.publicState, commit.nonce, applied.produced);
          const replies = actions.filter((a): a is ReplyAction => a.type === 'reply');
          await tx.query('UPDATE turns SET actions = $2, public_state = $3 WHERE id = $1', [
            turnId,
            tx.cipher.sealJson(replies),
            tx.cipher.sealJson(publicState),
          ]);
          await tx.query('UPDATE conversations SET state = $2 WHERE id = $1', [
            commit.conversationId,
            tx.cipher.sealJson(stateAfter),
          ]);
          await insertTurnMessages(tx, commit, replies, turnId);
          if (commit.inbound.replyVia === 'outbox' && replies.length > 0)
            await enqueueOutbound(
              tx,
              replies.map((reply) => ({
                conversationId: commit.conversationId,
                address: commit.address,
                message: {
                  kind: 'reply',
                  text: reply.text,
                  ...(reply.buttons ? { buttons: reply.buttons } : {}),
                },
                messageId: null,
                at: commit.at,
              })),
            );
          if (stateAfter.handoffOpen)
            await touchResidentMessage(tx, commit.conversationId, commit.inbound.at);
          for (const action of actions) {
            if (action.type === 'record')
              await tx.query(
                `INSERT INTO conversation_events (conversation_id, turn_id, kind, detail, created_at) VALUES ($1, $2, $3, $4, $5)`,
                [commit.conversationId, turnId, action.kind, JSON.stringify(action.detail), commit.at],
              );
            else if (action.type === 'handoff')
              // Queued with the turn, so a crash can never lose a cry for help that the resident saw answered.
              await queueFromTurn(tx, {
                conversationId: commit.conversationId,
                priority: action.priority,
                reasons: action.reasons,
                caseNo: action.caseNo ?? null,
                category: action.category ?? null,
                at: commit.at,
                residentMessageAt: commit.inbound.at,
              });
          }
          // Last, so that what this very turn wrote is erased too.
          for (const erasure of applied.erasures) {
            await erasePersonalData(tx, commit.conversationId, erasure.values);
            await tx.query(
              `INSERT INTO conversation_events (conversation_id, turn_id, kind, detail, created_at) VALUES ($1, $2, 'personal_data_erased', $3, $4)`,
              [commit.conversationId, turnId, JSON.stringify({ reason: erasure.reason }), commit.at],
            );
          }
          return { status: 'committed' as const, actions, state: stateAfter, publicState };
        });
      } catch (error) {
        if (error instanceof VersionConflict) return { status: 'version_conflict' };
        if (isUniqueViolation(error)) return { status: 'duplicate_message' };
        throw error;
      }
    },

    async appendMessage(conversationId, author, text, buttons, at) {
      const { rows } = await db.query<MessageRow>(
        `INSERT INTO messages (conversation_id, turn_id, author, text, buttons, created_at)
         VALUES ($1, NULL, $2, $3, $4, $5) RETURNING id, author, text, buttons, created_at`,
        [
          conversationId,
          author,
          db.cipher.seal(text),
          buttons && buttons.length > 0 ? JSON.stringify(buttons) : null,
          at,
        ],
      );
      return toEntry(rows[0]!, db.cipher);
    },

    async transcript(conversationId, limit) {
      const { rows } = await db.query<MessageRow>(LATEST_MESSAGES, [conversationId, limit]);
      return rows.map((row) => toEntry(row, db.cipher));
    },
  };
}
