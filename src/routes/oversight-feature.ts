import type { FastifyInstance } from 'fastify';
import type { Config } from '../config.js';
import { createOversight, type Oversight } from '../oversight/oversight.js';
import type { Services } from '../services.js';
import { registerDashboardPage } from './dashboard-page.js';
import { registerLedgerRoutes } from './ledger-routes.js';
import { registerOversightRoutes } from './oversight-routes.js';
import { registerPublicityRoutes } from './publicity-routes.js';

declare module 'fastify' {
  interface FastifyInstance {
    /** Deadline watch, notices and figures (issue 13); tests call `oversight.watch.check(now)`. */
    oversight: Oversight;
  }
}

/** Oversight as one feature: its API, the dashboard page, the optional public page and the deadline timer. */
export function registerOversightFeature(app: FastifyInstance, services: Services, config: Config): void {
  const oversight = createOversight(services, app.log);
  app.decorate('oversight', oversight);
  registerOversightRoutes(app, services, oversight);
  registerLedgerRoutes(app, services);
  registerDashboardPage(app);
  if (config.PUBLICITY_ENABLED) registerPublicityRoutes(app, oversight, services, config.PUBLICITY_MIN_COUNT);
  oversight.watch.start(config.DEADLINE_CHECK_INTERVAL_MS);
  // Before the services close the database (onClose): no pass may start or be left running.
  app.addHook('preClose', () => oversight.watch.stop());
}
