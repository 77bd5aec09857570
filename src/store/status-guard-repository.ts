import { STATUS_GUARD, type StatusGuardFacts } from '../cases/status-guard.js';
import type { StatusCheckFailedEffect } from '../engine/actions.js';
import type { Address } from '../engine/inbound.js';
import { enqueueOutbound } from './outbox-repository.js';
import type { SqlExecutor } from './sql.js';

const before = (at: Date, ms: number): Date => new Date(at.getTime() - ms);

/** The failed status checks of this address and of everyone, each within its window ending at `at`. */
export async function statusGuardFacts(
  db: SqlExecutor,
  address: Address,
  at: Date,
): Promise<StatusGuardFacts> {
  const { rows } = await db.query<{ address_failures: number; global_failures: number }>(
    `SELECT
       count(*) FILTER (WHERE channel = $1 AND user_id = $2 AND failed_at > $3)::int AS address_failures,
       count(*) FILTER (WHERE failed_at > $4)::int AS global_failures
     FROM status_check_failures WHERE failed_at > LEAST($3, $4)`,
    [
      address.channel,
      address.userId,
      before(at, STATUS_GUARD.addressWindowMs),
      before(at, STATUS_GUARD.globalWindowMs),
    ],
  );
  return { addressFailures: rows[0]?.address_failures ?? 0, globalFailures: rows[0]?.global_failures ?? 0 };
}

/**
 * Counts one failed status check in the turn's transaction. When the receipt number belongs to a case that
 * now has too many failures, its online check is paused and its owner told in their own conversation (the
 * transcript and the outbox, so the notice reaches them on their channel).
 */
export async function recordStatusCheckFailure(
  tx: SqlExecutor,
  effect: StatusCheckFailedEffect,
  address: Address,
  at: Date,
): Promise<void> {
  await tx.query(
    'INSERT INTO status_check_failures (case_no, channel, user_id, failed_at) VALUES ($1, $2, $3, $4)',
    [effect.caseNo, address.channel, address.userId, at],
  );
  if (effect.caseNo === null) return;
  const { rows } = await tx.query<{ failures: number }>(
    'SELECT count(*)::int AS failures FROM status_check_failures WHERE case_no = $1 AND failed_at > $2',
    [effect.caseNo, before(at, STATUS_GUARD.caseWindowMs)],
  );
  if ((rows[0]?.failures ?? 0) < STATUS_GUARD.caseFailures) return;
  // Only the failure that pauses the case tells its owner: one notice per pause, not one per further guess.
  const locked = await tx.query<{ conversation_id: string | null; channel: string; user_id: string }>(
    `UPDATE cases SET status_locked_until = $2
     WHERE case_no = $1 AND (status_locked_until IS NULL OR status_locked_until <= $3)
     RETURNING conversation_id, channel, user_id`,
    [effect.caseNo, new Date(at.getTime() + STATUS_GUARD.lockMs), at],
  );
  const owner = locked.rows[0];
  if (!owner?.conversation_id) return;
  const message = await tx.query<{ id: string | number }>(
    `INSERT INTO messages (conversation_id, turn_id, author, text, buttons, created_at)
     VALUES ($1, NULL, 'system', $2, NULL, $3) RETURNING id`,
    [owner.conversation_id, tx.cipher.seal(effect.ownerNotice), at],
  );
  const transcriptId = String(message.rows[0]!.id);
  await enqueueOutbound(tx, [
    {
      conversationId: owner.conversation_id,
      address: { channel: owner.channel, userId: owner.user_id },
      message: { kind: 'system', text: effect.ownerNotice, transcriptId, at: at.toISOString() },
      messageId: transcriptId,
      at,
    },
  ]);
}
