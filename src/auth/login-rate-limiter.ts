import type { SqlExecutor } from '../store/sql.js';

/**
 * Counts failed logins per key (username + client address, an address, or everyone) in the database, so every
 * instance on one PostgreSQL sees the same counts and a restart forgets nothing. Keys are stored only as the
 * data key's lookup hash. A locked key is never dropped to make room, so a flood of made-up usernames cannot
 * unlock an account.
 */
export interface LoginRateLimiter {
  /** Seconds until `key` may try again; 0 when it may try now. */
  retryAfterSeconds(key: string, at: Date): Promise<number>;
  /** Counts one failed attempt. */
  recordFailure(key: string, at: Date): Promise<void>;
  /** Forgets the failures of `key` after a successful login. */
  reset(key: string): Promise<void>;
}

/** Limits of the login rate limiter. */
export interface LoginRateLimitOptions {
  maxFailures?: number;
  windowMs?: number;
}

// Failures older than this are deleted; no window may be longer.
const KEEP_MS = 24 * 3_600_000;

/** `maxFailures` (default five) failures within the window (fifteen minutes) lock a key until the oldest of them leaves it. */
export function createLoginRateLimiter(
  db: SqlExecutor,
  options: LoginRateLimitOptions = {},
): LoginRateLimiter {
  const maxFailures = options.maxFailures ?? 5;
  const windowMs = Math.min(options.windowMs ?? 15 * 60_000, KEEP_MS);
  const hashOf = (key: string): string => db.cipher.lookupHash(`login-failure\u0000${key}`);
  return {
    async retryAfterSeconds(key, at) {
      const now = at.getTime();
      const { rows } = await db.query<{ failed_at: Date | string }>(
        `SELECT failed_at FROM login_failures WHERE key_hash = $1 AND failed_at > $2
          ORDER BY failed_at DESC LIMIT $3`,
        [hashOf(key), new Date(now - windowMs), maxFailures],
      );
      if (rows.length < maxFailures) return 0;
      const oldest = new Date(rows[rows.length - 1]!.failed_at).getTime();
      return Math.max(1, Math.ceil((oldest + windowMs - now) / 1000));
    },
    async recordFailure(key, at) {
      // One statement: the new failure in, failures older than any window out (the table stays small).
      await db.query(
        `WITH gone AS (DELETE FROM login_failures WHERE failed_at <= $3)
         INSERT INTO login_failures (key_hash, failed_at) VALUES ($1, $2)`,
        [hashOf(key), at, new Date(at.getTime() - KEEP_MS)],
      );
    },
    async reset(key) {
      await db.query('DELETE FROM login_failures WHERE key_hash = $1', [hashOf(key)]);
    },
  };
}
