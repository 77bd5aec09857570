/**
 * Backs up the database the server uses: `npm run backup -- <file>`. With DATABASE_URL, pg_dump (plain SQL, safe
 * while running); with the embedded database, a .tar.gz of DATA_DIR's database, taken while the server is stopped.
 * Personal data stays sealed in the backup: keep DATA_KEY (or DATA_DIR/data-key) safe, and apart from it.
 */
import { ConfigError, loadConfig } from '../src/config.js';
import { backupPglite, backupPostgres } from '../src/store/backup.js';

async function main(): Promise<void> {
  const file = process.argv[2];
  if (!file) {
    process.stderr.write('用法 / Usage: npm run backup -- <备份文件 / backup file>\n');
    process.exitCode = 64;
    return;
  }
  const config = loadConfig();
  if (config.DATABASE_URL !== undefined)
    await backupPostgres({ databaseUrl: config.DATABASE_URL, schema: config.DATABASE_SCHEMA }, file);
  else await backupPglite(config.DATA_DIR, file);
  process.stdout.write(`备份完成 / backup written: ${file}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = error instanceof ConfigError ? 78 : 1;
});
