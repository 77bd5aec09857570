import { createConversationRepository } from '../../src/store/conversation-repository.js';
import { openDatabase } from '../../src/store/open-database.js';
import type { SqlDatabase } from '../../src/store/sql.js';
import { initialState } from '../../src/engine/conversation-state.js';

/** Counts the round trips of one ordinary turn of a known conversation on the real store (embedded database). */
export async function measureRoundTrips(): Promise<number> {
  const db = await openDatabase({});
  try {
    let trips = 0;
    const counting: SqlDatabase = {
      ...db,
      query: (sql, params) => {
        trips++;
        return db.query(sql, params);
      },
      transaction: (work) => {
        trips += 2;
        return db.transaction((tx) =>
          work({ cipher: tx.cipher, query: (sql, params) => (trips++, tx.query(sql, params)) }),
        );
      },
    };
    const store = createConversationRepository(counting);
    const address = { channel: 'web', userId: 'round-trips' };
    await store.getOrCreate(address, new Date());
    trips = 0;
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
    return trips;
  } finally {
    await db.close();
  }
}
