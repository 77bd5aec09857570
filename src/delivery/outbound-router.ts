import type { Address } from '../engine/inbound.js';
import type { EngineLogger } from '../engine/logger.js';
import type { Clock, TranscriptEntry } from '../engine/types.js';
import type { OutboxEntry, OutboxRepository } from '../store/outbox-repository.js';
import { DeliveryError, type ChannelSender, type OutboundMessage } from './outbound-message.js';

/** How hard the router tries before it gives a message up and tells the operators. */
export interface RetryPolicy {
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** How long a claimed message is left to one sender before another instance may try it. */
  leaseMs: number;
}

/** What the router is built from. */
export interface OutboundRouterDeps {
  outbox: OutboxRepository;
  clock: Clock;
  logger: EngineLogger;
  retry: RetryPolicy;
  /** Told when a message is given up, so the console can show it could not be delivered. */
  onUndeliverable?: (entry: OutboxEntry, error: string) => void;
}

/** Every push to a resident (an operator's reply, a case update, a late reply) goes through here. */
export interface OutboundRouter {
  /** Adds a channel's sender; messages for that channel are delivered by it. */
  register(sender: ChannelSender): void;
  /** Stores a message in the resident's transcript and queues it for their channel, in one transaction. */
  push(
    conversationId: string,
    address: Address,
    author: 'bot' | 'operator' | 'system',
    message: OutboundMessage,
  ): Promise<TranscriptEntry>;
  /** Queues messages already in the transcript (a turn answered after the channel's own deadline). */
  deliver(conversationId: string, address: Address, messages: readonly OutboundMessage[]): Promise<void>;
  /** Sends what is due now (also run on a timer); resolves when this round is done. */
  dispatch(): Promise<void>;
  /** Asks for a dispatch soon, without waiting for it. */
  kick(): void;
  start(intervalMs: number): void;
  stop(): Promise<void>;
}

/** Builds the router over the durable outbox. */
export function createOutboundRouter(deps: OutboundRouterDeps): OutboundRouter {
  const { outbox, clock, logger, retry } = deps;
  const senders = new Map<string, ChannelSender>();
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let again = false;
  let stopped = false;

  const backoff = (attempts: number): number =>
    Math.min(retry.maxDelayMs, retry.baseDelayMs * 2 ** Math.max(0, attempts - 1));

  async function sendOne(entry: OutboxEntry): Promise<void> {
    const sender = senders.get(entry.address.channel);
    if (!sender) return;
    const log = { conversationId: entry.conversationId, channel: entry.address.channel, outboxId: entry.id };
    try {
      await sender.send(entry.address, entry.message);
      await outbox.delivered(entry.id, clock.now());
    } catch (error) {
      const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      const retryable = !(error instanceof DeliveryError) || error.retryable;
      if (retryable && entry.attempts < retry.maxAttempts) {
        const asked = error instanceof DeliveryError ? (error.retryAfterMs ?? 0) : 0;
        const delay = Math.max(backoff(entry.attempts), asked);
        await outbox.retryLater(entry.id, new Date(clock.now().getTime() + delay), reason);
        logger.warn(
          { ...log, attempts: entry.attempts },
          'a message to a resident could not be sent; it will be retried',
        );
        return;
      }
      await outbox.failed(entry.id, reason);
      logger.error(
        { ...log, attempts: entry.attempts, code: error instanceof DeliveryError ? error.code : undefined },
        'a message to a resident could not be delivered; the console shows it, an operator should call the resident',
      );
      deps.onUndeliverable?.(entry, reason);
    }
  }

  async function round(): Promise<void> {
    do {
      again = false;
      const now = clock.now();
      const due = await outbox.claimDue([...senders.keys()], now, new Date(now.getTime() + retry.leaseMs));
      // In id order, one at a time: a resident reads messages in the order they were written.
      for (const entry of due) await sendOne(entry);
      if (due.length >= 50) again = true;
    } while (again && !stopped);
  }

  const router: OutboundRouter = {
    register(sender) {
      senders.set(sender.channel, sender);
    },
    async push(conversationId, address, author, message) {
      const stored = await outbox.appendAndEnqueue({
        conversationId,
        address,
        author,
        message,
        at: clock.now(),
      });
      router.kick();
      return {
        id: stored.id,
        author,
        text: message.text,
        ...(message.buttons && message.buttons.length > 0 ? { buttons: message.buttons } : {}),
        at: stored.at,
      };
    },
    async deliver(conversationId, address, messages) {
      await outbox.enqueue(
        messages.map((message) => ({ conversationId, address, message, messageId: null, at: clock.now() })),
      );
      router.kick();
    },
    dispatch() {
      if (running) {
        again = true;
        return running;
      }
      running = round()
        .catch((error: unknown) => {
          logger.error(
            { err: error instanceof Error ? { name: error.name, message: error.message } : error },
            'outbox round failed; it will run again',
          );
        })
        .finally(() => {
          running = undefined;
        });
      return running;
    },
    kick() {
      if (stopped) return;
      setImmediate(() => void router.dispatch());
    },
    start(intervalMs) {
      stopped = false;
      timer = setInterval(() => void router.dispatch(), intervalMs);
      timer.unref();
    },
    async stop() {
      stopped = true;
      if (timer) clearInterval(timer);
      await running;
    },
  };
  return router;
}
