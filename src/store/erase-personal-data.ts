import { eraseFromJson, eraseFromText } from '../identity/redact.js';
import type { SqlExecutor } from './sql.js';

/**
 * Makes "deleted" true for one conversation: the values are removed and every ID number and phone is
 * masked in the transcript (both ways), the stored replies of every turn and the recorded events. The
 * conversation's state no longer holds them (the flow that held them has ended).
 */
export async function erasePersonalData(
  tx: SqlExecutor,
  conversationId: string,
  values: readonly string[],
): Promise<void> {
  const messages = await tx.query<{ id: string; text: string }>(
    'SELECT id, text FROM messages WHERE conversation_id = $1',
    [conversationId],
  );
  const { cipher } = tx;
  for (const row of messages.rows) {
    const text = cipher.open(row.text);
    const erased = eraseFromText(text, values);
    if (erased !== text)
      await tx.query('UPDATE messages SET text = $1 WHERE id = $2', [cipher.seal(erased), row.id]);
  }
  const turns = await tx.query<{ id: string; actions: string; public_state: string }>(
    'SELECT id, actions, public_state FROM turns WHERE conversation_id = $1',
    [conversationId],
  );
  for (const row of turns.rows) {
    const actions = cipher.openJson<unknown>(row.actions);
    const publicState = cipher.openJson<unknown>(row.public_state);
    const erasedActions = eraseFromJson(actions, values);
    const erasedState = eraseFromJson(publicState, values);
    if (
      JSON.stringify(erasedActions) !== JSON.stringify(actions) ||
      JSON.stringify(erasedState) !== JSON.stringify(publicState)
    )
      await tx.query('UPDATE turns SET actions = $1, public_state = $2 WHERE id = $3', [
        cipher.sealJson(erasedActions),
        cipher.sealJson(erasedState),
        row.id,
      ]);
  }
  const events = await tx.query<{ id: string; detail: unknown }>(
    'SELECT id, detail FROM conversation_events WHERE conversation_id = $1',
    [conversationId],
  );
  for (const row of events.rows) {
    const erased = eraseFromJson(row.detail, values);
    if (JSON.stringify(erased) !== JSON.stringify(row.detail))
      await tx.query('UPDATE conversation_events SET detail = $1 WHERE id = $2', [
        JSON.stringify(erased),
        row.id,
      ]);
  }
  const outbox = await tx.query<{ id: string; payload: string }>(
    'SELECT id, payload FROM outbox WHERE conversation_id = $1',
    [conversationId],
  );
  for (const row of outbox.rows) {
    const payload = cipher.openJson<unknown>(row.payload);
    const erased = eraseFromJson(payload, values);
    if (JSON.stringify(erased) !== JSON.stringify(payload))
      await tx.query('UPDATE outbox SET payload = $1 WHERE id = $2', [cipher.sealJson(erased), row.id]);
  }
  // Operators' internal notes may quote what the resident said (a name, an address, a number).
  const notes = await tx.query<{ id: string; text: string }>(
    `SELECT e.id, e.text FROM handoff_events e JOIN handoffs h ON h.id = e.handoff_id WHERE h.conversation_id = $1`,
    [conversationId],
  );
  for (const row of notes.rows) {
    const erased = eraseFromText(row.text, values);
    if (erased !== row.text)
      await tx.query('UPDATE handoff_events SET text = $1 WHERE id = $2', [erased, row.id]);
  }
}
