import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createStaffRepository,
  type NewStaffRow,
  type StaffRepository,
} from '../../src/auth/staff-repository.js';
import { openDatabase } from '../../src/store/open-database.js';
import type { SqlDatabase } from '../../src/store/sql.js';
import { dropSchema, TEST_DATABASE_URL, uniqueSchema } from '../helpers/postgres.js';

const at = new Date('2026-03-02T02:00:00Z');
const hour = 3_600_000;

let counter = 0;
function row(overrides: Partial<NewStaffRow> = {}): NewStaffRow {
  counter += 1;
  return {
    id: crypto.randomUUID(),
    username: `user${counter}`,
    displayName: '测试',
    role: 'operator',
    departmentCode: undefined,
    passwordHash: '$argon2id$not-a-real-hash',
    createdAt: at,
    ...overrides,
  };
}

/** The promises the staff repository keeps, run on PGlite and on a PostgreSQL server. */
function staffRepositoryContract(
  name: string,
  open: () => Promise<{ db: SqlDatabase; close: () => Promise<void> }>,
): void {
  describe(`staff repository: ${name}`, () => {
    let db: SqlDatabase;
    let close: () => Promise<void>;
    beforeAll(async () => {
      ({ db, close } = await open());
    });
    afterAll(async () => {
      await close();
    });

    // One database per backend keeps the suite fast; each test starts from an empty table.
    async function withRepository(work: (staff: StaffRepository, db: SqlDatabase) => Promise<void>) {
      await db.query('DELETE FROM staff_users');
      await work(createStaffRepository(db), db);
    }

    it('finds a user by username whatever the case, and refuses a second one differing only in case', () =>
      withRepository(async (staff) => {
        const added = await staff.insertUser(
          row({ username: 'Li.Si', role: 'department', departmentCode: 'civil_affairs' }),
        );
        expect(added).toMatchObject({
          username: 'Li.Si',
          role: 'department',
          departmentCode: 'civil_affairs',
          active: true,
        });
        const found = await staff.findByUsername('li.si');
        expect(found?.user.id).toBe(added !== 'username_taken' ? added.id : undefined);
        expect(found?.passwordHash).toBe('$argon2id$not-a-real-hash');
        expect(await staff.insertUser(row({ username: 'LI.SI' }))).toBe('username_taken');
        expect(await staff.countUsers()).toBe(1);
      }));

    it('will not store a department user without a department', () =>
      withRepository(async (_staff, db) => {
        await expect(
          db.query(
            `INSERT INTO staff_users (id, username, display_name, role, password_hash, created_at)
             VALUES ($1, 'nodept', '无部门', 'department', 'x', $2)`,
            [crypto.randomUUID(), at],
          ),
        ).rejects.toThrow();
      }));

    it('creates the first user only while the table is empty', () =>
      withRepository(async (staff) => {
        const first = await staff.insertFirstUser(row({ username: 'admin', role: 'admin' }));
        expect(first).toMatchObject({ username: 'admin', role: 'admin' });
        expect(await staff.insertFirstUser(row({ username: 'admin2', role: 'admin' }))).toBe('exists');
        expect(await staff.countUsers()).toBe(1);
      }));

    it('finds a session until it expires or is revoked, and only for an active user', () =>
      withRepository(async (staff, db) => {
        const user = await staff.insertUser(row());
        if (user === 'username_taken') throw new Error('unexpected');
        await staff.insertSession({
          tokenHash: 'a'.repeat(64),
          userId: user.id,
          createdAt: at,
          expiresAt: new Date(at.getTime() + 12 * hour),
        });
        await staff.insertSession({
          tokenHash: 'b'.repeat(64),
          userId: user.id,
          createdAt: at,
          expiresAt: new Date(at.getTime() + 12 * hour),
        });
        expect((await staff.findSessionUser('a'.repeat(64), at))?.id).toBe(user.id);
        expect(
          await staff.findSessionUser('a'.repeat(64), new Date(at.getTime() + 12 * hour)),
        ).toBeUndefined();
        expect(await staff.findSessionUser('c'.repeat(64), at)).toBeUndefined();

        expect(await staff.revokeSession('a'.repeat(64), at)).toBe(true);
        expect(await staff.revokeSession('a'.repeat(64), at)).toBe(false);
        expect(await staff.findSessionUser('a'.repeat(64), at)).toBeUndefined();

        expect((await staff.findSessionUser('b'.repeat(64), at))?.id).toBe(user.id);
        await db.query('UPDATE staff_users SET active = false WHERE id = $1', [user.id]);
        expect(await staff.findSessionUser('b'.repeat(64), at)).toBeUndefined();
      }));

    it('records the last login and replaces a password hash', () =>
      withRepository(async (staff) => {
        const user = await staff.insertUser(row({ username: 'rehash' }));
        if (user === 'username_taken') throw new Error('unexpected');
        expect(user.lastLoginAt).toBeUndefined();
        await staff.recordLogin(user.id, at);
        await staff.setPasswordHash(user.id, '$argon2id$new');
        const found = await staff.findByUsername('rehash');
        expect(found?.user.lastLoginAt?.toISOString()).toBe(at.toISOString());
        expect(found?.passwordHash).toBe('$argon2id$new');
        expect((await staff.findById(user.id))?.username).toBe('rehash');
      }));

    it('deletes only sessions that expired before the given time', () =>
      withRepository(async (staff) => {
        const user = await staff.insertUser(row());
        if (user === 'username_taken') throw new Error('unexpected');
        await staff.insertSession({
          tokenHash: 'old',
          userId: user.id,
          createdAt: at,
          expiresAt: new Date(at.getTime() - hour),
        });
        await staff.insertSession({
          tokenHash: 'new',
          userId: user.id,
          createdAt: at,
          expiresAt: new Date(at.getTime() + hour),
        });
        expect(await staff.deleteSessionsExpiredBefore(at)).toBe(1);
        expect(await staff.findSessionUser('new', at)).toBeDefined();
      }));
  });
}

staffRepositoryContract('PGlite', async () => {
  const db = await openDatabase({});
  return { db, close: () => db.close() };
});

staffRepositoryContract('PostgreSQL', async () => {
  const schema = uniqueSchema();
  const db = await openDatabase({ databaseUrl: TEST_DATABASE_URL, schema });
  return {
    db,
    async close() {
      await db.close();
      await dropSchema(schema);
    },
  };
});
