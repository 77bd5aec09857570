import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { createFreshDatabase, type FreshDatabase } from '../helpers/fresh-database.js';
import { startServerProcess, type ServerProcess } from '../helpers/server-process.js';
import { TEST_DATA_KEY } from '../helpers/test-data-key.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The worker processes of a cluster primary (its children running the server; tsx adds an esbuild child). */
function workersOf(pid: number): number[] {
  try {
    return execFileSync('pgrep', ['-P', String(pid), '-f', 'server.ts'], { encoding: 'utf8' })
      .split('\n')
      .filter(Boolean)
      .map(Number);
  } catch {
    return []; // pgrep exits 1 when there are none
  }
}

async function until<T>(what: string, probe: () => T | undefined, timeoutMs = 180_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(200);
  }
}

describe('WORKERS: several worker processes of one server on one PostgreSQL', () => {
  let db: FreshDatabase;
  let server: ServerProcess;
  let primary: number;

  beforeAll(async () => {
    db = await createFreshDatabase('yimen_cluster');
    server = await startServerProcess(
      { DATABASE_URL: db.url, DATA_KEY: TEST_DATA_KEY, WORKERS: '2', SLA_CHECK_INTERVAL_MS: '600000' },
      180_000,
    );
    primary = server.child.pid!;
    // /healthz answered 200 only once every worker listened: the primary has said so (its line may reach the
    // pipe a moment after the answer), and both workers are up.
    await until(
      'the primary to say every worker listens',
      () => (/every worker listens/.test(server.output()) ? true : undefined),
      2_000,
    );
    await until('both workers ready', () =>
      server.output().split('yimen is ready').length - 1 >= 2 ? true : undefined,
    );
  }, 240_000);
  afterAll(async () => {
    if (server.child.exitCode === null) await server.stop();
    await db?.drop();
  });

  const ask = async (userId: string): Promise<number> => {
    // A new connection per message, so the primary spreads them over the workers.
    const res = await fetch(`${server.baseUrl}/api/v1/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', connection: 'close' },
      body: JSON.stringify({ userId, text: '低保怎么申请' }),
    });
    return res.status;
  };

  it('answers on every worker, replaces a worker killed with -9, and stops cleanly on SIGTERM', async () => {
    const before = workersOf(primary);
    expect(before).toHaveLength(2);
    const first = await Promise.all(Array.from({ length: 20 }, (_, i) => ask(`cluster-a-${i}`)));
    expect(first.every((status) => status === 200)).toBe(true);

    process.kill(before[0]!, 'SIGKILL');
    const after = await until('a replacement worker', () => {
      const now = workersOf(primary);
      return now.length === 2 && !now.includes(before[0]!) ? now : undefined;
    });
    expect(after).toContain(before[1]);
    // The primary's log line may reach the pipe a moment after the replacement shows in the process table.
    await until('the primary to say it replaced a worker', () =>
      /a worker exited: starting another/.test(server.output()) ? true : undefined,
    );
    // Until the new worker listens the other answers everything; nothing is refused.
    const second = await Promise.all(Array.from({ length: 20 }, (_, i) => ask(`cluster-b-${i}`)));
    expect(second.every((status) => status === 200)).toBe(true);
    const turns = await db.query('SELECT 1 FROM turns');
    expect(turns).toHaveLength(40);

    expect(await server.stop()).toBe(0);
    expect(workersOf(primary)).toEqual([]);
    expect(server.output()).toMatch(/cluster shutting down/);
  }, 240_000);

  it('refuses WORKERS above 1 without DATABASE_URL, saying why', () => {
    expect(() => loadConfig({ WORKERS: '2' })).toThrow(/WORKERS: more than one worker needs DATABASE_URL/);
  });
});
