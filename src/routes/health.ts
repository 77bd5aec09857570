import type { FastifyInstance } from 'fastify';
import { clusterReady } from '../runtime/cluster-readiness.js';
import type { EventLoopWatchdog } from '../runtime/event-loop-watchdog.js';
import type { Services } from '../services.js';

/**
 * GET /healthz: 200 only when the database answers and the engine is up; 503 while shutting down, 503
 * `starting` while the other workers of a cluster are not yet listening, and 503 `degraded` while the event
 * loop has lately been blocked (see src/runtime/event-loop-watchdog.ts).
 */
export function registerHealthRoute(
  app: FastifyInstance,
  services: Pick<Services, 'db'>,
  isClosing: () => boolean,
  watchdog?: Pick<EventLoopWatchdog, 'degraded'>,
): void {
  // A load balancer probes every few seconds: those requests are logged only when something is wrong.
  app.get('/healthz', { schema: { hide: true }, logLevel: 'warn' }, async (_request, reply) => {
    if (isClosing()) return reply.code(503).send({ status: 'shutting_down' });
    if (!clusterReady()) return reply.code(503).send({ status: 'starting' });
    if (watchdog?.degraded()) return reply.code(503).send({ status: 'degraded' });
    try {
      await services.db.query('SELECT 1');
      return { status: 'ok' };
    } catch {
      return reply.code(503).send({ status: 'database_unavailable' });
    }
  });
}
