import { existsSync } from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { WEB_BUNDLE_DIR } from '../paths.js';

const BUNDLE = 'console.js';

/**
 * The operator console page at `/console` (and `/console/`), and its script at `/console.js`. The page is
 * the static file `src/web/static/console.html`, served by @fastify/static, which must be registered first;
 * the script is the bundle `npm run build` makes from src/web/console/ (dist/web/console.js).
 */
export function registerConsolePage(app: FastifyInstance): void {
  for (const url of ['/console', '/console/']) {
    app.get(url, { schema: { hide: true } }, (_request, reply) =>
      reply.header('cache-control', 'no-cache').sendFile('console.html'),
    );
  }
  // Say it at start rather than leave an operator with a blank desk and a 404 in the browser's console.
  if (!existsSync(path.join(WEB_BUNDLE_DIR, BUNDLE)))
    app.log.warn(`${BUNDLE} is not built: run \`npm run build\` (the console page cannot start without it)`);
  for (const file of [BUNDLE, `${BUNDLE}.map`]) {
    app.get(`/${file}`, { schema: { hide: true } }, (_request, reply) =>
      reply.header('cache-control', 'no-cache').sendFile(file, WEB_BUNDLE_DIR),
    );
  }
}
