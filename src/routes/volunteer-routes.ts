import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireStaff, staffOf } from '../auth/require-staff.js';
import { AppError } from '../errors.js';
import { maskPhone } from '../identity/phone.js';
import type { Services } from '../services.js';
import type { VolunteerRecord } from '../store/volunteer-repository.js';
import { BEARER_SECURITY } from './auth-routes.js';

const volunteerView = z.object({
  id: z.string(),
  name: z.string(),
  phone: z
    .string()
    .describe(
      'Masked; operators call back through the number the volunteer gave, shown in full only on the console',
    ),
  community: z.string(),
  channel: z.string(),
  status: z.enum(['pending', 'verified', 'rejected']),
  createdAt: z.string(),
  decidedAt: z.string().nullable(),
  decidedBy: z.string().nullable(),
});

const errorResponse = z.object({
  error: z.object({ code: z.string(), message: z.string(), details: z.unknown().optional() }),
});

function view(record: VolunteerRecord) {
  return {
    id: record.id,
    name: record.name,
    phone: maskPhone(record.phone),
    community: record.community,
    channel: record.channel,
    status: record.status,
    createdAt: record.createdAt.toISOString(),
    decidedAt: record.decidedAt?.toISOString() ?? null,
    decidedBy: record.decidedBy,
  };
}

/** Operators verify volunteers and grid workers who registered from a chat; verified ones' reports are trusted. */
export function registerVolunteerRoutes(app: FastifyInstance, services: Services): void {
  const typed = app.withTypeProvider<ZodTypeProvider>();
  const operators = requireStaff(['admin', 'operator']);
  const security = [{ [BEARER_SECURITY]: [] }];

  typed.get(
    '/api/v1/volunteers',
    {
      preHandler: operators,
      schema: {
        tags: ['handoffs'],
        summary: 'Volunteer registrations by status (pending first to verify)',
        security,
        querystring: z.object({ status: z.enum(['pending', 'verified', 'rejected']).default('pending') }),
        response: {
          200: z.object({ volunteers: z.array(volunteerView) }),
          401: errorResponse,
          403: errorResponse,
        },
      },
    },
    async (request) => ({ volunteers: (await services.volunteers.list(request.query.status)).map(view) }),
  );

  typed.post(
    '/api/v1/volunteers/:id/decision',
    {
      preHandler: operators,
      schema: {
        tags: ['handoffs'],
        summary: 'Verify (or reject) a volunteer registration after checking it, e.g. by phone',
        security,
        params: z.object({ id: z.uuid() }),
        body: z.object({ verified: z.boolean() }),
        response: { 200: z.object({ volunteer: volunteerView }), 401: errorResponse, 404: errorResponse },
      },
    },
    async (request) => {
      const decided = await services.volunteers.decide(
        request.params.id,
        request.body.verified ? 'verified' : 'rejected',
        staffOf(request).username,
        services.clock.now(),
      );
      if (!decided) throw new AppError('not_found', '没有这条志愿者登记。');
      return { volunteer: view(decided) };
    },
  );
}
