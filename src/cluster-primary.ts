import cluster, { type Worker } from 'node:cluster';
import type { Logger } from 'pino';
import { announceClusterReady } from './runtime/cluster-readiness.js';

// A worker that keeps dying is not restarted for ever: more than this many exits within a minute stops the whole.
const MAX_RESTARTS_PER_MINUTE = 5;

/**
 * Runs the cluster's primary: `workers` processes of this server share its port (node:cluster hands out
 * connections), each an ordinary instance on the shared PostgreSQL, so the socket bus, claims and scheduled jobs
 * already work across them. The first worker starts alone, so first-run work (the data key file, the first
 * admin, migrations) happens once; the others follow when it listens. Each worker's /healthz answers 503 until
 * every worker listens (see src/runtime/cluster-readiness.ts). A worker that dies is replaced; SIGTERM
 * and SIGINT reach every worker, and the primary exits when they have all finished their turns.
 */
export function runClusterPrimary(workers: number, graceMs: number, logger: Logger): void {
  let stopping = false;
  const exits: number[] = [];

  const fork = (): Worker => {
    const worker = cluster.fork();
    worker.on('exit', (code, signal) => {
      if (stopping) return;
      const now = Date.now();
      exits.push(now);
      while (exits.length > 0 && now - exits[0]! > 60_000) exits.shift();
      if (exits.length > MAX_RESTARTS_PER_MINUTE) {
        logger.error({ code, signal }, 'workers keep exiting: stopping the cluster');
        stop('SIGTERM', 1);
        return;
      }
      logger.warn({ workerId: worker.id, code, signal }, 'a worker exited: starting another');
      fork();
    });
    return worker;
  };

  // The others follow the first worker that listens: the first one, or its replacement if it died starting.
  let othersStarted = false;
  const listening = new Set<number>();
  let complete = false;
  cluster.on('listening', (worker) => {
    listening.add(worker.id);
    if (complete) announceClusterReady(worker);
    else if (listening.size >= workers) {
      complete = true;
      for (const each of Object.values(cluster.workers ?? {})) if (each) announceClusterReady(each);
      logger.info({ workers }, 'every worker listens');
    }
    if (othersStarted) return;
    othersStarted = true;
    for (let i = 1; i < workers; i++) fork();
    logger.info({ workers }, 'cluster started');
  });
  cluster.on('exit', (worker) => listening.delete(worker.id));
  fork();

  function stop(signal: NodeJS.Signals, exitCode = 0): void {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'cluster shutting down: every worker finishes its turns in flight');
    const timer = setTimeout(() => process.exit(1), graceMs + 2000);
    timer.unref();
    const alive = Object.values(cluster.workers ?? {}).filter((w): w is Worker => w !== undefined);
    let left = alive.length;
    if (left === 0) process.exit(exitCode);
    for (const worker of alive) {
      worker.once('exit', () => {
        left -= 1;
        if (left === 0) process.exit(exitCode);
      });
      worker.process.kill(signal);
    }
  }
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}
