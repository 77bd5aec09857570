import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { departmentScope } from '../auth/department-scope.js';
import { requireStaff, staffOf } from '../auth/require-staff.js';
import { AppError } from '../errors.js';
import type { Services } from '../services.js';
import { audit } from './audit-trail.js';
import { BEARER_SECURITY } from './auth-routes.js';
import { handoffField, REVEALABLE_FIELDS } from './personal-masking.js';

const body = z.object({
  field: z.enum(REVEALABLE_FIELDS),
  reason: z
    .string()
    .trim()
    .min(2, '请写明查看的理由')
    .max(500)
    .describe('Why the full value is needed; kept in the audit log with your name'),
});
const revealed = z.object({ field: z.enum(REVEALABLE_FIELDS), value: z.string() });
const errorResponse = z.object({
  error: z.object({ code: z.string(), message: z.string(), details: z.unknown().optional() }),
});
const errors = { 400: errorResponse, 401: errorResponse, 403: errorResponse, 404: errorResponse };
const security = [{ [BEARER_SECURITY]: [] }];
const NOTHING = '这一项没有登记，无法查看。';

/**
 * Reveals one masked ID number or phone of a case or a handoff, with a required reason that the audit log keeps
 * beside the staff member's name; the log entry is written before the value is sent.
 */
export function registerRevealRoutes(app: FastifyInstance, services: Services): void {
  const typed = app.withTypeProvider<ZodTypeProvider>();

  typed.post(
    '/api/v1/cases/:caseNo/reveal',
    {
      preHandler: requireStaff(['admin', 'operator', 'department']),
      schema: {
        tags: ['cases'],
        summary: 'Reveal the full ID number or phone of a case (logged with your name and reason)',
        security,
        params: z.object({ caseNo: z.string().min(1).max(40) }),
        body,
        response: { 200: revealed, ...errors },
      },
    },
    async (request) => {
      const scope = departmentScope(staffOf(request));
      const record = await services.cases.get(request.params.caseNo.trim());
      if (!record || (scope !== undefined && record.departmentCode !== scope))
        throw new AppError('not_found', '没有找到这个回执号的案件。');
      const { field, reason } = request.body;
      const value = field === 'idNumber' ? record.idNumber : record.phone;
      if (value === null) throw new AppError('not_found', NOTHING);
      await audit(services, request, 'case_reveal', { caseNo: record.caseNo, field, reason });
      return { field, value };
    },
  );

  typed.post(
    '/api/v1/handoffs/:id/reveal',
    {
      preHandler: requireStaff(['operator', 'admin']),
      schema: {
        tags: ['handoffs'],
        summary: 'Reveal the full ID number or phone of a handoff (logged with your name and reason)',
        security,
        params: z.object({ id: z.uuid() }),
        body,
        response: { 200: revealed, ...errors },
      },
    },
    async (request) => {
      const detail = await services.handoffs.detail(request.params.id);
      const caseNo = detail.handoff.caseNo;
      const linked = caseNo ? await services.cases.get(caseNo) : undefined;
      const { field, reason } = request.body;
      const value = handoffField(detail, field, linked?.idNumber ?? null);
      if (value === null) throw new AppError('not_found', NOTHING);
      await audit(services, request, 'handoff_reveal', {
        caseNo,
        handoffId: detail.handoff.id,
        field,
        reason,
      });
      return { field, value };
    },
  );
}
