import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireStaff } from '../auth/require-staff.js';
import { CASE_STATUSES } from '../cases/case-types.js';
import { buildConsoleMeta, type ConsoleMeta } from '../handoff/console-meta.js';
import { HANDOFF_OUTCOMES, HANDOFF_STATUSES } from '../handoff/handoff-types.js';
import { ASSISTANCE_TYPES } from '../nlu/types.js';
import type { Services } from '../services.js';
import { BEARER_SECURITY } from './auth-routes.js';

const labelled = <const T extends readonly [string, ...string[]]>(codes: T) =>
  z.object({ code: z.enum(codes), label: z.string() });

const metaResponse = z.object({
  locality: z.object({ code: z.string(), name: z.string() }),
  assistanceTypes: z.array(labelled(ASSISTANCE_TYPES).extend({ shortLabel: z.string() })),
  outcomes: z.array(
    labelled(HANDOFF_OUTCOMES).extend({
      choosable: z.boolean().describe('Offered when resolving; handed_back has its own route'),
    }),
  ),
  caseStatuses: z.array(labelled(CASE_STATUSES)),
  fieldLabels: z.record(z.string(), z.string()).describe('Form field name → its label in forms/*.yaml'),
  hotlines: z.array(
    z.object({ number: z.string(), label: z.string(), hours24: z.boolean(), purpose: z.string() }),
  ),
  handoffStatuses: z.array(labelled(HANDOFF_STATUSES)),
  departments: z.array(z.object({ code: z.string(), label: z.string() })),
  riskCategories: z.array(z.object({ code: z.string(), label: z.string() })),
}) satisfies z.ZodType<ConsoleMeta>;

const errorResponse = z.object({
  error: z.object({ code: z.string(), message: z.string(), details: z.unknown().optional() }),
});

/** GET /api/v1/meta: the labels and hotlines the console reads at start, for any logged-in staff user. */
export function registerMetaRoutes(app: FastifyInstance, services: Services): void {
  // Locality and forms are loaded once at start, so the answer is built once too.
  const meta = buildConsoleMeta(services.locality, services.forms, services.riskReasons);
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/v1/meta',
    {
      preHandler: requireStaff(),
      schema: {
        tags: ['handoffs'],
        summary: 'Labels (assistance types, outcomes, case statuses, form fields) and the local hotlines',
        security: [{ [BEARER_SECURITY]: [] }],
        response: { 200: metaResponse, 401: errorResponse },
      },
    },
    () => meta,
  );
}
