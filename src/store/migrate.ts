import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { projectPath } from '../paths.js';
import type { SqlDatabase } from './sql.js';

// A fixed advisory-lock key so two instances starting together apply each migration once.
const MIGRATION_LOCK_KEY = 4_231_977;

// The SQL files stay in src/ (the build does not copy them), whether we run from src/ or dist/.
const MIGRATIONS_DIR = projectPath('src', 'store', 'migrations');

/** Each migration's version with a hash of its SQL, in order: what a pre-migrated template must match. */
export function migrationFingerprints(): Record<string, string> {
  const fingerprints: Record<string, string> = {};
  for (const file of readdirSync(MIGRATIONS_DIR).filter(isMigrationFile).sort())
    fingerprints[file.slice(0, -'.sql'.length)] = createHash('sha256')
      .update(readFileSync(path.join(MIGRATIONS_DIR, file)))
      .digest('hex');
  return fingerprints;
}

function isMigrationFile(name: string): boolean {
  return /^\d{3}_[\w-]+\.sql$/.test(name);
}

/** Applies the numbered SQL files in src/store/migrations that this database has not seen, in order. */
export async function migrate(db: SqlDatabase): Promise<string[]> {
  const files = (await readdir(MIGRATIONS_DIR)).filter(isMigrationFile).sort();
  const applied: string[] = [];
  await db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK_KEY]);
    await tx.query(
      `CREATE TABLE IF NOT EXISTS schema_migrations (
         version text PRIMARY KEY,
         applied_at timestamptz NOT NULL DEFAULT now()
       )`,
    );
    const done = new Set(
      (await tx.query<{ version: string }>('SELECT version FROM schema_migrations')).rows.map(
        (r) => r.version,
      ),
    );
    for (const file of files) {
      const version = file.slice(0, -'.sql'.length);
      if (done.has(version)) continue;
      const sql = await readFile(path.join(MIGRATIONS_DIR, file), 'utf8');
      for (const statement of splitStatements(sql)) await tx.query(statement);
      await tx.query('INSERT INTO schema_migrations (version) VALUES ($1)', [version]);
      applied.push(version);
    }
  });
  return applied;
}

/** Splits a migration into statements at semicolons that end a line (our migrations keep that form). */
function splitStatements(sql: string): string[] {
  return sql
    .split(/;\s*$/m)
    .map((statement) => statement.replace(/^\s*--.*$/gm, '').trim())
    .filter((statement) => statement.length > 0);
}
