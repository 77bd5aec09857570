import { createConversationRepository } from '../../src/store/conversation-repository.js';
import { openDatabase } from '../../src/store/open-database.js';
import { initialState } from '../../src/engine/conversation-state.js';
import { countRoundTrips } from '../../tests/helpers/round-trip-counter.js';

/** Counts the round trips of one ordinary turn of a known conversation on the real store (embedded database). */
export async function measureRoundTrips(): Promise<number> {
  const db = await openDatabase({});
  try {
    const counting = countRoundTrips(db);
    const store = createConversationRepository(counting.db);
    const address = { channel: 'web', userId: 'round-trips' };
    await store.getOrCreate(address, new Date());
    counting.reset();
    const { conversation } = await store.openTurn(address, 'm1', new Date());
    const at = new Date();
    await store.commitTurn({
      conversationId: conversation.id,
      address,
      expectedVersion: conversation.version,
      messageId: 'm1',
      inbound: { ...address, messageId: 'm1', at, kind: 'text', text: '你好' },
      inboundHash: 'x',
      actions: [{ type: 'reply', text: '您好' }],
      stateAfter: { ...initialState(), turnCount: 1 },
      publicState: { topic: null, urgency: 'none', turnCount: 1, flow: null, expecting: [] },
      nonce: '0',
      at,
    });
    return counting.count();
  } finally {
    await db.close();
  }
}
