import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAuthService } from '../../src/auth/auth-service.js';
import { createLoginRateLimiter } from '../../src/auth/login-rate-limiter.js';
import { createStaffRepository } from '../../src/auth/staff-repository.js';
import { openDatabase } from '../../src/store/open-database.js';
import type { SqlDatabase } from '../../src/store/sql.js';
import { tempDir } from '../helpers/test-app.js';
import { testCipher } from '../helpers/test-data-key.js';

const t0 = new Date('2026-03-02T02:00:00Z');
const later = (ms: number) => new Date(t0.getTime() + ms);
const minute = 60_000;

describe('login rate limiter (counted in the database)', () => {
  let db: SqlDatabase;
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await tempDir('yimen-login-limits-');
    db = await openDatabase({ dataDir, cipher: testCipher() });
  });
  afterAll(async () => {
    await db.close();
  });

  it('locks a key after five failures until the oldest leaves the fifteen-minute window', async () => {
    const limiter = createLoginRateLimiter(db);
    for (let i = 0; i < 4; i += 1) await limiter.recordFailure('k1', later(i * minute));
    expect(await limiter.retryAfterSeconds('k1', later(4 * minute))).toBe(0);
    await limiter.recordFailure('k1', later(4 * minute));
    expect(await limiter.retryAfterSeconds('k1', later(4 * minute))).toBe(11 * 60);
    expect(await limiter.retryAfterSeconds('other', later(4 * minute))).toBe(0);
    // The first failure has left the window: one more try is allowed.
    expect(await limiter.retryAfterSeconds('k1', later(15 * minute))).toBe(0);
  });

  it('forgets a key after a successful login', async () => {
    const limiter = createLoginRateLimiter(db, { maxFailures: 2 });
    await limiter.recordFailure('k2', t0);
    await limiter.recordFailure('k2', t0);
    expect(await limiter.retryAfterSeconds('k2', t0)).toBeGreaterThan(0);
    await limiter.reset('k2');
    expect(await limiter.retryAfterSeconds('k2', t0)).toBe(0);
  });

  it('regression: a locked account stays locked whatever other usernames fail', async () => {
    const limiter = createLoginRateLimiter(db);
    for (let i = 0; i < 5; i += 1) await limiter.recordFailure('zhang.san', later(i * 1000));
    // A flood of made-up usernames: nothing is evicted to make room for them.
    for (let i = 0; i < 300; i += 1) await limiter.recordFailure(`made-up-${i}`, later(10_000 + i));
    expect(await limiter.retryAfterSeconds('zhang.san', later(20_000))).toBeGreaterThan(0);
  });

  it('keeps neither usernames nor addresses, only keyed hashes, and drops failures older than a day', async () => {
    const limiter = createLoginRateLimiter(db);
    await limiter.recordFailure('wang.wu\u0000203.0.113.9', t0);
    const { rows } = await db.query<{ key_hash: string }>('SELECT key_hash FROM login_failures');
    expect(rows.some((row) => row.key_hash.includes('wang.wu') || row.key_hash.includes('203.0.113'))).toBe(
      false,
    );
    await limiter.recordFailure('later', later(25 * 60 * minute));
    const left = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM login_failures');
    expect(left.rows[0]?.n).toBe(1);
  });

  it('regression: the login limiter lives in process memory: a second instance and a restart see the same counts', async () => {
    const first = createLoginRateLimiter(db, { maxFailures: 3 });
    for (let i = 0; i < 3; i += 1) await first.recordFailure('li.si', later(26 * 60 * minute + i));
    await db.close();
    db = await openDatabase({ dataDir, cipher: testCipher() });
    const afterRestart = createLoginRateLimiter(db, { maxFailures: 3 });
    expect(await afterRestart.retryAfterSeconds('li.si', later(26 * 60 * minute + 10))).toBeGreaterThan(0);
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
      db,
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
