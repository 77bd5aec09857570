import path from 'node:path';
import type { Config } from './config.js';
import { createEngine, type Engine } from './engine/engine.js';
import { createIntakeDialogue } from './engine/intake-dialogue.js';
import type { EngineLogger } from './engine/logger.js';
import { loadSystemReplies, type SystemReplies } from './engine/system-replies.js';
import type { Clock, ConversationStore } from './engine/types.js';
import { createConversationRepository } from './store/conversation-repository.js';
import { openDatabase } from './store/open-database.js';
import type { SqlDatabase } from './store/sql.js';

/** Everything the routes use, built once at start and closed once at shutdown. */
export interface Services {
  db: SqlDatabase;
  conversations: ConversationStore;
  engine: Engine;
  replies: SystemReplies;
  clock: Clock;
  close(): Promise<void>;
}

/** Options that tests use to swap the clock. */
export interface ServiceOverrides {
  clock?: Clock;
}

const systemClock: Clock = { now: () => new Date() };

/** Opens storage, loads content and builds the engine; resolves only when all are ready. */
export async function createServices(
  config: Config,
  logger: EngineLogger,
  overrides: ServiceOverrides = {},
): Promise<Services> {
  const clock = overrides.clock ?? systemClock;
  const db = await openDatabase({
    databaseUrl: config.DATABASE_URL,
    schema: config.DATABASE_SCHEMA,
    dataDir: config.DATA_DIR,
  });
  try {
    const conversations = createConversationRepository(db);
    const replies = await loadSystemReplies(path.resolve(config.REPLIES_DIR, 'system.yaml'));
    const dialogue = createIntakeDialogue({ replies });
    const engine = createEngine({ store: conversations, dialogue, clock, logger });
    return {
      db,
      conversations,
      engine,
      replies,
      clock,
      async close() {
        // Let the turn in flight commit before the database goes away.
        await engine.drain();
        await db.close();
      },
    };
  } catch (error) {
    await db.close();
    throw error;
  }
}
