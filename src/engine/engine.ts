import { AppError } from '../errors.js';
import { initialState, withHistory } from './conversation-state.js';
import type { Dialogue } from './dialogue.js';
import { KeyedMutex } from './keyed-mutex.js';
import type { EngineLogger } from './logger.js';
import type { Clock, ConversationStore, Inbound, TurnResult } from './types.js';

/** What the engine is built from; all interfaces, no transport or driver. */
export interface EngineDeps {
  store: ConversationStore;
  dialogue: Dialogue;
  clock: Clock;
  logger: EngineLogger;
  /** Runs after a turn is committed (never for a replay), e.g. to tell the operator console; its failure never fails the turn. */
  onCommitted?: (result: TurnResult, inbound: Inbound) => Promise<void>;
}

/** The transport-free dialogue engine: one inbound message in, the turn's actions and state out. */
export interface Engine {
  handle(inbound: Inbound): Promise<TurnResult>;
  /** Stops taking new turns and waits for the ones in flight, for a graceful shutdown. */
  drain(): Promise<void>;
}

// Another process may commit a turn of the same conversation between our read and our write.
const MAX_COMMIT_ATTEMPTS = 5;

/** Builds the engine. */
export function createEngine(deps: EngineDeps): Engine {
  const { store, dialogue, clock, logger } = deps;
  const mutex = new KeyedMutex();
  const inFlight = new Set<Promise<unknown>>();
  let draining = false;

  async function runTurn(inbound: Inbound): Promise<TurnResult> {
    for (let attempt = 1; attempt <= MAX_COMMIT_ATTEMPTS; attempt++) {
      const now = clock.now();
      const conversation = await store.getOrCreate(inbound.channel, inbound.userId, initialState(), now);
      const log = { conversationId: conversation.id, channel: inbound.channel };
      const stored = await store.findTurn(conversation.id, inbound.messageId);
      if (stored) {
        logger.info(log, 'retried message answered from the record');
        return { conversationId: conversation.id, messageId: inbound.messageId, ...stored, replayed: true };
      }
      // States saved by an older version lack newer fields; the defaults fill them in.
      const state = { ...initialState(), ...conversation.state };
      const output = await dialogue.respond({ conversationId: conversation.id, inbound, state });
      const stateAfter = withHistory(
        { ...output.state, turnCount: state.turnCount + 1 },
        inbound.text,
        output.actions,
        now,
      );
      const outcome = await store.commitTurn({
        conversationId: conversation.id,
        expectedVersion: conversation.version,
        messageId: inbound.messageId,
        inbound: { text: inbound.text, at: inbound.at },
        actions: output.actions,
        stateAfter,
        at: now,
      });
      switch (outcome) {
        case 'committed': {
          logger.info(
            { ...log, turn: stateAfter.turnCount, topic: stateAfter.topic, urgency: stateAfter.urgency },
            'turn committed',
          );
          const result: TurnResult = {
            conversationId: conversation.id,
            messageId: inbound.messageId,
            actions: output.actions,
            state: stateAfter,
            at: now,
            replayed: false,
          };
          // Only after the commit: the console must never see a handoff that a rollback took back.
          if (deps.onCommitted) {
            try {
              await deps.onCommitted(result, inbound);
            } catch (error) {
              logger.error(
                {
                  ...log,
                  err: error instanceof Error ? { name: error.name, message: error.message } : error,
                },
                'post-commit hook failed',
              );
            }
          }
          return result;
        }
        case 'duplicate_message':
        case 'version_conflict':
          // Someone else wrote first: re-read and decide again (a duplicate is then answered from the record).
          logger.debug({ ...log, attempt, outcome }, 'turn lost a race, retrying');
          continue;
      }
    }
    throw new AppError('conflict', '这条消息正在处理，请稍后再试。');
  }

  return {
    async handle(inbound: Inbound): Promise<TurnResult> {
      if (draining) throw new AppError('unavailable', '服务正在重启，请稍后再发一次。');
      const task = mutex.run(`${inbound.channel}\u0000${inbound.userId}`, () => runTurn(inbound));
      inFlight.add(task);
      try {
        return await task;
      } finally {
        inFlight.delete(task);
      }
    },
    async drain(): Promise<void> {
      draining = true;
      await Promise.allSettled([...inFlight]);
    },
  };
}
