import { rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createDataCipher, generateDataKey } from '../../src/store/crypto/data-cipher.js';
import { openPgliteDatabase } from '../../src/store/pglite-database.js';
import { prepared, type SqlDatabase } from '../../src/store/sql.js';
import { tempDir } from '../helpers/test-app.js';

const cipher = createDataCipher(generateDataKey());

const TABLE = `CREATE TABLE items (
  id int PRIMARY KEY, label text NOT NULL, amount numeric, big bigint, flag boolean, at timestamptz,
  doc jsonb, tags text[], raw bytea
)`;
// Marked: runs as a prepared statement. The same text with a trailing space is not marked: PGlite's query.
const READ = prepared('SELECT * FROM items WHERE id >= $1 AND ($2::text IS NULL OR label = $2) ORDER BY id');
const WRITE = prepared(
  'INSERT INTO items (id, label, amount, big, flag, at, doc, tags, raw) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)',
);
const COUNT = prepared('SELECT count(*)::int AS n FROM items');
const unprepared = (sql: string): string => `${sql} `;

const row = (id: number): unknown[] => [
  id,
  `label ${id}`,
  '12.50',
  9_007_199_254_740_993n,
  id % 2 === 0,
  new Date(Date.UTC(2026, 11, 3, 12, id)),
  JSON.stringify({ id, nested: ['a', null] }),
  ['x', 'y'],
  new Uint8Array([id, 0, 255]),
];

async function errorOf(work: Promise<unknown>): Promise<Record<string, unknown>> {
  const error = await work.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(Error);
  return error as Record<string, unknown>;
}

describe('statements marked prepared() on PGlite', () => {
  let db: SqlDatabase;
  beforeAll(async () => {
    db = await openPgliteDatabase(undefined, cipher, { template: false });
  });
  beforeEach(async () => {
    await db.exec(`DROP TABLE IF EXISTS items; ${TABLE}`);
  });
  afterAll(async () => {
    await db.close();
  });

  it('return the same rows, types and counts as PGlite query', async () => {
    const written = await db.query(WRITE, row(1));
    const writtenPlain = await db.query(unprepared(WRITE), row(2));
    expect(written).toEqual({ rows: [], affectedRows: 1 });
    expect(writtenPlain).toEqual(written);
    await db.query(WRITE, [3, 'label 3', null, null, null, null, null, null, null]);
    for (const params of [
      [1, null],
      [2, 'label 2'],
      [9, null],
      [0, undefined],
    ]) {
      const viaPrepared = await db.query(READ, params);
      const viaQuery = await db.query(unprepared(READ), params);
      expect(viaPrepared).toEqual(viaQuery);
    }
    const all = await db.query<Record<string, unknown>>(READ, [0, null]);
    expect(all.rows).toHaveLength(3);
    expect(all.rows[0]).toMatchObject({ id: 1, amount: '12.50', flag: false, tags: ['x', 'y'] });
    expect(all.rows[0]!.at).toEqual(new Date(Date.UTC(2026, 11, 3, 12, 1)));
    expect(all.rows[0]!.doc).toEqual({ id: 1, nested: ['a', null] });
  });

  it('fail with the same database error as PGlite query', async () => {
    await db.query(WRITE, row(1));
    const viaPrepared = await errorOf(db.query(WRITE, row(1)));
    const viaQuery = await errorOf(db.query(unprepared(WRITE), row(1)));
    expect(viaPrepared.constructor).toBe(viaQuery.constructor);
    for (const field of ['message', 'code', 'detail', 'constraint', 'table', 'severity'])
      expect(viaPrepared[field], field).toEqual(viaQuery[field]);
    expect(viaPrepared.code).toBe('23505');
    expect(viaPrepared.query).toBe(WRITE);
    expect(viaPrepared.params).toEqual(row(1));
    // A bad parameter fails at Bind, and the statement still runs afterwards.
    const badParameter = await errorOf(db.query(READ, ['not a number', null]));
    const badParameterPlain = await errorOf(db.query(unprepared(READ), ['not a number', null]));
    expect(badParameter.message).toBe(badParameterPlain.message);
    expect((await db.query(COUNT)).rows).toEqual([{ n: 1 }]);
  });

  it('commit and roll back with the transaction they run in', async () => {
    await db.transaction(async (tx) => {
      await tx.query(WRITE, row(1));
      expect((await tx.query(COUNT)).rows).toEqual([{ n: 1 }]);
    });
    await expect(
      db.transaction(async (tx) => {
        await tx.query(WRITE, row(2));
        throw new Error('undo');
      }),
    ).rejects.toThrow('undo');
    // A failing prepared statement aborts its transaction, as any statement does.
    await expect(
      db.transaction(async (tx) => {
        await tx.query(WRITE, row(3));
        await tx.query(WRITE, row(1));
      }),
    ).rejects.toMatchObject({ code: '23505' });
    expect((await db.query(READ, [0, null])).rows.map((r) => (r as { id: number }).id)).toEqual([1]);
  });

  it('wait for a transaction in progress instead of running inside it', async () => {
    let outside: Promise<unknown> | undefined;
    await expect(
      db.transaction(async (tx) => {
        await tx.query(WRITE, row(1));
        outside = db.query(COUNT);
        await new Promise((resolve) => setTimeout(resolve, 30));
        throw new Error('undo');
      }),
    ).rejects.toThrow('undo');
    // Had it run inside the transaction, it would have counted the row that was rolled back.
    expect(await outside).toEqual({ rows: [{ n: 0 }], affectedRows: 0 });
  });

  it('follow a schema change instead of keeping a stale statement', async () => {
    await db.query(WRITE, row(1));
    expect((await db.query(READ, [0, null])).rows[0]).toMatchObject({ id: 1, big: 9_007_199_254_740_993n });
    // The result type of the prepared read changes: PostgreSQL refuses the old plan; it is prepared afresh.
    await db.exec('ALTER TABLE items ALTER COLUMN big TYPE text');
    const changed = await db.query(READ, [0, null]);
    expect(changed).toEqual(await db.query(unprepared(READ), [0, null]));
    expect(changed.rows[0]).toMatchObject({ big: '9007199254740993' });
    // The table is replaced: the statement is replanned against the new one.
    await db.exec(`DROP TABLE items; ${TABLE}`);
    expect((await db.query(COUNT)).rows).toEqual([{ n: 0 }]);
    await db.query(WRITE, row(2));
    expect((await db.query(READ, [0, null])).rows.map((r) => (r as { id: number }).id)).toEqual([2]);
    // Statements deallocated behind its back are prepared again.
    await db.exec('DEALLOCATE ALL');
    expect((await db.query(COUNT)).rows).toEqual([{ n: 1 }]);
  });

  it('inside a transaction, fail once after a result type changed and then run prepared afresh', async () => {
    await db.query(WRITE, row(1));
    await db.query(READ, [0, null]);
    await db.exec('ALTER TABLE items ALTER COLUMN big TYPE text');
    await expect(db.transaction((tx) => tx.query(READ, [0, null]))).rejects.toMatchObject({ code: '0A000' });
    const again = await db.transaction((tx) => tx.query(READ, [0, null]));
    expect(again.rows[0]).toMatchObject({ big: '9007199254740993' });
  });
});

describe('prepared statements across a reopened PGlite folder', () => {
  let root: string;
  beforeAll(async () => {
    root = await tempDir('yimen-prepared-');
  });
  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('are prepared again by the new instance', async () => {
    const dataDir = path.join(root, 'pglite');
    const first = await openPgliteDatabase(dataDir, cipher, { template: false });
    await first.exec(TABLE);
    await first.query(WRITE, row(1));
    expect((await first.query(COUNT)).rows).toEqual([{ n: 1 }]);
    await first.close();
    const second = await openPgliteDatabase(dataDir, cipher, { template: false });
    try {
      expect((await second.query(COUNT)).rows).toEqual([{ n: 1 }]);
      await second.query(WRITE, row(2));
      expect((await second.query(READ, [0, null])).rows).toHaveLength(2);
    } finally {
      await second.close();
    }
  });

  it('refuse to run on a closed database, as PGlite query does', async () => {
    const db = await openPgliteDatabase(path.join(root, 'closed', 'pglite'), cipher, { template: false });
    await db.exec(TABLE);
    await db.close();
    const viaPrepared = await errorOf(db.query(COUNT));
    const viaQuery = await errorOf(db.query(unprepared(COUNT)));
    expect(viaPrepared.message).toBe(viaQuery.message);
  });
});
