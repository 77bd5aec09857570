import { EventEmitter } from 'node:events';

/** What instances tell each other: events for operator consoles, and pushes for residents' live sockets. */
export type BroadcastTopic = 'console' | 'push';

/**
 * Fan-out across every instance of the service: a console on instance B sees what happened on A, and a
 * resident's socket on A receives what an operator on B wrote. With the embedded database there is one
 * process and the fan-out is local; on PostgreSQL it is LISTEN/NOTIFY (src/store/postgres-broadcast.ts).
 */
export interface Broadcast {
  /** Delivers to every subscriber of the topic on every instance (this one included, exactly once). */
  publish(topic: BroadcastTopic, payload: unknown): Promise<void>;
  /** Listens on this instance; returns the function that stops listening. */
  subscribe(topic: BroadcastTopic, listener: (payload: unknown) => void): () => void;
  close(): Promise<void>;
}

/** The single-process fan-out (the embedded database serves one process). */
export function createLocalBroadcast(): Broadcast {
  const emitter = new EventEmitter();
  emitter.setMaxListeners(0);
  return {
    publish(topic, payload) {
      emitter.emit(topic, payload);
      return Promise.resolve();
    },
    subscribe(topic, listener) {
      emitter.on(topic, listener);
      return () => emitter.off(topic, listener);
    },
    close: () => Promise.resolve(),
  };
}
