/**
 * Re-seals every personal value with the current DATA_KEY after a rotation: `npm run data:rekey`. Set the new key
 * as DATA_KEY and the old one in DATA_KEYS (on every instance), run this once, then drop the old key from DATA_KEYS.
 * With the embedded database, stop the server first.
 */
import { ConfigError, loadConfig } from '../src/config.js';
import { resolveDataKeys } from '../src/store/crypto/data-key-source.js';
import { resealWithCurrentKey } from '../src/store/crypto/reseal.js';
import { openDatabase } from '../src/store/open-database.js';

async function main(): Promise<void> {
  const config = loadConfig();
  const { cipher } = await resolveDataKeys({
    dataKey: config.DATA_KEY,
    dataKeys: config.DATA_KEYS,
    dataDir: config.DATA_DIR,
  });
  const db = await openDatabase({
    databaseUrl: config.DATABASE_URL,
    schema: config.DATABASE_SCHEMA,
    dataDir: config.DATA_DIR,
    cipher,
  });
  try {
    const report = await resealWithCurrentKey(db);
    const total = Object.values(report).reduce((a, b) => a + b, 0);
    process.stdout.write(
      `已用密钥 ${cipher.keyId} 重新加密 ${total} 行 / re-sealed ${total} rows with key ${cipher.keyId}\n`,
    );
    for (const [table, rows] of Object.entries(report)) process.stdout.write(`  ${table}: ${rows}\n`);
  } finally {
    await db.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = error instanceof ConfigError ? 78 : 1;
});
