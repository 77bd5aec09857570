import type { FastifyInstance } from 'fastify';
import type { Services } from '../services.js';

/** GET /healthz: 200 only when the database answers and the engine is up; 503 while shutting down. */
export function registerHealthRoute(
  app: FastifyInstance,
  services: Services,
  isClosing: () => boolean,
): void {
  app.get('/healthz', { schema: { hide: true } }, async (_request, reply) => {
    if (isClosing()) return reply.code(503).send({ status: 'shutting_down' });
    try {
      await services.db.query('SELECT 1');
      return { status: 'ok' };
    } catch {
      return reply.code(503).send({ status: 'database_unavailable' });
    }
  });
}
