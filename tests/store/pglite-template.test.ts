import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPgliteTemplate } from '../../src/store/build-pglite-template.js';
import { createDataCipher, generateDataKey } from '../../src/store/crypto/data-cipher.js';
import { migrate, migrationFingerprints } from '../../src/store/migrate.js';
import { openPgliteDatabase } from '../../src/store/pglite-database.js';
import { seedFromTemplate, TEMPLATE_MANIFEST } from '../../src/store/pglite-template.js';
import { tempDir } from '../helpers/test-app.js';

describe('a new embedded database starts from the pre-migrated template', () => {
  let root: string;
  let template: string;
  const cipher = createDataCipher(generateDataKey());

  beforeAll(async () => {
    root = await tempDir('yimen-template-');
    template = path.join(root, 'template');
    await buildPgliteTemplate(template);
  }, 120_000);
  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('records every migration with the hash of its SQL', async () => {
    const manifest = JSON.parse(await readFile(path.join(template, TEMPLATE_MANIFEST), 'utf8')) as {
      migrations: Record<string, string>;
    };
    expect(manifest.migrations).toEqual(migrationFingerprints());
  });

  it('opens as a migrated database with its migrations recorded as applied now', async () => {
    const dataDir = path.join(root, 'seeded', 'pglite');
    const before = Date.now();
    const db = await openPgliteDatabase(dataDir, cipher, { template });
    try {
      const rows = (
        await db.query<{ version: string; applied_at: Date }>(
          'SELECT version, applied_at FROM schema_migrations ORDER BY version',
        )
      ).rows;
      expect(rows.map((r) => r.version)).toEqual(Object.keys(migrationFingerprints()));
      for (const row of rows) expect(row.applied_at.getTime()).toBeGreaterThanOrEqual(before - 1000);
      expect(await migrate(db)).toEqual([]);
      // The schema is really there and writable.
      await db.query(`INSERT INTO schema_migrations (version) VALUES ('999_probe')`);
      expect(existsSync(path.join(dataDir, TEMPLATE_MANIFEST))).toBe(false);
    } finally {
      await db.close();
    }
  }, 60_000);

  it('never copies over a folder that already holds files', async () => {
    const dataDir = path.join(root, 'occupied');
    await mkdir(dataDir, { recursive: true });
    await writeFile(path.join(dataDir, 'something'), 'x');
    expect(seedFromTemplate(dataDir, template)).toBe(false);
    expect(existsSync(path.join(dataDir, 'PG_VERSION'))).toBe(false);
  });

  it('is ignored when written by another PGlite release or for a migration since edited', async () => {
    const file = path.join(template, TEMPLATE_MANIFEST);
    const original = await readFile(file, 'utf8');
    const manifest = JSON.parse(original) as { pglite: string; migrations: Record<string, string> };
    try {
      await writeFile(file, JSON.stringify({ ...manifest, pglite: '0.0.1' }));
      expect(seedFromTemplate(path.join(root, 'other-release'), template)).toBe(false);
      const [first] = Object.keys(manifest.migrations);
      await writeFile(
        file,
        JSON.stringify({ ...manifest, migrations: { ...manifest.migrations, [first!]: 'edited' } }),
      );
      expect(seedFromTemplate(path.join(root, 'edited-migration'), template)).toBe(false);
      await writeFile(file, original);
      expect(seedFromTemplate(path.join(root, 'fine'), template)).toBe(true);
    } finally {
      await writeFile(file, original);
    }
  });
});
