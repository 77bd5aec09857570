import { isUniqueViolation, type SqlDatabase } from '../store/sql.js';
import { isRole, type StaffUser } from './staff-user.js';

/** A user with the password hash, which only the auth service ever sees. */
export interface StaffCredentials {
  readonly user: StaffUser;
  readonly passwordHash: string;
}

/** A new account as it is written. */
export interface NewStaffRow {
  readonly id: string;
  readonly username: string;
  readonly displayName: string;
  readonly role: StaffUser['role'];
  readonly departmentCode: string | undefined;
  readonly passwordHash: string;
  readonly createdAt: Date;
}

/** A new session as it is written; the token itself never reaches the database. */
export interface NewSessionRow {
  readonly tokenHash: string;
  readonly userId: string;
  readonly createdAt: Date;
  readonly expiresAt: Date;
}

/** Storage of staff accounts and sessions. */
export interface StaffRepository {
  /** How many accounts exist, active or not. */
  countUsers(): Promise<number>;
  /** The account with this username, ignoring case. */
  findByUsername(username: string): Promise<StaffCredentials | undefined>;
  /** The account with this id. */
  findById(id: string): Promise<StaffUser | undefined>;
  /** Active accounts with one of these roles, by display name (colleagues to transfer a conversation to). */
  listActive(roles: readonly string[]): Promise<StaffUser[]>;
  /** Adds an account; `username_taken` when another has the same username ignoring case. */
  insertUser(row: NewStaffRow): Promise<StaffUser | 'username_taken'>;
  /** Adds an account only if there is none at all (atomic across processes); `exists` otherwise. */
  insertFirstUser(row: NewStaffRow): Promise<StaffUser | 'exists'>;
  /** Replaces a password hash (after a password change or a rehash with new parameters). */
  setPasswordHash(userId: string, passwordHash: string): Promise<void>;
  /** Notes the time of a successful login. */
  recordLogin(userId: string, at: Date): Promise<void>;
  /** Stores a new session. */
  insertSession(row: NewSessionRow): Promise<void>;
  /** The active user owning an unrevoked session that is still valid at `at`. */
  findSessionUser(tokenHash: string, at: Date): Promise<StaffUser | undefined>;
  /** Revokes a session; false when it did not exist or was already revoked. */
  revokeSession(tokenHash: string, at: Date): Promise<boolean>;
  /** Deletes sessions that expired before `before`; returns how many. */
  deleteSessionsExpiredBefore(before: Date): Promise<number>;
}

interface StaffRow {
  id: string;
  username: string;
  display_name: string;
  role: string;
  department_code: string | null;
  password_hash: string;
  active: boolean;
  created_at: Date | string;
  last_login_at: Date | string | null;
}

const COLUMNS =
  'id, username, display_name, role, department_code, password_hash, active, created_at, last_login_at';

const SESSION_USER_COLUMNS = COLUMNS.split(', ')
  .map((column) => `u.${column}`)
  .join(', ');

// Held while checking for and creating the first account, so instances starting together create one first admin.
const FIRST_USER_LOCK_KEY = 4_231_978;

function toDate(value: Date | string): Date {
  return value instanceof Date ? value : new Date(value);
}

function toUser(row: StaffRow): StaffUser {
  const base = {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    active: row.active,
    createdAt: toDate(row.created_at),
    lastLoginAt: row.last_login_at === null ? undefined : toDate(row.last_login_at),
  };
  if (!isRole(row.role)) throw new Error(`staff user ${row.id} has an unknown role in the database`);
  if (row.role !== 'department') return { ...base, role: row.role };
  // The table's CHECK forbids this; fail closed rather than give a department user no scope.
  if (row.department_code === null) throw new Error(`department user ${row.id} has no department`);
  return { ...base, role: 'department', departmentCode: row.department_code };
}

function insertParams(row: NewStaffRow): unknown[] {
  return [
    row.id,
    row.username,
    row.displayName,
    row.role,
    row.departmentCode ?? null,
    row.passwordHash,
    row.createdAt,
  ];
}

const INSERT_USER = `INSERT INTO staff_users (id, username, display_name, role, department_code, password_hash, active, created_at)
  VALUES ($1, $2, $3, $4, $5, $6, true, $7) RETURNING ${COLUMNS}`;

/** Staff accounts and sessions on PostgreSQL SQL, shared by PGlite and a PostgreSQL server. */
export function createStaffRepository(db: SqlDatabase): StaffRepository {
  return {
    async countUsers() {
      const { rows } = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM staff_users');
      return rows[0]?.n ?? 0;
    },

    async findByUsername(username) {
      const { rows } = await db.query<StaffRow>(
        `SELECT ${COLUMNS} FROM staff_users WHERE lower(username) = lower($1)`,
        [username],
      );
      const row = rows[0];
      return row ? { user: toUser(row), passwordHash: row.password_hash } : undefined;
    },

    async findById(id) {
      const { rows } = await db.query<StaffRow>(`SELECT ${COLUMNS} FROM staff_users WHERE id = $1`, [id]);
      return rows[0] ? toUser(rows[0]) : undefined;
    },

    async listActive(roles) {
      const { rows } = await db.query<StaffRow>(
        `SELECT ${COLUMNS} FROM staff_users WHERE active AND role = ANY($1::text[]) ORDER BY display_name, id`,
        [roles],
      );
      return rows.map(toUser);
    },

    async insertUser(row) {
      try {
        const { rows } = await db.query<StaffRow>(INSERT_USER, insertParams(row));
        if (!rows[0]) throw new Error('insert returned no row');
        return toUser(rows[0]);
      } catch (error) {
        if (isUniqueViolation(error)) return 'username_taken';
        throw error;
      }
    },

    async insertFirstUser(row) {
      return db.transaction(async (tx) => {
        await tx.query('SELECT pg_advisory_xact_lock($1)', [FIRST_USER_LOCK_KEY]);
        const existing = await tx.query('SELECT 1 FROM staff_users LIMIT 1');
        if (existing.rows.length > 0) return 'exists' as const;
        const { rows } = await tx.query<StaffRow>(INSERT_USER, insertParams(row));
        if (!rows[0]) throw new Error('insert returned no row');
        return toUser(rows[0]);
      });
    },

    async setPasswordHash(userId, passwordHash) {
      await db.query('UPDATE staff_users SET password_hash = $1 WHERE id = $2', [passwordHash, userId]);
    },

    async recordLogin(userId, at) {
      await db.query('UPDATE staff_users SET last_login_at = $1 WHERE id = $2', [at, userId]);
    },

    async insertSession(row) {
      await db.query(
        'INSERT INTO staff_sessions (token_hash, user_id, created_at, expires_at) VALUES ($1, $2, $3, $4)',
        [row.tokenHash, row.userId, row.createdAt, row.expiresAt],
      );
    },

    async findSessionUser(tokenHash, at) {
      const { rows } = await db.query<StaffRow>(
        `SELECT ${SESSION_USER_COLUMNS}
         FROM staff_sessions s JOIN staff_users u ON u.id = s.user_id
         WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > $2 AND u.active`,
        [tokenHash, at],
      );
      return rows[0] ? toUser(rows[0]) : undefined;
    },

    async revokeSession(tokenHash, at) {
      const result = await db.query(
        'UPDATE staff_sessions SET revoked_at = $1 WHERE token_hash = $2 AND revoked_at IS NULL',
        [at, tokenHash],
      );
      return result.affectedRows === 1;
    },

    async deleteSessionsExpiredBefore(before) {
      const result = await db.query('DELETE FROM staff_sessions WHERE expires_at < $1', [before]);
      return result.affectedRows;
    },
  };
}
