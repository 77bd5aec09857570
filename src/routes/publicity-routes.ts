import type { FastifyInstance } from 'fastify';
import type { Oversight } from '../oversight/oversight.js';
import { lastMonths, publicMonth, type PublicFigures } from '../oversight/publicity.js';
import type { Services } from '../services.js';

const MONTHS = 12;
// The public page is cheap to serve again and costly to compute: figures are kept for ten minutes.
const CACHE_MS = 10 * 60_000;

/** The optional public page (PUBLICITY_ENABLED): /public and its anonymised figures at /api/v1/public/figures. */
export function registerPublicityRoutes(
  app: FastifyInstance,
  oversight: Oversight,
  services: Services,
  minCount: number,
): void {
  let cached: { at: number; figures: PublicFigures } | undefined;

  async function compute(): Promise<PublicFigures> {
    const now = services.clock.now();
    const months = [];
    for (const m of lastMonths(now, services.locality.timezone, MONTHS)) {
      const figures = await oversight.figures(m.from, m.to);
      if ('error' in figures) throw new Error(figures.error);
      months.push(publicMonth(m.month, figures, minCount));
    }
    return { locality: services.locality.name, asOf: now.toISOString(), minCount, months };
  }

  app.get(
    '/api/v1/public/figures',
    { schema: { tags: ['oversight'], summary: 'Anonymised public figures' } },
    async (_req, reply) => {
      const now = Date.now();
      if (!cached || now - cached.at > CACHE_MS) cached = { at: now, figures: await compute() };
      return reply.header('cache-control', 'public, max-age=600').send(cached.figures);
    },
  );
  app.get('/public', { schema: { hide: true } }, (_request, reply) =>
    reply.header('cache-control', 'no-cache').sendFile('public.html'),
  );
}
