// One yimen instance built in this process from the compiled dist/, measured at rest after two forced GCs.
// Run by bench/memory.ts as `node --expose-gc bench/memory-probe.mjs <pglite|postgres> [snapshotPath]`;
// prints one JSON line. Plain JavaScript so that no TypeScript loader adds to the figures.
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import v8 from 'node:v8';

const [store = 'pglite', snapshotPath] = process.argv.slice(2);
const root = path.resolve(import.meta.dirname, '..');
const { buildApp } = await import(path.join(root, 'dist/src/app.js'));
const { loadConfig } = await import(path.join(root, 'dist/src/config.js'));

const dataDir = await mkdtemp(path.join(tmpdir(), 'yimen-memory-'));
const schema = `memory_${process.pid}_${Date.now()}`;
const env = {
  ...process.env,
  LOG_LEVEL: 'silent',
  DATA_DIR: dataDir,
  ...(store === 'postgres'
    ? {
        DATABASE_URL: process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test',
        DATABASE_SCHEMA: schema,
      }
    : {}),
};
const config = loadConfig(env);
// A model trained at this start (no cache for the current code) leaves more behind than one read from the cache.
const cacheFiles = async () => (await readdir(config.RISK_CACHE_DIR).catch(() => [])).sort().join();
const cachedBefore = await cacheFiles();
const started = performance.now();
const fastify = await buildApp({ config });
const startMs = Math.round(performance.now() - started);
const trained = (await cacheFiles()) !== cachedBefore;
const settle = () => new Promise((resolve) => setTimeout(resolve, 200));
await settle();
globalThis.gc();
await settle();
globalThis.gc();
const usage = process.memoryUsage();
const spaces = Object.fromEntries(v8.getHeapSpaceStatistics().map((s) => [s.space_name, s.space_used_size]));
if (snapshotPath) v8.writeHeapSnapshot(snapshotPath);
await fastify.close();
if (store === 'postgres') {
  // Leave no schema behind.
  const pg = await import('pg');
  const client = new pg.default.Client({ connectionString: env.DATABASE_URL });
  await client.connect();
  await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  await client.end();
}
await rm(dataDir, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
console.log(JSON.stringify({ store, trained, startMs, ...usage, spaces }));
