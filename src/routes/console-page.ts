import type { FastifyInstance } from 'fastify';

/**
 * The operator console page at `/console` (and `/console/`). The page itself is the static file
 * `src/web/static/console.html`, served by @fastify/static, which must be registered first.
 */
export function registerConsolePage(app: FastifyInstance): void {
  for (const url of ['/console', '/console/']) {
    app.get(url, { schema: { hide: true } }, (_request, reply) =>
      reply.header('cache-control', 'no-cache').sendFile('console.html'),
    );
  }
}
