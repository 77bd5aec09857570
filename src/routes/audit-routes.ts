import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireStaff } from '../auth/require-staff.js';
import type { Services } from '../services.js';
import { BEARER_SECURITY } from './auth-routes.js';

const entry = z.object({
  id: z.string(),
  at: z.string(),
  userId: z.string().nullable(),
  username: z.string(),
  displayName: z.string(),
  role: z.string(),
  action: z.string(),
  caseNo: z.string().nullable(),
  handoffId: z.string().nullable(),
  field: z.string().nullable().describe('The personal field revealed (idNumber or phone)'),
  reason: z.string().nullable().describe('Why it was revealed, as the staff member wrote it'),
});

const errorResponse = z.object({
  error: z.object({ code: z.string(), message: z.string(), details: z.unknown().optional() }),
});

/** GET /api/v1/audit: the audit log of staff reads and changes of cases, for admins only. */
export function registerAuditRoutes(app: FastifyInstance, services: Services): void {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/v1/audit',
    {
      preHandler: requireStaff(['admin']),
      schema: {
        tags: ['audit'],
        summary: 'Who read or changed which case, and who revealed a masked ID number or phone and why',
        security: [{ [BEARER_SECURITY]: [] }],
        querystring: z.object({
          caseId: z.string().trim().min(1).max(40).optional().describe('Receipt number of the case'),
          user: z.string().trim().min(1).max(64).optional().describe('Login name of the staff member'),
          from: z.iso.datetime({ offset: true }).optional(),
          to: z.iso.datetime({ offset: true }).optional(),
          limit: z.coerce.number().int().min(1).max(1000).optional(),
        }),
        response: { 200: z.object({ entries: z.array(entry) }), 401: errorResponse, 403: errorResponse },
      },
    },
    async (request) => {
      const { caseId, user, from, to, limit } = request.query;
      return {
        entries: await services.audit.query({
          caseNo: caseId,
          username: user,
          from: from ? new Date(from) : undefined,
          to: to ? new Date(to) : undefined,
          limit,
        }),
      };
    },
  );
}
