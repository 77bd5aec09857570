/**
 * Counts failed logins per key (username + client address) in process memory. Enough for one
 * instance; behind several instances each keeps its own count, so the effective limit is per instance.
 * A restart forgets the counts, which only gives a guesser a few more tries.
 */
export interface LoginRateLimiter {
  /** Seconds until `key` may try again; 0 when it may try now. */
  retryAfterSeconds(key: string, at: Date): number;
  /** Counts one failed attempt. */
  recordFailure(key: string, at: Date): void;
  /** Forgets the failures of `key` after a successful login. */
  reset(key: string): void;
}

/** Limits of the login rate limiter. */
export interface LoginRateLimitOptions {
  maxFailures?: number;
  windowMs?: number;
  /** Keys kept at most, so a flood of made-up usernames cannot grow memory without bound. */
  maxKeys?: number;
}

/** Five failures within fifteen minutes lock a key until the oldest of them leaves the window. */
export function createLoginRateLimiter(options: LoginRateLimitOptions = {}): LoginRateLimiter {
  const maxFailures = options.maxFailures ?? 5;
  const windowMs = options.windowMs ?? 15 * 60_000;
  const maxKeys = options.maxKeys ?? 10_000;
  const failures = new Map<string, number[]>();

  function recent(key: string, now: number): number[] {
    const times = (failures.get(key) ?? []).filter((t) => now - t < windowMs);
    if (times.length === 0) failures.delete(key);
    else failures.set(key, times);
    return times;
  }

  /**
   * Frees a slot for a new key: expired keys first, then the quietest keys that are not locked. A locked key
   * is never dropped, so a flood of made-up usernames cannot unlock an account; when every key is locked the
   * new key is not kept (false), and the address and global limits still count it.
   */
  function makeRoom(now: number): boolean {
    if (failures.size < maxKeys) return true;
    for (const key of failures.keys()) recent(key, now);
    // Still full: drop the keys that failed longest ago (a Map iterates in insertion order), never a locked one.
    for (const [key, times] of failures) {
      if (failures.size < maxKeys) break;
      if (times.length < maxFailures) failures.delete(key);
    }
    return failures.size < maxKeys;
  }

  return {
    retryAfterSeconds(key, at) {
      const now = at.getTime();
      const times = recent(key, now);
      if (times.length < maxFailures) return 0;
      const oldest = times[times.length - maxFailures] ?? now;
      return Math.max(1, Math.ceil((oldest + windowMs - now) / 1000));
    },
    recordFailure(key, at) {
      const now = at.getTime();
      const times = recent(key, now);
      if (times.length === 0 && !makeRoom(now)) return;
      // Re-inserting moves the key to the end, so eviction takes the quietest keys first.
      failures.delete(key);
      failures.set(key, [...times, now].slice(-maxFailures));
    },
    reset(key) {
      failures.delete(key);
    },
  };
}
