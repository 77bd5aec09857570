import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/app.js';
import { loadConfig, type Config } from '../../src/config.js';
import type { Clock } from '../../src/engine/types.js';

/** A running test app on its own temporary PGlite data dir; close() removes the dir. */
export interface TestApp {
  app: FastifyInstance;
  config: Config;
  close(): Promise<void>;
}

/** Makes a fresh temporary directory for one test's data. */
export async function tempDir(prefix = 'yimen-test-'): Promise<string> {
  return mkdtemp(path.join(os.tmpdir(), prefix));
}

/** Builds the real app on a fresh data dir (or the given environment), with logs silenced. */
export async function startTestApp(env: Record<string, string> = {}, clock?: Clock): Promise<TestApp> {
  const dataDir = env.DATA_DIR ?? (await tempDir());
  // Several apps and their model training share one test process, and each start blocks the others'
  // loops; a test that is about the watchdog sets its own limit.
  const config = loadConfig({
    LOG_LEVEL: 'silent',
    EVENT_LOOP_LAG_LIMIT_MS: '10000',
    // Hundreds of apps start in the suite; a test about the warm-up sets it.
    WARM_UP_MS: '0',
    ...env,
    DATA_DIR: dataDir,
  });
  const app = await buildApp({ config, ...(clock ? { clock } : {}) });
  return {
    app,
    config,
    async close() {
      await app.close();
      if (env.DATA_DIR === undefined) await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** A clock the test moves by hand. */
export class FakeClock implements Clock {
  constructor(private current: Date) {}
  now(): Date {
    return new Date(this.current);
  }
  advance(ms: number): void {
    this.current = new Date(this.current.getTime() + ms);
  }
  set(at: Date): void {
    this.current = new Date(at);
  }
}
