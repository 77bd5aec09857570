import { rm } from 'node:fs/promises';
import { Writable } from 'node:stream';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import pino from 'pino';
import { app as yimen } from '../../src/app.js';
import { departmentScope } from '../../src/auth/department-scope.js';
import { requireStaff, staffOf } from '../../src/auth/require-staff.js';
import { loadConfig } from '../../src/config.js';
import type { Clock } from '../../src/engine/types.js';
import { loggerOptions } from '../../src/logger.js';
import { tempDir } from '../helpers/test-app.js';

/** A running auth test app; `logs` is every line the app logged. */
export interface AuthTestApp {
  app: FastifyInstance;
  logs(): string;
  close(): Promise<void>;
}

/** The real app on a fresh PGlite dir (or env.DATA_DIR), every log line kept, plus a route guarded the way the cases routes will be. */
export async function startAuthApp(env: Record<string, string>, clock?: Clock): Promise<AuthTestApp> {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(chunk.toString('utf8'));
      done();
    },
  });
  const dataDir = env.DATA_DIR ?? (await tempDir());
  const config = loadConfig({ ...env, LOG_LEVEL: 'trace', DATA_DIR: dataDir });
  // A generous plugin timeout: a fresh PGlite dir on a busy 2-core machine can take longer than 10 s.
  const options: FastifyServerOptions = {
    loggerInstance: pino(loggerOptions('trace'), stream),
    pluginTimeout: 120_000,
  };
  const app = Fastify(options);
  await app.register(yimen, { config, ...(clock ? { clock } : {}) });
  app.get('/test/cases', { preHandler: requireStaff(['admin', 'operator', 'department']) }, (request) => ({
    username: staffOf(request).username,
    scope: departmentScope(staffOf(request)) ?? null,
  }));
  await app.ready();
  return {
    app,
    logs: () => lines.join(''),
    async close() {
      await app.close();
      if (env.DATA_DIR === undefined) await rm(dataDir, { recursive: true, force: true });
    },
  };
}
