import { EventEmitter } from 'node:events';
import type { ConsoleEvent } from './handoff-types.js';

/** In-process fan-out of queue events to every open operator console. */
export class ConsoleHub {
  private readonly emitter = new EventEmitter();

  constructor() {
    // One listener per open console; a room full of operators is normal, not a leak.
    this.emitter.setMaxListeners(0);
  }

  /** Sends an event to every connected console. */
  publish(event: ConsoleEvent): void {
    this.emitter.emit('event', event);
  }

  /** Listens to every event; returns the function that stops listening. */
  subscribe(listener: (event: ConsoleEvent) => void): () => void {
    this.emitter.on('event', listener);
    return () => this.emitter.off('event', listener);
  }
}
