import { describe, expect, it } from 'vitest';
import { createLoginRateLimiter } from '../../src/auth/login-rate-limiter.js';

const t0 = new Date('2026-03-02T02:00:00Z');
const later = (ms: number) => new Date(t0.getTime() + ms);
const minute = 60_000;

describe('login rate limiter', () => {
  it('locks a key after five failures until the oldest leaves the fifteen-minute window', () => {
    const limiter = createLoginRateLimiter();
    for (let i = 0; i < 4; i += 1) limiter.recordFailure('k', later(i * minute));
    expect(limiter.retryAfterSeconds('k', later(4 * minute))).toBe(0);
    limiter.recordFailure('k', later(4 * minute));
    expect(limiter.retryAfterSeconds('k', later(4 * minute))).toBe(11 * 60);
    expect(limiter.retryAfterSeconds('other', later(4 * minute))).toBe(0);
    // The first failure has left the window: one more try is allowed.
    expect(limiter.retryAfterSeconds('k', later(15 * minute))).toBe(0);
  });

  it('forgets a key after a successful login', () => {
    const limiter = createLoginRateLimiter({ maxFailures: 2 });
    limiter.recordFailure('k', t0);
    limiter.recordFailure('k', t0);
    expect(limiter.retryAfterSeconds('k', t0)).toBeGreaterThan(0);
    limiter.reset('k');
    expect(limiter.retryAfterSeconds('k', t0)).toBe(0);
  });

  it('keeps at most maxKeys keys, dropping the quietest first', () => {
    const limiter = createLoginRateLimiter({ maxFailures: 1, maxKeys: 2 });
    limiter.recordFailure('a', t0);
    limiter.recordFailure('b', t0);
    limiter.recordFailure('c', t0);
    expect(limiter.retryAfterSeconds('a', t0)).toBe(0);
    expect(limiter.retryAfterSeconds('b', t0)).toBeGreaterThan(0);
    expect(limiter.retryAfterSeconds('c', t0)).toBeGreaterThan(0);
  });
});
