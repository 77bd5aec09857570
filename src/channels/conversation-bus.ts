import { EventEmitter } from 'node:events';
import type { TranscriptEntry } from '../engine/types.js';

/** A message that reached a conversation outside a resident's turn (a department update, an operator). */
export interface PushedMessage {
  conversationId: string;
  message: TranscriptEntry;
}

/** In-process fan-out of pushed messages to the channels holding live connections (web chat sockets). */
export class ConversationBus {
  private readonly emitter = new EventEmitter();

  constructor() {
    // One listener per open chat page; many residents at once is normal, not a leak.
    this.emitter.setMaxListeners(0);
  }

  /** Delivers a message to every live connection of its conversation. */
  publish(pushed: PushedMessage): void {
    this.emitter.emit(pushed.conversationId, pushed);
  }

  /** Listens to one conversation; returns the function that stops listening. */
  subscribe(conversationId: string, listener: (pushed: PushedMessage) => void): () => void {
    this.emitter.on(conversationId, listener);
    return () => this.emitter.off(conversationId, listener);
  }
}
