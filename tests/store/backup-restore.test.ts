import { mkdtemp, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { backupPglite, backupPostgres, restorePglite, restorePostgres } from '../../src/store/backup.js';
import { createCaseRepository } from '../../src/store/case-repository.js';
import { createDataCipher, generateDataKey } from '../../src/store/crypto/data-cipher.js';
import { DataKeyMismatchError } from '../../src/store/crypto/data-key-registry.js';
import { openDatabase } from '../../src/store/open-database.js';
import { dumpDatabase } from '../helpers/database-dump.js';
import { dropSchema, TEST_DATABASE_URL, uniqueSchema } from '../helpers/postgres.js';
import { plannedCase } from './sealed-fixtures.js';

vi.setConfig({ testTimeout: 300_000 });

const CASES = 5;
const key = generateDataKey();
const cipher = createDataCipher(key);
const temp: string[] = [];
const tempDir = async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'yimen-backup-'));
  temp.push(dir);
  return dir;
};
afterAll(async () => {
  for (const dir of temp) await rm(dir, { recursive: true, force: true });
});

/** Every case of the plan list, read back through the repository (so opened with the key). */
async function expectEveryCase(db: Awaited<ReturnType<typeof openDatabase>>): Promise<void> {
  const cases = await createCaseRepository(db).list({ limit: 500 });
  const expected = Array.from({ length: CASES }, (_, i) => plannedCase(i + 1));
  expect(cases.map((c) => c.idNumber).sort()).toEqual(expected.map((p) => p.idNumber).sort());
  expect(cases.map((c) => c.phone).sort()).toEqual(expected.map((p) => p.phone).sort());
  // The duplicate guard still finds a restored case by its ID number (the look-up hash survived).
  expect(await createCaseRepository(db).findOpen(expected[0]!.idNumber!, 'dibao')).toBeDefined();
  // And the restored rows are still sealed: the dump of the tables holds no ID number.
  const dump = await dumpDatabase(db);
  for (const plan of expected) expect(dump).not.toContain(plan.idNumber!);
}

async function seed(db: Awaited<ReturnType<typeof openDatabase>>): Promise<void> {
  const cases = createCaseRepository(db);
  for (let i = 1; i <= CASES; i++) await cases.register(plannedCase(i));
}

describe('backup and restore', () => {
  it('restores an embedded (PGlite) backup and finds every case, opened with the key', async () => {
    const source = await tempDir();
    const db = await openDatabase({ dataDir: source, cipher });
    await seed(db);
    await db.close();

    const file = path.join(await tempDir(), 'yimen.tar.gz');
    await backupPglite(source, file);
    expect((await stat(file)).mode & 0o777).toBe(0o600);

    const target = await tempDir();
    await restorePglite(file, target);
    await expect(restorePglite(file, target)).rejects.toThrow(/already exists/);
    const restored = await openDatabase({ dataDir: target, cipher });
    try {
      await expectEveryCase(restored);
    } finally {
      await restored.close();
    }
    // Without the key the backup is refused at open, not silently unreadable.
    await expect(
      openDatabase({ dataDir: target, cipher: createDataCipher(generateDataKey()) }),
    ).rejects.toThrow(DataKeyMismatchError);
  });

  it('restores a PostgreSQL dump (pg_dump, psql) into another database and finds every case', async () => {
    const schema = uniqueSchema('yimen_backup');
    const restoredDb = `${schema}_restored`;
    const admin = new pg.Client({ connectionString: TEST_DATABASE_URL });
    await admin.connect();
    try {
      const db = await openDatabase({ databaseUrl: TEST_DATABASE_URL, schema, cipher });
      await seed(db);
      await db.close();
      const file = path.join(await tempDir(), 'yimen.sql');
      await backupPostgres({ databaseUrl: TEST_DATABASE_URL, schema }, file);

      await admin.query(`CREATE DATABASE ${restoredDb}`);
      const restoredUrl = TEST_DATABASE_URL.replace(/\/[^/]+$/, `/${restoredDb}`);
      await restorePostgres(file, { databaseUrl: restoredUrl, schema });
      const restored = await openDatabase({ databaseUrl: restoredUrl, schema, cipher });
      try {
        await expectEveryCase(restored);
      } finally {
        await restored.close();
      }
    } finally {
      await dropSchema(schema);
      await admin.query(`DROP DATABASE IF EXISTS ${restoredDb} WITH (FORCE)`);
      await admin.end();
    }
  });
});
