import { EventEmitter } from 'node:events';
import type { Broadcast } from '../delivery/broadcast.js';
import type { OutboundMessage } from '../delivery/outbound-message.js';
import type { Address } from '../engine/inbound.js';

const keyOf = (address: Address): string => `${address.channel}\u0000${address.userId}`;

interface PushEnvelope {
  address: Address;
  message: OutboundMessage;
}

/** An operator is typing to this resident: their open chat pages show it. */
interface TypingEnvelope {
  address: Address;
  typing: 'operator';
}

const typingKey = (address: Address): string => `typing\u0000${keyOf(address)}`;

/** Fan-out of pushed messages to a resident's live connections (open web chat pages), on every instance. */
export class ConversationBus {
  private readonly emitter = new EventEmitter();
  private readonly stopListening: () => void;

  constructor(
    private readonly broadcast: Broadcast,
    private readonly onError: (error: unknown) => void = () => undefined,
  ) {
    // One listener per open chat page; many residents at once is normal, not a leak.
    this.emitter.setMaxListeners(0);
    this.stopListening = broadcast.subscribe('push', (payload) => {
      const envelope = payload as PushEnvelope | TypingEnvelope;
      if ('typing' in envelope) this.emitter.emit(typingKey(envelope.address));
      else this.emitter.emit(keyOf(envelope.address), envelope.message);
    });
  }

  /** Delivers a message to every live connection of the resident, whichever instance holds it. */
  publish(address: Address, message: OutboundMessage): Promise<void> {
    return this.broadcast.publish('push', { address, message } satisfies PushEnvelope).catch(this.onError);
  }

  /** Listens to one resident's pushes on this instance; returns the function that stops listening. */
  subscribe(address: Address, listener: (message: OutboundMessage) => void): () => void {
    const key = keyOf(address);
    this.emitter.on(key, listener);
    return () => this.emitter.off(key, listener);
  }

  /** Tells the resident's open pages, on every instance, that an operator is typing to them. */
  publishTyping(address: Address): Promise<void> {
    return this.broadcast
      .publish('push', { address, typing: 'operator' } satisfies TypingEnvelope)
      .catch(this.onError);
  }

  /** Listens for an operator typing to one resident; returns the function that stops listening. */
  subscribeTyping(address: Address, listener: () => void): () => void {
    const key = typingKey(address);
    this.emitter.on(key, listener);
    return () => this.emitter.off(key, listener);
  }

  /** Stops hearing the broadcast (shutdown). */
  close(): void {
    this.stopListening();
  }
}
