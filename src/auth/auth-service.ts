import { randomUUID } from 'node:crypto';
import type { Clock } from '../engine/types.js';
import type { SqlExecutor } from '../store/sql.js';
import { createLoginRateLimiter, type LoginRateLimiter } from './login-rate-limiter.js';
import {
  isValidUsername,
  normalizeUsername,
  validateNewStaffUser,
  type NewStaffUser,
  type NewUserProblem,
} from './new-staff-user.js';
import { decoyPasswordHash, hashPassword, needsRehash, verifyPassword } from './passwords.js';
import type { StaffRepository } from './staff-repository.js';
import type { StaffUser } from './staff-user.js';
import { hashSessionToken, looksLikeSessionToken, newSessionToken } from './tokens.js';

/** The outcome of a login; a wrong username and a wrong password are deliberately the same value. */
export type LoginResult =
  | { ok: true; token: string; expiresAt: Date; user: StaffUser }
  | { ok: false; reason: 'invalid_credentials' }
  | { ok: false; reason: 'rate_limited'; retryAfterSeconds: number };

/** The outcome of adding an account. */
export type CreateUserResult =
  | { ok: true; user: StaffUser }
  | { ok: false; reason: 'invalid'; problems: NewUserProblem[] }
  | { ok: false; reason: 'username_taken'; problems: NewUserProblem[] };

/** What happened to the first admin at start. */
export type FirstAdminOutcome = 'created' | 'users_exist' | 'no_password';

/** Staff login, sessions and accounts. */
export interface AuthService {
  /** Checks a username and password and opens a session; `client` (the caller's address) keys the rate limit. */
  login(username: string, password: string, client?: string): Promise<LoginResult>;
  /** The active user behind a bearer token that is unexpired and not logged out. */
  authenticate(token: string): Promise<StaffUser | undefined>;
  /** Ends the session of `token` at once; false when there was no such open session. */
  logout(token: string): Promise<boolean>;
  /** Adds an account after checking the rules (also used by the CLI). */
  createUser(input: NewStaffUser): Promise<CreateUserResult>;
  /**
   * Creates the first admin when no account exists yet, with the environment's password or, without one, the
   * password `generate` makes (a first run); says what it did.
   */
  ensureFirstAdmin(
    username: string,
    password: string | undefined,
    generate?: () => string,
  ): Promise<FirstAdminOutcome>;
}

/** The slice of a pino-style logger the auth service writes to; never given passwords or tokens. */
export interface AuthLogger {
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
}

/** What the auth service is built from. */
export interface AuthServiceOptions {
  staff: StaffRepository;
  clock: Clock;
  logger: AuthLogger;
  tokenTtlHours: number;
  /** Where failed logins are counted (the staff tables' database), shared by every instance. */
  db: SqlExecutor;
  rateLimiter?: LoginRateLimiter;
  /** Failed logins (any usernames) per address and overall within fifteen minutes before logins pause. */
  loginFailureLimits?: { perAddress: number; overall: number };
}

// Expired sessions are kept this long after expiry, so "who was logged in when" can still be answered.
const KEEP_EXPIRED_SESSIONS_MS = 30 * 24 * 3_600_000;

const OVERALL_KEY = 'overall';

const ADD_USER_HINT =
  'npm run user:add -- --username admin --role admin --name 管理员 (the password is asked for, or read from YIMEN_NEW_PASSWORD)';

/** Builds the auth service over a staff repository. */
export function createAuthService(options: AuthServiceOptions): AuthService {
  const { staff, clock, logger } = options;
  const ttlMs = options.tokenTtlHours * 3_600_000;
  const limiter = options.rateLimiter ?? createLoginRateLimiter(options.db);
  // Password spraying tries one password on many usernames: counted per address and overall, not per account.
  const limits = options.loginFailureLimits ?? { perAddress: 20, overall: 200 };
  const perAddress = createLoginRateLimiter(options.db, { maxFailures: limits.perAddress });
  const overall = createLoginRateLimiter(options.db, { maxFailures: limits.overall });

  async function openSession(user: StaffUser, now: Date): Promise<{ token: string; expiresAt: Date }> {
    const token = newSessionToken();
    const expiresAt = new Date(now.getTime() + ttlMs);
    await staff.insertSession({
      tokenHash: hashSessionToken(token),
      userId: user.id,
      createdAt: now,
      expiresAt,
    });
    await staff.recordLogin(user.id, now);
    await staff.deleteSessionsExpiredBefore(new Date(now.getTime() - KEEP_EXPIRED_SESSIONS_MS));
    return { token, expiresAt };
  }

  return {
    async login(username, password, client = '') {
      const name = normalizeUsername(username);
      const key = `${name.toLowerCase()}\u0000${client}`;
      const now = clock.now();
      const addressKey = `address\u0000${client}`;
      const waits = [
        [
          await limiter.retryAfterSeconds(key, now),
          'too many failed attempts for one username from this address',
        ],
        [await perAddress.retryAfterSeconds(addressKey, now), 'too many failed attempts from this address'],
        [
          await overall.retryAfterSeconds(OVERALL_KEY, now),
          'too many failed attempts overall (password spraying?)',
        ],
      ] as const;
      const refused = waits.find(([wait]) => wait > 0);
      if (refused) {
        const [wait, why] = refused;
        logger.warn({ client, retryAfterSeconds: wait }, `login refused: ${why}`);
        return { ok: false, reason: 'rate_limited', retryAfterSeconds: wait };
      }
      const found = isValidUsername(name) ? await staff.findByUsername(name) : undefined;
      // Unknown usernames are checked against a decoy hash so they take as long as known ones.
      const matches = await verifyPassword(found?.passwordHash ?? (await decoyPasswordHash()), password);
      if (found === undefined || !matches || !found.user.active) {
        await limiter.recordFailure(key, now);
        await perAddress.recordFailure(addressKey, now);
        await overall.recordFailure(OVERALL_KEY, now);
        logger.info(
          { client, ...(found ? { staffUserId: found.user.id } : {}) },
          found === undefined
            ? 'login failed: no such username'
            : 'login failed: wrong password or inactive account',
        );
        return { ok: false, reason: 'invalid_credentials' };
      }
      await limiter.reset(key);
      if (needsRehash(found.passwordHash)) {
        // Hashing parameters were raised since this password was set; upgrade while we have it.
        await staff.setPasswordHash(found.user.id, await hashPassword(password));
      }
      const session = await openSession(found.user, now);
      logger.info({ staffUserId: found.user.id, role: found.user.role }, 'staff login');
      return { ok: true, ...session, user: { ...found.user, lastLoginAt: now } };
    },

    async authenticate(token) {
      if (!looksLikeSessionToken(token)) return undefined;
      return staff.findSessionUser(hashSessionToken(token), clock.now());
    },

    async logout(token) {
      if (!looksLikeSessionToken(token)) return false;
      return staff.revokeSession(hashSessionToken(token), clock.now());
    },

    async createUser(input) {
      const checked = validateNewStaffUser(input);
      if (!checked.ok) return { ok: false, reason: 'invalid', problems: checked.problems };
      const { password, ...account } = checked.value;
      const inserted = await staff.insertUser({
        id: randomUUID(),
        ...account,
        passwordHash: await hashPassword(password),
        createdAt: clock.now(),
      });
      if (inserted === 'username_taken') {
        return {
          ok: false,
          reason: 'username_taken',
          problems: [{ field: 'username', message: `用户名“${account.username}”已经有人用了，请换一个。` }],
        };
      }
      logger.info({ staffUserId: inserted.id, role: inserted.role }, 'staff user added');
      return { ok: true, user: inserted };
    },

    async ensureFirstAdmin(username, givenPassword, generate) {
      if ((await staff.countUsers()) > 0) {
        if (givenPassword !== undefined) {
          logger.info(
            {},
            'ADMIN_PASSWORD is ignored because staff accounts already exist; you can remove it from the environment',
          );
        }
        return 'users_exist';
      }
      const password = givenPassword ?? generate?.();
      if (password === undefined) {
        logger.warn(
          {},
          `no staff account exists and ADMIN_PASSWORD is not set, so nobody can log in to the staff API. ` +
            `Set ADMIN_USERNAME and ADMIN_PASSWORD and restart, or add an admin with: ${ADD_USER_HINT}`,
        );
        return 'no_password';
      }
      const checked = validateNewStaffUser({ username, displayName: '管理员', role: 'admin', password });
      if (!checked.ok) {
        const fields = checked.problems.map((p) =>
          p.field === 'password' ? 'ADMIN_PASSWORD' : 'ADMIN_USERNAME',
        );
        throw new Error(
          `cannot create the first admin: fix ${[...new Set(fields)].join(' and ')} (${checked.problems.map((p) => p.message).join(' ')})`,
        );
      }
      const { password: _password, ...account } = checked.value;
      const created = await staff.insertFirstUser({
        id: randomUUID(),
        ...account,
        passwordHash: await hashPassword(password),
        createdAt: clock.now(),
      });
      if (created === 'exists') return 'users_exist';
      logger.info(
        { staffUserId: created.id },
        givenPassword === undefined
          ? 'created the first admin with a generated password (see the start-up banner for its file)'
          : 'created the first admin from ADMIN_USERNAME/ADMIN_PASSWORD; you can now remove ADMIN_PASSWORD from the environment',
      );
      return 'created';
    },
  };
}
