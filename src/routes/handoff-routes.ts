import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireStaff, staffOf } from '../auth/require-staff.js';
import { CASE_STATUSES } from '../cases/case-types.js';
import { HANDOFF_OUTCOMES, HANDOFF_STATUSES, RESOLVE_OUTCOMES } from '../handoff/handoff-types.js';
import { ASSISTANCE_TYPES } from '../nlu/types.js';
import type { Services } from '../services.js';
import { audit } from './audit-trail.js';
import { BEARER_SECURITY } from './auth-routes.js';
import { maskHandoffDetail } from './personal-masking.js';

const priority = z.enum(['critical', 'high', 'normal']);

/** A handoff as the console reads it. */
export const handoffView = z.object({
  id: z.string(),
  conversationId: z.string(),
  channel: z.string(),
  priority,
  reasons: z.array(z.string()),
  status: z.enum(HANDOFF_STATUSES),
  createdAt: z.string(),
  claimedBy: z.string().nullable().describe('Display name of the operator holding it'),
  claimedById: z.string().nullable().describe('Staff user id of that operator'),
  claimedAt: z.string().nullable(),
  overdue: z.boolean(),
  stale: z.boolean(),
  lastResidentMessageAt: z.string().nullable(),
  preview: z.string().describe('The last resident message, at most 60 characters; plain text'),
  caseNo: z.string().nullable(),
  outcome: z.enum(HANDOFF_OUTCOMES).nullable(),
  riskCategory: z.string().nullable().describe('Risk category code (risk/taxonomy.yaml) of the danger heard'),
  residentWarnings: z.number().int().describe('Times the resident was told nobody had picked it up yet'),
  followUpDueAt: z.string().nullable().describe('When the follow-up of a handed-back conversation is due'),
  departmentCode: z.string().nullable().describe('Department the request was transferred to'),
  unanswered: z.number().int().describe('Resident messages the operator holding it has not answered yet'),
  who: z.string().nullable().describe('Who is in danger, read from the resident’s words'),
  place: z.string().nullable().describe('The latest place the resident gave, cut short'),
});

/** One line of a handoff's internal log (notes, transfers, hand backs, warnings); never shown to residents. */
export const handoffNoteSchema = z.object({
  id: z.string(),
  kind: z.enum(['note', 'transfer', 'handed_back', 'resident_warned', 'follow_up_due']),
  author: z.string().nullable(),
  text: z.string().describe('Verbatim; render as text'),
  at: z.string(),
});

const message = z.object({
  id: z.string(),
  author: z.enum(['resident', 'bot', 'operator', 'system']),
  text: z.string().describe('Verbatim; render as text, never as HTML'),
  at: z.string(),
});

/** The error body every route answers with. */
export const errorResponse = z.object({
  error: z.object({ code: z.string(), message: z.string(), details: z.unknown().optional() }),
});
const errors = { 401: errorResponse, 403: errorResponse, 404: errorResponse, 409: errorResponse };
const params = z.object({ id: z.uuid() });
const security = [{ [BEARER_SECURITY]: [] }];

/** The operator console API under /api/v1/handoffs, and volunteer reports under /api/v1/reports. */
export function registerHandoffRoutes(app: FastifyInstance, services: Services): void {
  const typed = app.withTypeProvider<ZodTypeProvider>();
  const operators = requireStaff(['operator', 'admin']);
  const { handoffs } = services;

  typed.get(
    '/api/v1/handoffs',
    {
      preHandler: operators,
      schema: {
        tags: ['handoffs'],
        summary: 'The green-channel queue: most urgent first, then longest waiting',
        security,
        querystring: z.object({
          status: z.enum(['open', ...HANDOFF_STATUSES]).default('open'),
          priority: priority.optional(),
          category: z
            .string()
            .regex(/^[a-z][a-z0-9_]*$/)
            .max(60)
            .optional(),
          operator: z.uuid().optional().describe('Staff user id holding it'),
          q: z.string().trim().max(40).optional().describe('Receipt number, or 4+ digits of a phone number'),
        }),
        response: { 200: z.object({ handoffs: z.array(handoffView) }), 400: errorResponse, ...errors },
      },
    },
    async (request) => {
      const { status, priority: level, category, operator, q } = request.query;
      return {
        handoffs: await handoffs.search({
          status,
          priority: level,
          category,
          operatorId: operator,
          query: q,
        }),
      };
    },
  );

  typed.get(
    '/api/v1/handoffs/:id',
    {
      preHandler: operators,
      schema: {
        tags: ['handoffs'],
        summary: 'One handoff: transcript, summary for the operator, earlier cases of the same person',
        security,
        params,
        response: {
          200: z.object({
            handoff: handoffView,
            transcript: z.array(message),
            summary: z.object({
              name: z.string().nullable(),
              location: z.string().nullable(),
              phone: z
                .string()
                .nullable()
                .describe('Masked; POST /api/v1/handoffs/:id/reveal with a reason gives the full number'),
              personAtRisk: z
                .string()
                .nullable()
                .describe('Who is in danger (「求助者本人」「求助者的父亲」)'),
              reasons: z.array(z.string()),
              form: z
                .object({ type: z.string(), fields: z.record(z.string(), z.union([z.string(), z.number()])) })
                .nullable(),
              urgency: z.enum(['critical', 'high', 'none']),
            }),
            notes: z.array(handoffNoteSchema),
            earlierCases: z.array(
              z.object({
                caseNo: z.string(),
                type: z.string(),
                status: z.enum(CASE_STATUSES),
                acceptedAt: z.string(),
              }),
            ),
          }),
          ...errors,
        },
      },
    },
    async (request) => {
      const detail = await handoffs.detail(request.params.id);
      await audit(services, request, 'handoff_read', {
        handoffId: detail.handoff.id,
        caseNo: detail.handoff.caseNo,
      });
      return maskHandoffDetail(detail);
    },
  );

  typed.post(
    '/api/v1/handoffs/:id/claim',
    {
      preHandler: operators,
      schema: {
        tags: ['handoffs'],
        summary: 'Claim a queued handoff; exactly one of several concurrent claims wins (409 for the others)',
        security,
        params,
        response: { 200: z.object({ handoff: handoffView }), ...errors },
      },
    },
    async (request) => {
      const handoff = await handoffs.claim(request.params.id, staffOf(request));
      await audit(services, request, 'handoff_claim', { handoffId: handoff.id, caseNo: handoff.caseNo });
      return { handoff };
    },
  );

  typed.post(
    '/api/v1/handoffs/:id/messages',
    {
      preHandler: operators,
      schema: {
        tags: ['handoffs'],
        summary: 'Send a message to the resident on their channel (only the operator holding it)',
        security,
        params,
        body: z.object({ text: z.string().trim().min(1).max(2000) }),
        response: { 200: z.object({ message }), ...errors },
      },
    },
    async (request) => {
      const message = await handoffs.sendMessage(request.params.id, staffOf(request), request.body.text);
      await audit(services, request, 'handoff_message', { handoffId: request.params.id });
      return { message };
    },
  );

  typed.post(
    '/api/v1/handoffs/:id/release',
    {
      preHandler: operators,
      schema: {
        tags: ['handoffs'],
        summary:
          'Hand the conversation back to the bot; the handoff stays open (follow_up) until closed with an outcome',
        security,
        params,
        response: { 200: z.object({ handoff: handoffView }), ...errors },
      },
    },
    async (request) => {
      const handoff = await handoffs.release(request.params.id, staffOf(request));
      await audit(services, request, 'handoff_release', { handoffId: handoff.id, caseNo: handoff.caseNo });
      return { handoff };
    },
  );

  typed.post(
    '/api/v1/handoffs/:id/resolve',
    {
      preHandler: operators,
      schema: {
        tags: ['handoffs'],
        summary:
          'Close a handoff with its outcome (a critical one needs a note); transferred creates or links a case; a chosen caseType is applied to the case',
        security,
        params,
        body: z.object({
          outcome: z.enum(RESOLVE_OUTCOMES),
          note: z.string().trim().min(1).max(2000).optional(),
          caseType: z.enum([...ASSISTANCE_TYPES, 'unknown']).optional(),
        }),
        response: { 200: z.object({ handoff: handoffView }), 400: errorResponse, ...errors },
      },
    },
    async (request) => {
      const handoff = await handoffs.resolve(request.params.id, staffOf(request), request.body);
      await audit(services, request, 'handoff_resolve', { handoffId: handoff.id, caseNo: handoff.caseNo });
      return { handoff };
    },
  );

  typed.post(
    '/api/v1/reports',
    {
      preHandler: requireStaff(['volunteer', 'operator', 'admin']),
      schema: {
        tags: ['handoffs'],
        summary:
          'A registered volunteer reports someone in difficulty (主动发现); queued and registered as a case',
        security,
        body: z.object({
          subject: z.string().trim().min(1).max(200),
          location: z.string().trim().min(1).max(200),
          situation: z.string().trim().min(1).max(2000),
          urgency: priority.optional(),
          reporterPhone: z
            .string()
            .trim()
            .regex(/^1[3-9]\d{9}$|^0\d{2,3}-?\d{7,8}$/, '请填写手机号或带区号的座机号')
            .optional(),
        }),
        response: {
          201: z.object({ handoff: handoffView, caseNo: z.string() }),
          400: errorResponse,
          ...errors,
        },
      },
    },
    async (request, reply) => reply.code(201).send(await handoffs.report(staffOf(request), request.body)),
  );
}
