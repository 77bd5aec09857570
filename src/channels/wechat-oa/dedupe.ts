/** How one waiting request for a message ends. */
export type WaitResult<T> =
  /** The result came in time and this request is the one to answer with it (passively). */
  | { kind: 'ready'; value: T }
  /** Time ran out: answer `success`; the result goes out asynchronously when it comes. */
  | { kind: 'timeout' }
  /** Another request answered, took over, or the result already went out: answer `success`. */
  | { kind: 'answered' };

/**
 * One message being handled, shared by WeChat's retries of it. Exactly one of these happens to the
 * result: the request waiting when it arrives answers with it, or, once a request has timed out, it
 * goes to `late` (the customer-service API). A retry arriving while a request waits takes over from it
 * (WeChat only retries after giving up on the earlier connection), and the earlier one answers `success`.
 */
export class PendingMessage<T> {
  private mode: 'pending' | 'late' | 'done' = 'pending';
  private waiter = 0;
  private releaseWaiter: (() => void) | undefined;

  constructor(
    /** Must not reject: the caller turns a failure into a value (the webhook, into an apology). */
    readonly result: Promise<T>,
    late: (value: T) => void,
  ) {
    // Registered before any waiter's callback, so it runs first and sees 'pending' unless a waiter timed out.
    void result.then((value) => {
      if (this.mode !== 'late') return;
      this.mode = 'done';
      late(value);
    });
  }

  /** Waits up to `timeoutMs` for the result on behalf of one request. */
  wait(timeoutMs: number): Promise<WaitResult<T>> {
    if (this.mode !== 'pending') return Promise.resolve({ kind: 'answered' });
    this.releaseWaiter?.();
    const me = ++this.waiter;
    return new Promise((resolve) => {
      let settled = false;
      const finish = (outcome: WaitResult<T>) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        resolve(outcome);
      };
      const current = () => this.waiter === me && this.mode === 'pending';
      this.releaseWaiter = () => finish({ kind: 'answered' });
      const timer = setTimeout(() => {
        if (!current()) return finish({ kind: 'answered' });
        this.mode = 'late';
        this.releaseWaiter = undefined;
        finish({ kind: 'timeout' });
      }, timeoutMs);
      void this.result.then((value) => {
        if (!current()) return finish({ kind: 'answered' });
        this.mode = 'done';
        this.releaseWaiter = undefined;
        finish({ kind: 'ready', value });
      });
    });
  }
}

/** Options of the in-memory dedupe. */
export interface MessageDedupeOptions {
  /** How long a message id is remembered; WeChat retries within about 15 seconds. */
  ttlMs?: number;
  /** Ids remembered at most; the oldest are forgotten first. */
  maxEntries?: number;
  now?: () => number;
}

/** Remembers recent messages by id so that WeChat's retries share one handling and one answer. */
export interface MessageDedupe {
  /**
   * The pending handling of `key`: `start` runs only if the key is new, and `late` receives the result
   * if no request was waiting for it when it came.
   */
  enter<T>(key: string, start: () => Promise<T>, late: (value: T) => void): PendingMessage<T>;
}

/** An in-memory MessageDedupe for one process; the engine's own idempotency by messageId guards across instances. */
export function createMessageDedupe(options: MessageDedupeOptions = {}): MessageDedupe {
  const ttlMs = options.ttlMs ?? 10 * 60_000;
  const maxEntries = options.maxEntries ?? 10_000;
  const now = options.now ?? Date.now;
  const entries = new Map<string, { pending: PendingMessage<unknown>; expiresAt: number }>();
  const sweep = () => {
    const at = now();
    // Insertion order is expiry order (same TTL for all), so stop at the first live entry.
    for (const [key, entry] of entries) {
      if (entry.expiresAt > at && entries.size < maxEntries) break;
      entries.delete(key);
    }
  };
  return {
    enter<T>(key: string, start: () => Promise<T>, late: (value: T) => void): PendingMessage<T> {
      sweep();
      const existing = entries.get(key);
      if (existing) return existing.pending as PendingMessage<T>;
      const pending = new PendingMessage(start(), late);
      entries.set(key, { pending: pending, expiresAt: now() + ttlMs });
      return pending;
    },
  };
}
