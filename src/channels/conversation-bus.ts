import { EventEmitter } from 'node:events';
import type { OutboundMessage } from '../delivery/outbound-message.js';
import type { Address } from '../engine/inbound.js';

const keyOf = (address: Address): string => `${address.channel}\u0000${address.userId}`;

/** In-process fan-out of pushed messages to the live connections of a channel user (open web chat pages). */
export class ConversationBus {
  private readonly emitter = new EventEmitter();

  constructor() {
    // One listener per open chat page; many residents at once is normal, not a leak.
    this.emitter.setMaxListeners(0);
  }

  /** Delivers a message to every live connection of the resident; false when none is open here. */
  publish(address: Address, message: OutboundMessage): boolean {
    return this.emitter.emit(keyOf(address), message);
  }

  /** Listens to one resident's pushes; returns the function that stops listening. */
  subscribe(address: Address, listener: (message: OutboundMessage) => void): () => void {
    const key = keyOf(address);
    this.emitter.on(key, listener);
    return () => this.emitter.off(key, listener);
  }
}
