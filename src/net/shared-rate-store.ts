import { setTimeout as sleep } from 'node:timers/promises';
import { Redis } from 'ioredis';
import type { FastifyBaseLogger } from 'fastify';

// How long a start waits for Redis before it serves anyway (its limits then count once Redis answers).
const FIRST_CONNECT_WAIT_MS = 2000;
// A warning per outage, not one per reconnect attempt (ioredis retries every few hundred milliseconds).
const WARN_EVERY_MS = 60_000;

/**
 * The Redis connection that several instances count their rate limits in (RATE_LIMIT_REDIS_URL). Short
 * timeouts and no offline queue: while Redis is away a limit check fails fast and the request goes through
 * (the plugin's skipOnError), so an outage of the counter never silences residents. The URL, which may hold a
 * password, is never logged.
 */
export async function connectSharedRateStore(url: string, log: FastifyBaseLogger): Promise<Redis> {
  const redis = new Redis(url, {
    connectTimeout: 500,
    commandTimeout: 300,
    maxRetriesPerRequest: 1,
    enableOfflineQueue: false,
    retryStrategy: (attempt) => Math.min(attempt * 200, 2000),
  });
  let lastWarning = 0;
  redis.on('error', (error: Error) => {
    const now = Date.now();
    if (now - lastWarning < WARN_EVERY_MS) return;
    lastWarning = now;
    log.warn(
      { code: (error as { code?: string }).code },
      'rate-limit store (Redis) unreachable: limits are not counted until it is back',
    );
  });
  redis.on('ready', () => {
    if (lastWarning > 0) log.info('rate-limit store (Redis) reachable again');
    lastWarning = 0;
  });
  // `once` rejects on an 'error' event: a refused first connection is a slow start, not a failed one.
  const ready = new Promise<boolean>((resolve) => redis.once('ready', () => resolve(true)));
  const connected = await Promise.race([ready, sleep(FIRST_CONNECT_WAIT_MS, false)]);
  if (!connected) log.warn('rate-limit store (Redis) not reachable at start: limits count once it answers');
  return redis;
}
