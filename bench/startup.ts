// `npm start` to healthy, as a person who just cloned the repository would see it: the built server started
// through npm (prestart's stale-build check included), on a new data folder and on an existing one.
// Usage: npm run bench:startup [-- --runs 5]   (run `npm run build` first; the figures need a built dist/)
import { exitWithUsageOnHelp } from './support/usage.js';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PROJECT_ROOT } from '../src/paths.js';
import { freePort } from '../tests/helpers/server-process.js';
import { machineLine, ms, printTable, quantile } from './support/stats.js';

exitWithUsageOnHelp(import.meta.url);

const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 5;

interface Start {
  /** Spawn of `npm start` → first 200 from /healthz. */
  healthyMs: number;
  /** The server's own figure (process start of createServices → listening), from its "yimen is ready" log line. */
  readyMs: number | undefined;
}

/** Runs `npm start` on `dataDir` until /healthz answers, then stops it (SIGTERM to its process group). */
async function timeStart(dataDir: string): Promise<Start> {
  const port = await freePort();
  const started = performance.now();
  const child = spawn('npm', ['start', '--silent'], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let healthyMs: number | undefined;
  while (healthyMs === undefined) {
    if (child.exitCode !== null) throw new Error(`npm start exited early (${child.exitCode}):\n${output}`);
    if (performance.now() - started > 120_000) throw new Error(`not healthy within 120 s:\n${output}`);
    try {
      if ((await fetch(`http://127.0.0.1:${port}/healthz`)).ok) healthyMs = performance.now() - started;
    } catch {
      // not listening yet
    }
    if (healthyMs === undefined) await new Promise((resolve) => setTimeout(resolve, 25));
  }
  // npm runs the server as its child: signal the whole group so the server shuts down cleanly.
  process.kill(-child.pid!, 'SIGTERM');
  await exited;
  // npm may exit before the server has closed the database; the next start needs the folder free.
  const lock = path.join(dataDir, 'yimen.lock');
  for (let waited = 0; existsSync(lock) && waited < 30_000; waited += 50)
    await new Promise((resolve) => setTimeout(resolve, 50));
  const ready = /"readyMs":(\d+)/.exec(output);
  return { healthyMs, readyMs: ready ? Number(ready[1]) : undefined };
}

const fresh: Start[] = [];
const existing: Start[] = [];
for (let run = 0; run < runs; run++) {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'yimen-startup-'));
  try {
    fresh.push(await timeStart(dataDir));
    existing.push(await timeStart(dataDir));
  } finally {
    await rm(dataDir, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
  }
}

const row = (label: string, starts: Start[]): string[] => {
  const healthy = starts.map((s) => s.healthyMs);
  const ready = starts.flatMap((s) => (s.readyMs === undefined ? [] : [s.readyMs]));
  return [
    label,
    ms(quantile(healthy, 0.5)),
    `${ms(Math.min(...healthy))}–${ms(Math.max(...healthy))}`,
    ready.length > 0 ? ms(quantile(ready, 0.5)) : '–',
  ];
};
console.log(`\nnpm start → /healthz 200 — ${await machineLine()}, ${runs} runs each, embedded PGlite\n`);
printTable(
  ['data folder', 'median ms', 'range ms', 'server readyMs (median)'],
  [row('new (empty DATA_DIR)', fresh), row('existing (second start)', existing)],
);
