/**
 * Restores a backup made by `npm run backup`: `npm run restore -- <file>`, into the configured DATABASE_URL (a
 * database without yimen's schema yet) or into an empty DATA_DIR. Start the server with the same DATA_KEY.
 */
import { ConfigError, loadConfig } from '../src/config.js';
import { restorePglite, restorePostgres } from '../src/store/backup.js';

async function main(): Promise<void> {
  const file = process.argv[2];
  if (!file) {
    process.stderr.write('用法 / Usage: npm run restore -- <备份文件 / backup file>\n');
    process.exitCode = 64;
    return;
  }
  const config = loadConfig();
  if (config.DATABASE_URL !== undefined)
    await restorePostgres(file, { databaseUrl: config.DATABASE_URL, schema: config.DATABASE_SCHEMA });
  else await restorePglite(file, config.DATA_DIR);
  process.stdout.write(`恢复完成 / restored from ${file}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = error instanceof ConfigError ? 78 : 1;
});
