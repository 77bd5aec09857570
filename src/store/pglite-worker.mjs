// The embedded database's own thread. PGlite runs PostgreSQL compiled to WebAssembly, and every query runs
// synchronously on the thread that owns it: here that is this worker, so the main thread keeps answering
// sockets while a query runs. pglite-database.ts sends one statement at a time and keeps transactions whole.
// Plain JavaScript on purpose: a worker thread loads it as it is, from src/ or from a build, with no loader.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { PGlite } from '@electric-sql/pglite';

// One process, a handful of connections' worth of work: PostgreSQL's default 128 MB of shared buffers is
// far more than an embedded database serving one county needs, and it is resident memory.
const EMBEDDED_CONF = 'shared_buffers=32MB';

/**
 * Creates the PGlite instance. A new data folder is initialised (initdb) and then opened afresh: the
 * initialisation leaves several hundred MB of WebAssembly memory behind that a fresh instance does not
 * need (measured: about 820 MB resident after initdb, 390 MB after reopening).
 * @param {string | undefined} dataDir
 */
async function createPglite(dataDir) {
  // relaxedDurability stays off: a reply the resident saw must survive a crash.
  const options = { postgresqlconf: EMBEDDED_CONF, ...(dataDir === undefined ? {} : { dataDir }) };
  const fresh = dataDir !== undefined && !existsSync(path.join(dataDir, 'PG_VERSION'));
  const db = await PGlite.create(options);
  if (!fresh) return db;
  await db.close();
  return PGlite.create(options);
}

/** Errors cross the thread as plain fields: a structured clone would drop PostgreSQL's `code`. */
function describe(error) {
  const text = (key) => (error && typeof error[key] === 'string' ? error[key] : undefined);
  return {
    message: error instanceof Error ? error.message : String(error),
    code: text('code'),
    detail: text('detail'),
    constraint: text('constraint'),
  };
}

const port = parentPort;
if (!port) throw new Error('pglite-worker.mjs runs only as a worker thread');
const ready = createPglite(workerData.dataDir);
// Id 0 tells the main thread the database is open, or why it is not.
ready.then(
  () => port.postMessage({ id: 0, ok: true, rows: [], affectedRows: 0 }),
  (error) => port.postMessage({ id: 0, ok: false, error: describe(error) }),
);

async function answer(request) {
  try {
    const db = await ready;
    if (request.op === 'query') {
      const result = await db.query(request.sql, request.params);
      return { id: request.id, ok: true, rows: result.rows, affectedRows: result.affectedRows ?? 0 };
    }
    if (request.op === 'exec') await db.exec(request.sql);
    else if (request.op === 'close' && !db.closed) await db.close();
    return { id: request.id, ok: true, rows: [], affectedRows: 0 };
  } catch (error) {
    return { id: request.id, ok: false, error: describe(error) };
  }
}

port.on('message', (request) => {
  void answer(request).then((reply) => port.postMessage(reply));
});
