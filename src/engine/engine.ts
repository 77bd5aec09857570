import { createHash } from 'node:crypto';
import { pooledRandomBytes } from '../runtime/random-pool.js';
import { AppError } from '../errors.js';
import { initialState, readState } from './conversation-state.js';
import type { Dialogue } from './dialogue.js';
import type { Inbound } from './inbound.js';
import { KeyedMutex } from './keyed-mutex.js';
import type { EngineLogger } from './logger.js';
import { noLookups, type LookupResults } from './lookups.js';
import type { Clock, ConversationRecord, ConversationStore, TurnResult } from './types.js';

/** What the engine is built from; all interfaces, no transport or driver. */
export interface EngineDeps {
  store: ConversationStore;
  dialogue: Dialogue;
  clock: Clock;
  logger: EngineLogger;
  /**
   * The most the optional LLM may add to one turn, however many calls and rounds it takes: past it every
   * call gives up at once and the offline answer stands (LLM_TIMEOUT_MS).
   */
  llmBudgetMs?: number;
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
// A decision asks for a fact at most this many times before it is treated as failed.
const MAX_LOOKUP_ROUNDS = 3;

/** What identifies what the resident sent: its kind and words (or the button), never stored in clear. */
export function inboundHash(inbound: Inbound): string {
  const what =
    inbound.kind === 'button' ? `button\u0000${inbound.buttonId}` : `${inbound.kind}\u0000${inbound.text}`;
  return createHash('sha256').update(what).digest('hex');
}

/** Builds the engine. */
export function createEngine(deps: EngineDeps): Engine {
  const { store, dialogue, clock, logger } = deps;
  const mutex = new KeyedMutex();
  const inFlight = new Set<Promise<unknown>>();
  let draining = false;

  async function decide(
    conversation: ConversationRecord,
    inbound: Inbound,
    nonce: string,
    llmSignal: AbortSignal | undefined,
  ) {
    const state = conversation.state === null ? initialState() : readState(conversation.state);
    let lookups: LookupResults = noLookups();
    const input = () => ({
      conversationId: conversation.id,
      inbound,
      state,
      queue: conversation.queue,
      lookups,
      nonce,
      ...(llmSignal ? { llmSignal } : {}),
    });
    const log = { conversationId: conversation.id, channel: inbound.channel };
    try {
      for (let round = 0; round < MAX_LOOKUP_ROUNDS; round++) {
        const result = await dialogue.decide(input());
        if (result.kind === 'decided') return result;
        // Facts from outside are fetched before the decision, never during it: the decision stays pure.
        const found = await store.lookup(result.requests, inbound, inbound.at);
        lookups = {
          ...lookups,
          ...found,
          cases: { ...lookups.cases, ...found.cases },
          ownOpenCases: { ...lookups.ownOpenCases, ...found.ownOpenCases },
        };
      }
      throw new Error('the decision kept asking for lookups');
    } catch (error) {
      // One message that breaks the dialogue must not leave the resident without an answer.
      logger.error(
        { ...log, err: error instanceof Error ? { name: error.name, message: error.message } : error },
        'turn could not be decided; answered with an apology and handed to a person',
      );
      return { kind: 'decided' as const, ...dialogue.failed(input()) };
    }
  }

  async function runTurn(inbound: Inbound): Promise<TurnResult> {
    const hash = inboundHash(inbound);
    // One budget for the whole turn: a retried round must not give a slow LLM another full timeout.
    const llmSignal = deps.llmBudgetMs === undefined ? undefined : AbortSignal.timeout(deps.llmBudgetMs);
    for (let attempt = 1; attempt <= MAX_COMMIT_ATTEMPTS; attempt++) {
      const now = clock.now();
      const { conversation, stored } = await store.openTurn(inbound, inbound.messageId, now);
      const log = { conversationId: conversation.id, channel: inbound.channel };
      if (stored) {
        if (stored.inboundHash !== hash)
          throw new AppError('conflict', '这个消息编号已经用过了，内容却不一样。请换一个消息编号再发。');
        logger.info(log, 'retried message answered from the record');
        return {
          conversationId: conversation.id,
          messageId: inbound.messageId,
          actions: stored.actions,
          publicState: stored.publicState,
          at: stored.at,
          replayed: true,
          handoffOpen: false,
        };
      }
      const nonce = pooledRandomBytes(6).toString('hex');
      const decision = await decide(conversation, inbound, nonce, llmSignal);
      const outcome = await store.commitTurn({
        conversationId: conversation.id,
        address: { channel: inbound.channel, userId: inbound.userId },
        expectedVersion: conversation.version,
        messageId: inbound.messageId,
        inbound,
        inboundHash: hash,
        actions: decision.actions,
        stateAfter: decision.state,
        publicState: dialogue.publicState(decision.state),
        nonce,
        at: now,
      });
      switch (outcome.status) {
        case 'committed': {
          logger.info(
            {
              ...log,
              turn: outcome.state.turnCount,
              topic: outcome.state.topic,
              urgency: outcome.state.urgency,
            },
            'turn committed',
          );
          const result: TurnResult = {
            conversationId: conversation.id,
            messageId: inbound.messageId,
            actions: outcome.actions,
            publicState: outcome.publicState,
            at: now,
            replayed: false,
            handoffOpen: outcome.state.handoffOpen,
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
          logger.debug({ ...log, attempt, outcome: outcome.status }, 'turn lost a race, retrying');
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
