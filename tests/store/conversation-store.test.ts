import { createConversationRepository } from '../../src/store/conversation-repository.js';
import { openDatabase } from '../../src/store/open-database.js';
import { dropSchema, TEST_DATABASE_URL, uniqueSchema } from '../helpers/postgres.js';
import { conversationStoreContract } from './conversation-store-contract.js';

conversationStoreContract('PGlite', async () => {
  const db = await openDatabase({});
  return { store: createConversationRepository(db), db, close: () => db.close() };
});

conversationStoreContract('PostgreSQL', async () => {
  const schema = uniqueSchema();
  const db = await openDatabase({ databaseUrl: TEST_DATABASE_URL, schema });
  return {
    store: createConversationRepository(db),
    db,
    async close() {
      await db.close();
      await dropSchema(schema);
    },
  };
});
