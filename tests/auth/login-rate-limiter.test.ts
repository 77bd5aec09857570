import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAuthService } from '../../src/auth/auth-service.js';
import { createLoginRateLimiter } from '../../src/auth/login-rate-limiter.js';
import { createStaffRepository } from '../../src/auth/staff-repository.js';
import { openDatabase } from '../../src/store/open-database.js';
import type { SqlDatabase } from '../../src/store/sql.js';
import { tempDir } from '../helpers/test-app.js';

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

  it('keeps at most maxKeys keys, dropping the quietest unlocked key first', () => {
    const limiter = createLoginRateLimiter({ maxFailures: 2, maxKeys: 2 });
    limiter.recordFailure('a', t0);
    limiter.recordFailure('b', t0);
    limiter.recordFailure('b', t0);
    limiter.recordFailure('c', t0);
    limiter.recordFailure('c', t0);
    // 'a' (one failure, the quietest) made room; 'b' is locked and was kept.
    limiter.recordFailure('a', t0);
    expect(limiter.retryAfterSeconds('a', t0)).toBe(0);
    expect(limiter.retryAfterSeconds('b', t0)).toBeGreaterThan(0);
    expect(limiter.retryAfterSeconds('c', t0)).toBeGreaterThan(0);
  });

  it('regression: a locked account stays locked whatever other usernames fail', () => {
    const limiter = createLoginRateLimiter({ maxKeys: 100 });
    for (let i = 0; i < 5; i += 1) limiter.recordFailure('zhang.san', later(i * 1000));
    // A flood of made-up usernames, far more than the limiter keeps.
    for (let i = 0; i < 1000; i += 1) limiter.recordFailure(`made-up-${i}`, later(10_000 + i));
    expect(limiter.retryAfterSeconds('zhang.san', later(20_000))).toBeGreaterThan(0);
  });
});

describe('password spraying', () => {
  let db: SqlDatabase;
  beforeAll(async () => {
    db = await openDatabase({ dataDir: await tempDir('yimen-spray-') });
  });
  afterAll(async () => {
    await db.close();
  });

  it('regression: password spraying across usernames has no global limit: failures per address and overall pause logins', async () => {
    const clock = { now: () => t0 };
    const logger = { info: () => undefined, warn: () => undefined };
    const auth = createAuthService({
      staff: createStaffRepository(db),
      clock,
      logger,
      tokenTtlHours: 1,
      loginFailureLimits: { perAddress: 4, overall: 6 },
    });
    const created = await auth.createUser({
      username: 'li.si',
      displayName: '李四',
      role: 'operator',
      password: 'li.si-correct-password',
    });
    expect(created.ok).toBe(true);
    // One password tried on many usernames from one address: that address pauses, another does not.
    for (let i = 0; i < 4; i += 1)
      expect((await auth.login(`user${i}`, 'Spring2026!', '10.9.9.9')).ok).toBe(false);
    expect(await auth.login('li.si', 'li.si-correct-password', '10.9.9.9')).toMatchObject({
      ok: false,
      reason: 'rate_limited',
    });
    expect((await auth.login('li.si', 'li.si-correct-password', '10.8.8.8')).ok).toBe(true);
    // From many addresses, one try each: the overall limit pauses logins for everyone.
    for (let i = 0; i < 2; i += 1)
      expect((await auth.login(`user${i}`, 'Spring2026!', `10.7.7.${i}`)).ok).toBe(false);
    expect(await auth.login('li.si', 'li.si-correct-password', '10.6.6.6')).toMatchObject({
      ok: false,
      reason: 'rate_limited',
    });
  });
});
