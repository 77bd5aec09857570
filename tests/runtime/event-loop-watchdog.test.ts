import Fastify from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { registerHealthRoute } from '../../src/routes/health.js';
import { startEventLoopWatchdog, type EventLoopWatchdog } from '../../src/runtime/event-loop-watchdog.js';
import type { SqlDatabase } from '../../src/store/sql.js';

function blockFor(ms: number): void {
  const until = performance.now() + ms;
  while (performance.now() < until) {
    // A turn that keeps the CPU: nothing else runs meanwhile, the probe included.
  }
}
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

function recordingLogger() {
  const lines: { level: string; obj: object; msg: string }[] = [];
  return {
    lines,
    warn: (obj: object, msg: string) => void lines.push({ level: 'warn', obj, msg }),
    info: (obj: object, msg: string) => void lines.push({ level: 'info', obj, msg }),
  };
}

describe('the event-loop watchdog', () => {
  let watchdog: EventLoopWatchdog | undefined;
  afterEach(() => watchdog?.stop());

  it('stays healthy while the loop runs on time', async () => {
    const logger = recordingLogger();
    watchdog = startEventLoopWatchdog({ thresholdMs: 200, intervalMs: 20, logger });
    await sleep(150);
    expect(watchdog.degraded()).toBe(false);
    expect(logger.lines).toEqual([]);
  });

  it('turns degraded after a blocked loop, says what to do, and recovers by itself', async () => {
    const logger = recordingLogger();
    watchdog = startEventLoopWatchdog({ thresholdMs: 100, intervalMs: 20, recoverAfterMs: 300, logger });
    await sleep(50);
    blockFor(400);
    await sleep(60);
    expect(watchdog.degraded()).toBe(true);
    expect(watchdog.worstLagMs()).toBeGreaterThan(100);
    const warning = logger.lines.find((l) => l.level === 'warn');
    expect(warning?.msg).toContain('event loop blocked');
    expect(warning?.msg).toContain('/healthz answers 503');
    expect(warning?.obj).toMatchObject({ thresholdMs: 100 });
    await sleep(500);
    expect(watchdog.degraded()).toBe(false);
    expect(logger.lines.at(-1)?.msg).toContain('on time again');
  });

  it('makes /healthz answer 503 degraded while degraded, and 200 again once recovered', async () => {
    const logger = recordingLogger();
    watchdog = startEventLoopWatchdog({ thresholdMs: 100, intervalMs: 20, recoverAfterMs: 300, logger });
    const app = Fastify();
    const db = { query: () => Promise.resolve({ rows: [] }) } as unknown as SqlDatabase;
    registerHealthRoute(app, { db }, () => false, watchdog);
    await app.ready();
    expect((await app.inject({ method: 'GET', url: '/healthz' })).statusCode).toBe(200);
    blockFor(400);
    await sleep(60);
    const degraded = await app.inject({ method: 'GET', url: '/healthz' });
    expect(degraded.statusCode).toBe(503);
    expect(degraded.json()).toEqual({ status: 'degraded' });
    await sleep(500);
    expect((await app.inject({ method: 'GET', url: '/healthz' })).statusCode).toBe(200);
    await app.close();
  });
});
