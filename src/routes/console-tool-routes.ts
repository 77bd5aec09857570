import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireStaff, staffOf } from '../auth/require-staff.js';
import { residentHotline, toFlowLocality } from '../localities/flow-locality.js';
import { ASSISTANCE_TYPES } from '../nlu/types.js';
import type { Services } from '../services.js';
import { BEARER_SECURITY } from './auth-routes.js';
import { errorResponse, handoffNoteSchema, handoffView } from './handoff-routes.js';

const errors = {
  400: errorResponse,
  401: errorResponse,
  403: errorResponse,
  404: errorResponse,
  409: errorResponse,
};
const params = z.object({ id: z.uuid() });
const security = [{ [BEARER_SECURITY]: [] }];
const reason = z.string().trim().min(1).max(500);

/** The console's tools: internal notes, transfers to a colleague or a department, colleagues, canned replies. */
export function registerConsoleToolRoutes(app: FastifyInstance, services: Services): void {
  const typed = app.withTypeProvider<ZodTypeProvider>();
  const operators = requireStaff(['operator', 'admin']);
  const { handoffTools, handoffs } = services;
  const flowLocality = toFlowLocality(services.locality, services.localities);
  const hotline = residentHotline(services.locality);

  typed.post(
    '/api/v1/handoffs/:id/notes',
    {
      preHandler: operators,
      schema: {
        tags: ['handoffs'],
        summary: 'Add an internal note: every operator sees it, the resident never does',
        security,
        params,
        body: z.object({ text: z.string().trim().min(1).max(2000) }),
        response: { 201: z.object({ note: handoffNoteSchema }), ...errors },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send({ note: await handoffTools.addNote(request.params.id, staffOf(request), request.body.text) }),
  );

  typed.post(
    '/api/v1/handoffs/:id/transfer',
    {
      preHandler: operators,
      schema: {
        tags: ['handoffs'],
        summary:
          'Pass a held conversation to a colleague, or transfer the request to a department (the case goes there), with the reason',
        security,
        params,
        body: z.union([
          z.object({ toUserId: z.uuid(), reason }),
          z.object({
            departmentCode: z
              .string()
              .regex(/^[a-z][a-z0-9_]*$/)
              .max(60),
            reason,
            caseType: z.enum(ASSISTANCE_TYPES).optional(),
          }),
        ]),
        response: { 200: z.object({ handoff: handoffView }), ...errors },
      },
    },
    async (request) => {
      const user = staffOf(request);
      const body = request.body;
      const handoff =
        'toUserId' in body
          ? await handoffTools.transferToColleague(request.params.id, user, body)
          : await handoffTools.transferToDepartment(request.params.id, user, body);
      return { handoff };
    },
  );

  typed.get(
    '/api/v1/colleagues',
    {
      preHandler: operators,
      schema: {
        tags: ['handoffs'],
        summary: 'Operators and admins a conversation can be passed to',
        security,
        response: {
          200: z.object({ colleagues: z.array(z.object({ id: z.string(), displayName: z.string() })) }),
          ...errors,
        },
      },
    },
    async () => ({ colleagues: await handoffTools.colleagues() }),
  );

  typed.get(
    '/api/v1/handoffs/:id/canned-replies',
    {
      preHandler: operators,
      schema: {
        tags: ['handoffs'],
        summary:
          'The locality’s canned replies matching the search, filled for this conversation ({name}, {operator}, {caseNo} …)',
        security,
        params,
        querystring: z.object({ q: z.string().trim().max(40).default('') }),
        response: {
          200: z.object({
            replies: z.array(z.object({ id: z.string(), title: z.string(), text: z.string() })),
          }),
          ...errors,
        },
      },
    },
    async (request) => {
      const detail = await handoffs.detail(request.params.id);
      const replies = services.cannedReplies.search(request.query.q, {
        name: detail.summary.name ?? '',
        operator: staffOf(request).displayName,
        caseNo: detail.handoff.caseNo ?? '办理编号',
        hotline: hotline.number,
        hotlineName: hotline.label,
        officeHours: flowLocality.officeHours,
      });
      return { replies };
    },
  );
}
