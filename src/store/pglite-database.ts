import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { KeyedMutex } from '../engine/keyed-mutex.js';
import { projectPath } from '../paths.js';
import { lockDataDir } from './data-dir-lock.js';
import type { PgliteReply, PgliteRequest } from './pglite-protocol.js';
import type { QueryResult, SqlDatabase, SqlExecutor } from './sql.js';

type Request = PgliteRequest extends infer R ? (R extends { id: number } ? Omit<R, 'id'> : never) : never;

/** An error the database raised, with PostgreSQL's SQLSTATE in `code` as both drivers report it. */
class PgliteError extends Error {
  override readonly name = 'PgliteError';
  constructor(
    message: string,
    readonly code: string | undefined,
    readonly detail: string | undefined,
    readonly constraint: string | undefined,
  ) {
    super(message);
  }
}

// Plain JavaScript that stays in src/ (like the migrations), so source runs, tests and builds load the same file.
const WORKER_FILE = projectPath('src', 'store', 'pglite-worker.mjs');

/** Starts the PGlite worker and resolves once its database is open. */
async function startWorker(dataDir: string | undefined): Promise<{
  send(request: Request): Promise<QueryResult<unknown>>;
  stop(): Promise<void>;
}> {
  // No loader flags: the worker is plain JavaScript, and tsx or vitest hooks would only slow its start.
  const worker = new Worker(WORKER_FILE, { workerData: { dataDir }, execArgv: [] });
  const waiting = new Map<number, { resolve(r: QueryResult<unknown>): void; reject(e: Error): void }>();
  let nextId = 1;
  let failure: Error | undefined;
  const failAll = (error: Error): void => {
    failure = error;
    for (const pending of waiting.values()) pending.reject(error);
    waiting.clear();
  };
  worker.on('message', (reply: PgliteReply) => {
    const pending = waiting.get(reply.id);
    if (!pending) return;
    waiting.delete(reply.id);
    if (reply.ok) pending.resolve({ rows: reply.rows, affectedRows: reply.affectedRows });
    else
      pending.reject(
        new PgliteError(reply.error.message, reply.error.code, reply.error.detail, reply.error.constraint),
      );
  });
  worker.on('error', (error) => failAll(error));
  worker.on('exit', (code) => failAll(new Error(`the embedded database thread stopped (exit code ${code})`)));
  // Id 0 is the worker's own report that the database is open (or why it is not).
  await new Promise<void>((resolve, reject) => {
    waiting.set(0, { resolve: () => resolve(), reject });
  });
  return {
    send(request) {
      if (failure) return Promise.reject(failure);
      const id = nextId++;
      return new Promise((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        worker.postMessage({ ...request, id });
      });
    },
    async stop() {
      await worker.terminate();
    },
  };
}

/**
 * Opens the embedded PGlite database in `dataDir` (created if missing), or in memory when `dataDir` is
 * undefined. PGlite runs in a worker thread: its queries are WebAssembly that would otherwise block the
 * main thread's sockets for as long as they run (measured: stalls of seconds under 50 conversations).
 */
export async function openPgliteDatabase(dataDir: string | undefined): Promise<SqlDatabase> {
  if (dataDir !== undefined) await mkdir(dataDir, { recursive: true });
  // The lock sits beside the database folder (in DATA_DIR), so PGlite's own folder holds only its files.
  const unlock = dataDir === undefined ? () => Promise.resolve() : await lockDataDir(path.dirname(dataDir));
  let worker: Awaited<ReturnType<typeof startWorker>>;
  try {
    worker = await startWorker(dataDir);
  } catch (error) {
    await unlock();
    throw error;
  }
  // PGlite is one connection: a statement sent while a transaction is open would run inside it. Every
  // statement and every whole transaction takes this lock, as PGlite's own transaction() does.
  const turn = new KeyedMutex();
  const run = <Row>(sql: string, params: readonly unknown[]) =>
    worker.send({ op: 'query', sql, params: [...params] }) as Promise<QueryResult<Row>>;
  let closed = false;
  return {
    kind: 'pglite',
    query: <Row>(sql: string, params: readonly unknown[] = []) => turn.run('db', () => run<Row>(sql, params)),
    transaction<T>(work: (tx: SqlExecutor) => Promise<T>): Promise<T> {
      return turn.run('db', async () => {
        await run('BEGIN', []);
        try {
          const result = await work({ query: (sql, params = []) => run(sql, params) });
          await run('COMMIT', []);
          return result;
        } catch (error) {
          await run('ROLLBACK', []).catch(() => undefined);
          throw error;
        }
      });
    },
    async exec(sql: string): Promise<void> {
      await turn.run('db', () => worker.send({ op: 'exec', sql }));
    },
    async close(): Promise<void> {
      if (closed) return;
      closed = true;
      try {
        await turn.run('db', () => worker.send({ op: 'close' }));
      } finally {
        await worker.stop();
        await unlock();
      }
    },
  };
}
