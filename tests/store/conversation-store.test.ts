import { createConversationRepository } from '../../src/store/conversation-repository.js';
import { createMemoryConversationStore } from '../../src/store/memory-conversation-store.js';
import { openDatabase } from '../../src/store/open-database.js';
import { dropSchema, TEST_DATABASE_URL, uniqueSchema } from '../helpers/postgres.js';
import { conversationStoreContract } from './conversation-store-contract.js';

conversationStoreContract('memory', () =>
  Promise.resolve({ store: createMemoryConversationStore(), close: () => Promise.resolve() }),
);

conversationStoreContract('PGlite', async () => {
  const db = await openDatabase({});
  return { store: createConversationRepository(db), close: () => db.close() };
});

conversationStoreContract('PostgreSQL', async () => {
  const schema = uniqueSchema();
  const db = await openDatabase({ databaseUrl: TEST_DATABASE_URL, schema });
  return {
    store: createConversationRepository(db),
    async close() {
      await db.close();
      await dropSchema(schema);
    },
  };
});
