import { EventEmitter } from 'node:events';
import type { Broadcast } from '../delivery/broadcast.js';
import type { OutboundMessage } from '../delivery/outbound-message.js';
import type { Address } from '../engine/inbound.js';

const keyOf = (address: Address): string => `${address.channel}\u0000${address.userId}`;

interface PushEnvelope {
  address: Address;
  message: OutboundMessage;
}

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
      const { address, message } = payload as PushEnvelope;
      this.emitter.emit(keyOf(address), message);
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

  /** Stops hearing the broadcast (shutdown). */
  close(): void {
    this.stopListening();
  }
}
