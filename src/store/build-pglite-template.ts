import { rmSync, renameSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createDataCipher, generateDataKey } from './crypto/data-cipher.js';
import { migrate, migrationFingerprints } from './migrate.js';
import { openPgliteDatabase } from './pglite-database.js';
import {
  installedPgliteVersion,
  PGLITE_TEMPLATE_DIR,
  TEMPLATE_MANIFEST,
  type TemplateManifest,
} from './pglite-template.js';

/** Builds the template: a new PGlite folder with every migration applied, shut down cleanly. */
export async function buildPgliteTemplate(templateDir = PGLITE_TEMPLATE_DIR): Promise<TemplateManifest> {
  const work = `${templateDir}.building-${process.pid}`;
  rmSync(work, { recursive: true, force: true });
  // The template must be made by initdb, never copied from an older template.
  const db = await openPgliteDatabase(path.join(work, 'pglite'), createDataCipher(generateDataKey()), {
    template: false,
  });
  let applied: string[];
  try {
    applied = await migrate(db);
    // A checkpoint leaves nothing to replay in the WAL: every copy starts from the same clean state.
    await db.exec('CHECKPOINT');
  } finally {
    await db.close();
  }
  const fingerprints = migrationFingerprints();
  const manifest: TemplateManifest = {
    pglite: installedPgliteVersion(),
    migrations: Object.fromEntries(applied.map((version) => [version, fingerprints[version] ?? ''])),
  };
  await writeFile(path.join(work, 'pglite', TEMPLATE_MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
  rmSync(templateDir, { recursive: true, force: true });
  renameSync(path.join(work, 'pglite'), templateDir);
  rmSync(work, { recursive: true, force: true });
  return manifest;
}
