import { existsSync } from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { WEB_BUNDLE_DIR } from '../paths.js';

const BUNDLE = 'dashboard.js';

/**
 * The oversight dashboard at `/console/dashboard`: the static page src/web/static/dashboard.html and its
 * script /dashboard.js, the bundle `npm run build` makes from src/web/dashboard/ (with ECharts).
 */
export function registerDashboardPage(app: FastifyInstance): void {
  for (const url of ['/console/dashboard', '/console/dashboard/']) {
    app.get(url, { schema: { hide: true } }, (_request, reply) =>
      reply.header('cache-control', 'no-cache').sendFile('dashboard.html'),
    );
  }
  if (!existsSync(path.join(WEB_BUNDLE_DIR, BUNDLE)))
    app.log.warn(`${BUNDLE} is not built: run \`npm run build\` (the dashboard cannot start without it)`);
  for (const file of [BUNDLE, `${BUNDLE}.map`]) {
    app.get(`/${file}`, { schema: { hide: true } }, (_request, reply) =>
      reply.header('cache-control', 'no-cache').sendFile(file, WEB_BUNDLE_DIR),
    );
  }
}
