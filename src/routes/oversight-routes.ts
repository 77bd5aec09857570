import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { departmentScope } from '../auth/department-scope.js';
import { requireStaff, staffOf } from '../auth/require-staff.js';
import type { StaffUser } from '../auth/staff-user.js';
import { AppError } from '../errors.js';
import { WINDOW_AUDIENCE } from '../oversight/deadline-watch.js';
import type { Figures } from '../oversight/figures.js';
import type { Oversight } from '../oversight/oversight.js';
import { reportWorkbook, XLSX_TYPE } from '../oversight/report-workbook.js';
import { FEEDBACK_EVENT } from '../store/deadline-repository.js';
import type { Services } from '../services.js';
import { BEARER_SECURITY } from './auth-routes.js';

const security = [{ [BEARER_SECURITY]: [] }];
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期请写成 2026-11-01 这样的格式');
const periodQuery = z.object({ from: day, to: day });

/** Who reads the dashboard and the reports: admins and window heads. */
export const OVERSIGHT_ROLES = ['admin', 'window_head'] as const;

/** The notice audiences a staff user reads: their department's, or the window's. */
export function audiencesOf(user: StaffUser): string[] {
  const scope = departmentScope(user);
  return scope === undefined ? [WINDOW_AUDIENCE] : [scope];
}

async function figuresOf(oversight: Oversight, from: string, to: string): Promise<Figures> {
  const figures = await oversight.figures(from, to);
  if ('error' in figures) throw new AppError('bad_request', figures.error);
  return figures;
}

/** The oversight API: figures, the monthly report, deadline notices and recording feedback. */
export function registerOversightRoutes(
  app: FastifyInstance,
  services: Services,
  oversight: Oversight,
): void {
  const typed = app.withTypeProvider<ZodTypeProvider>();
  const heads = requireStaff([...OVERSIGHT_ROLES]);
  const staff = requireStaff(['admin', 'window_head', 'operator', 'department']);

  typed.get(
    '/api/v1/oversight/figures',
    {
      onRequest: heads,
      schema: {
        tags: ['oversight'],
        summary: 'Every dashboard figure of a period (local days, both included), as of now',
        security,
        querystring: periodQuery,
      },
    },
    async (request) => figuresOf(oversight, request.query.from, request.query.to),
  );

  typed.get(
    '/api/v1/oversight/report.xlsx',
    {
      onRequest: heads,
      schema: {
        tags: ['oversight'],
        summary: 'The 通报 of a period as an Excel workbook, one sheet per dashboard view',
        security,
        querystring: periodQuery,
      },
    },
    async (request, reply) => {
      const figures = await figuresOf(oversight, request.query.from, request.query.to);
      const body = await reportWorkbook(figures);
      const name = `通报_${figures.period.from}_${figures.period.to}.xlsx`;
      return reply
        .header('content-type', XLSX_TYPE)
        .header(
          'content-disposition',
          `attachment; filename="report.xlsx"; filename*=UTF-8''${encodeURIComponent(name)}`,
        )
        .send(body);
    },
  );

  typed.get(
    '/api/v1/oversight/notifications',
    {
      onRequest: staff,
      schema: {
        tags: ['oversight'],
        summary: 'Deadline notices for the window, or for a department user their department',
        security,
      },
    },
    async (request) => {
      const list = await oversight.deadlines.notifications(audiencesOf(staffOf(request)));
      return {
        notifications: list.map((n) => ({
          id: n.id,
          caseNo: n.caseNo,
          kind: n.kind,
          text: n.text,
          createdAt: n.createdAt.toISOString(),
          read: n.readAt !== null,
        })),
      };
    },
  );

  typed.post(
    '/api/v1/oversight/notifications/:id/read',
    {
      onRequest: staff,
      schema: {
        tags: ['oversight'],
        summary: 'Mark a notice read',
        security,
        params: z.object({ id: z.string().regex(/^\d{1,18}$/) }),
      },
    },
    async (request) => {
      const ok = await oversight.deadlines.markRead(
        request.params.id,
        audiencesOf(staffOf(request)),
        services.clock.now(),
      );
      if (!ok) throw new AppError('not_found', '没有这条提醒。');
      return { ok: true };
    },
  );

  typed.post(
    '/api/v1/oversight/cases/:caseNo/feedback',
    {
      onRequest: staff,
      schema: {
        tags: ['oversight'],
        summary: 'Record that the result of a completed case was fed back to the applicant and the window',
        security,
        params: z.object({ caseNo: z.string().min(1).max(40) }),
        body: z.object({ note: z.string().trim().min(1).max(1000).optional() }),
      },
    },
    async (request) => {
      const user = staffOf(request);
      const record = await services.cases.get(request.params.caseNo.trim());
      const scope = departmentScope(user);
      if (!record || (scope !== undefined && record.departmentCode !== scope))
        throw new AppError('not_found', '没有找到这个回执号的案件。');
      if (record.status !== 'completed') throw new AppError('conflict', '案件办结后才能登记反馈。');
      if (await oversight.deadlines.feedbackAt(record.caseNo))
        throw new AppError('conflict', '这个案件已经登记过反馈。');
      await services.cases.addEvent(record.caseNo, {
        kind: FEEDBACK_EVENT,
        statusAfter: null,
        note: request.body.note ?? '已将办理结果反馈申请人和窗口',
        actor: user.username,
        at: services.clock.now(),
      });
      return { ok: true };
    },
  );
}
