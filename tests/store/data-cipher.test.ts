import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { createCaseRepository } from '../../src/store/case-repository.js';
import {
  createDataCipher,
  generateDataKey,
  UnknownDataKeyError,
} from '../../src/store/crypto/data-cipher.js';
import { resolveDataKeys } from '../../src/store/crypto/data-key-source.js';
import { resealWithCurrentKey } from '../../src/store/crypto/reseal.js';
import { openDatabase } from '../../src/store/open-database.js';
import { dumpDatabase } from '../helpers/database-dump.js';
import { plannedCase } from './sealed-fixtures.js';

vi.setConfig({ testTimeout: 300_000 });

const temp: string[] = [];
const tempDir = async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'yimen-cipher-'));
  temp.push(dir);
  return dir;
};
afterAll(async () => {
  for (const dir of temp) await rm(dir, { recursive: true, force: true });
});

describe('the data cipher', () => {
  const cipher = createDataCipher(generateDataKey());

  it('seals with a fresh IV each time, names its key, and opens what it sealed', () => {
    const a = cipher.seal('320281195001011234');
    const b = cipher.seal('320281195001011234');
    expect(a).not.toBe(b);
    expect(a.startsWith(`enc1:${cipher.keyId}:`)).toBe(true);
    expect(a).not.toContain('320281195001011234');
    expect(cipher.open(a)).toBe('320281195001011234');
    expect(cipher.openJson(cipher.sealJson({ note: '老伴卧床' }))).toEqual({ note: '老伴卧床' });
  });

  it('refuses a tampered value and a value sealed with a key it does not hold', () => {
    const sealed = cipher.seal('13912345678');
    const last = sealed.at(-2) === 'A' ? 'B' : 'A';
    expect(() => cipher.open(`${sealed.slice(0, -2)}${last}${sealed.at(-1)}`)).toThrow();
    const other = createDataCipher(generateDataKey());
    expect(() => other.open(sealed)).toThrow(UnknownDataKeyError);
  });

  it('hashes for look-ups with a key: the same value matches, another key gives another hash', () => {
    expect(cipher.lookupHash('32028119500101123x')).toBe(cipher.lookupHash('32028119500101123X'));
    expect(createDataCipher(generateDataKey()).lookupHash('13912345678')).not.toBe(
      cipher.lookupHash('13912345678'),
    );
  });

  it('opens values sealed with an older key kept for reading', () => {
    const old = generateDataKey();
    const sealed = createDataCipher(old).seal('王秀英');
    expect(createDataCipher(generateDataKey(), [old]).open(sealed)).toBe('王秀英');
  });
});

describe('the data key', () => {
  it('is generated on a first run into a 0600 file in DATA_DIR and reused after', async () => {
    const dir = await tempDir();
    const first = await resolveDataKeys({ dataDir: dir });
    expect(first.origin.kind).toBe('generated');
    const file = path.join(dir, 'data-key');
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    const again = await resolveDataKeys({ dataDir: dir });
    expect(again.origin).toEqual({ kind: 'file', file });
    expect(again.cipher.keyId).toBe(first.cipher.keyId);
  });

  it('is generated once when many instances start together, and no draft file is left beside it', async () => {
    const dir = await tempDir();
    const resolved = await Promise.all(Array.from({ length: 12 }, () => resolveDataKeys({ dataDir: dir })));
    expect(new Set(resolved.map((r) => r.cipher.keyId)).size).toBe(1);
    expect(resolved.filter((r) => r.origin.kind === 'generated')).toHaveLength(1);
    expect((await readdir(dir)).sort()).toEqual(['data-key']);
  });

  it('comes from DATA_KEY when set, and a wrong one is refused without quoting it', async () => {
    const key = generateDataKey().key.toString('base64');
    const resolved = await resolveDataKeys({ dataKey: key, dataDir: await tempDir() });
    expect(resolved.origin.kind).toBe('env');
    const short = Buffer.from('too short').toString('base64');
    await expect(resolveDataKeys({ dataKey: short })).rejects.toThrow(/DATA_KEY must be 32 random bytes/);
    await expect(resolveDataKeys({ dataKey: short })).rejects.not.toThrow(short);
  });
});

describe('key rotation and rows from before encryption', () => {
  it('re-seals every row with the new key, after which the old key is no longer needed', async () => {
    const dir = await tempDir();
    const oldKey = generateDataKey();
    const newKey = generateDataKey();
    const before = await openDatabase({ dataDir: dir, cipher: createDataCipher(oldKey) });
    for (let i = 1; i <= 3; i++) await createCaseRepository(before).register(plannedCase(i));
    await before.close();

    // The new key alone cannot open a database sealed with the old one: refused at start.
    await expect(openDatabase({ dataDir: dir, cipher: createDataCipher(newKey) })).rejects.toThrow(
      /DATA_KEYS/,
    );

    const rotating = await openDatabase({ dataDir: dir, cipher: createDataCipher(newKey, [oldKey]) });
    const report = await resealWithCurrentKey(rotating);
    expect(report.cases).toBe(3);
    const dump = await dumpDatabase(rotating);
    expect(dump).not.toContain(`enc1:${oldKey.id}:`);
    await rotating.close();

    const after = await openDatabase({ dataDir: dir, cipher: createDataCipher(newKey) });
    try {
      const cases = createCaseRepository(after);
      expect((await cases.list({})).map((c) => c.applicantName).sort()).toEqual([
        '测试居民1',
        '测试居民2',
        '测试居民3',
      ]);
      expect(await cases.findOpen(plannedCase(2).idNumber!, 'dibao')).toMatchObject({
        phone: plannedCase(2).phone,
      });
    } finally {
      await after.close();
    }
  });

  it('seals rows written in plain text before encryption at the next start, with their look-up hashes', async () => {
    const dir = await tempDir();
    const cipher = createDataCipher(generateDataKey());
    const db = await openDatabase({ dataDir: dir, cipher });
    await createCaseRepository(db).register(plannedCase(7));
    const plan = plannedCase(7);
    // As a row from before encryption: plain values, no hashes.
    await db.query(
      `UPDATE cases SET id_number = $1, phone = $2, applicant_name = $3, id_number_hash = NULL, phone_hash = NULL`,
      [plan.idNumber, plan.phone, plan.applicantName],
    );
    expect(await dumpDatabase(db)).toContain(plan.idNumber!);
    await db.close();

    const reopened = await openDatabase({ dataDir: dir, cipher });
    try {
      expect(await dumpDatabase(reopened)).not.toContain(plan.idNumber!);
      expect(await createCaseRepository(reopened).findOpen(plan.idNumber!, 'dibao')).toMatchObject({
        applicantName: plan.applicantName,
      });
    } finally {
      await reopened.close();
    }
  });
});
