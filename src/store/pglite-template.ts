import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { projectPath } from '../paths.js';
import { migrationFingerprints } from './migrate.js';

// A new embedded database used to cost initdb (≈4.4 s idle), a reopen and every migration on the first start.
// `npm run build` (run by `prepare` at install) makes one migrated, cleanly shut-down data folder here; a new
// DATA_DIR starts as a copy of it (≈0.2 s), and migrate() then applies only what is newer than the build.
/** Where the build keeps the pre-migrated PGlite data folder (git-ignored, like the rest of dist/). */
export const PGLITE_TEMPLATE_DIR = projectPath('dist', 'pglite-template');
export const TEMPLATE_MANIFEST = 'yimen-template.json';

export interface TemplateManifest {
  /** The PGlite release that wrote the folder: another release may not read it, so it is then ignored. */
  pglite: string;
  /** The migrations applied to it, version → hash of the SQL (migrationFingerprints). */
  migrations: Record<string, string>;
}

/** The installed PGlite's version, read from its package.json (the package does not export it). */
export function installedPgliteVersion(): string {
  let dir = path.dirname(fileURLToPath(import.meta.resolve('@electric-sql/pglite')));
  for (;;) {
    const file = path.join(dir, 'package.json');
    if (existsSync(file)) {
      const pkg = JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version?: string };
      if (pkg.name === '@electric-sql/pglite' && pkg.version) return pkg.version;
    }
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('cannot find @electric-sql/pglite/package.json');
    dir = parent;
  }
}

function readManifest(templateDir: string): TemplateManifest | undefined {
  try {
    return JSON.parse(readFileSync(path.join(templateDir, TEMPLATE_MANIFEST), 'utf8')) as TemplateManifest;
  } catch {
    return undefined;
  }
}

/** Copies a folder tree; synchronous on purpose: about a thousand small files, several times faster than fs.cp. */
function copyTree(from: string, to: string): void {
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    if (entry.name === TEMPLATE_MANIFEST) continue;
    const source = path.join(from, entry.name);
    const target = path.join(to, entry.name);
    if (entry.isDirectory()) copyTree(source, target);
    else copyFileSync(source, target);
  }
}

/**
 * Fills the new, empty PGlite folder `dataDir` from the build's template when there is one written by this
 * PGlite release; returns whether it did. The copy goes to a sibling folder first and is renamed into place,
 * so a start interrupted mid-copy leaves no half database behind.
 */
export function seedFromTemplate(dataDir: string, templateDir = PGLITE_TEMPLATE_DIR): boolean {
  const manifest = readManifest(templateDir);
  if (!manifest || manifest.pglite !== installedPgliteVersion()) return false;
  // A migration edited or removed since the build would leave the copy unlike a database migrated now;
  // migrations added since are fine (migrate() applies them).
  const current = migrationFingerprints();
  if (Object.entries(manifest.migrations).some(([version, hash]) => current[version] !== hash)) return false;
  if (existsSync(dataDir) && readdirSync(dataDir).length > 0) return false;
  const staging = `${dataDir}.seeding-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  copyTree(templateDir, staging);
  rmSync(dataDir, { recursive: true, force: true });
  renameSync(staging, dataDir);
  return true;
}
