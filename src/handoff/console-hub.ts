import { EventEmitter } from 'node:events';
import type { Broadcast } from '../delivery/broadcast.js';
import type { ConsoleEvent } from './handoff-types.js';

/** Fan-out of queue events to every open operator console, on every instance (through the broadcast). */
export class ConsoleHub {
  private readonly emitter = new EventEmitter();
  private readonly stopListening: () => void;

  constructor(
    private readonly broadcast: Broadcast,
    private readonly onError: (error: unknown) => void = () => undefined,
  ) {
    // One listener per open console; a room full of operators is normal, not a leak.
    this.emitter.setMaxListeners(0);
    this.stopListening = broadcast.subscribe('console', (event) => this.emitter.emit('event', event));
  }

  /** Sends an event to every connected console, whichever instance holds its socket. */
  publish(event: ConsoleEvent): void {
    this.broadcast.publish('console', event).catch(this.onError);
  }

  /** Listens to every event; returns the function that stops listening. */
  subscribe(listener: (event: ConsoleEvent) => void): () => void {
    this.emitter.on('event', listener);
    return () => this.emitter.off('event', listener);
  }

  /** Stops hearing the broadcast (shutdown). */
  close(): void {
    this.stopListening();
  }
}
