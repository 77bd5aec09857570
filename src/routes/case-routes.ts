import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { departmentScope } from '../auth/department-scope.js';
import { requireStaff, staffOf } from '../auth/require-staff.js';
import { CASE_EVENT_TYPES, STATUS_AFTER, type createCaseNotifier } from '../cases/case-notifier.js';
import { CASE_STATUSES, CLOSED_STATUSES, type CaseEvent, type CaseRecord } from '../cases/case-types.js';
import { addCalendarDays } from '../cases/working-days.js';
import { AppError } from '../errors.js';
import { maskIdNumber } from '../identity/id-number.js';
import { maskPhone } from '../identity/phone.js';
import type { Services } from '../services.js';
import { audit } from './audit-trail.js';
import { latenessOfCases, type LatenessView } from '../oversight/case-lateness.js';
import { createDeadlineRepository } from '../store/deadline-repository.js';
import { createRecipientRepository } from '../store/recipient-repository.js';
import { ledgerMatch, type LedgerMatch } from '../oversight/ledger-match.js';
import { BEARER_SECURITY } from './auth-routes.js';
import { typeLabelsOf } from '../localities/type-labels.js';

const caseView = z.object({
  caseNo: z.string(),
  type: z.string(),
  typeLabel: z.string(),
  status: z.enum(CASE_STATUSES),
  urgency: z.enum(['critical', 'high', 'none']),
  urgent: z.boolean(),
  applicant: z.object({
    name: z.string().nullable(),
    idNumber: z.string().nullable(),
    phone: z.string().nullable(),
    address: z.string().nullable(),
  }),
  department: z.object({ code: z.string(), name: z.string(), jointMeeting: z.boolean() }),
  acceptedAt: z.string(),
  transferDueAt: z.string(),
  transferDueCalendar: z.enum(['official', 'weekdays_fallback']),
  completedAt: z.string().nullable(),
  feedbackDueAt: z.string().nullable(),
  late: z
    .object({
      kind: z.enum(['transfer', 'feedback']),
      dueAt: z.string(),
      workingDaysLate: z.number().int(),
      label: z.string(),
    })
    .nullable()
    .describe('The deadline this case has missed, and by how many working days; null when on time'),
  ledger: z
    .object({
      tier: z.string(),
      tierLabel: z.string(),
      since: z.string().nullable(),
      sameType: z.boolean(),
      note: z.string(),
    })
    .nullable()
    .describe('The applicant in the shared ledger of recipients (统一台账), if there'),
});

const timelineEntry = z.object({
  kind: z.string(),
  status: z.string().nullable(),
  note: z.string().nullable(),
  actor: z.string(),
  at: z.string(),
});
const errorResponse = z.object({
  error: z.object({ code: z.string(), message: z.string(), details: z.unknown().optional() }),
});

function view(
  record: CaseRecord,
  typeLabel: (type: string) => string,
  late: LatenessView | null,
  ledger: LedgerMatch | null,
) {
  const type = record.assistanceType;
  return {
    caseNo: record.caseNo,
    type,
    typeLabel: typeLabel(type),
    status: record.status,
    urgency: record.urgency,
    urgent: record.urgency !== 'none',
    // Staff lists never show full ID numbers or phones (the 低保 roster leak is the lesson).
    applicant: {
      name: record.applicantName,
      idNumber: record.idNumber ? maskIdNumber(record.idNumber) : null,
      phone: record.phone ? maskPhone(record.phone) : null,
      address: record.address,
    },
    department: {
      code: record.departmentCode,
      name: record.departmentName,
      jointMeeting: record.jointMeeting,
    },
    acceptedAt: record.acceptedAt.toISOString(),
    transferDueAt: record.transferDueAt.toISOString(),
    transferDueCalendar: record.transferDueCalendar,
    completedAt: record.completedAt?.toISOString() ?? null,
    feedbackDueAt: record.feedbackDueAt?.toISOString() ?? null,
    late,
    ledger,
  };
}

// Fields that hold an ID number or a phone: shown masked like the applicant's own.
const MASKED_FIELDS: Readonly<Record<string, (raw: string) => string>> = {
  id_number: maskIdNumber,
  phone: maskPhone,
  reporter_phone: maskPhone,
};

/** What the application gathered, as staff read one case: ID numbers and phones masked. */
function fieldsView(record: CaseRecord): Record<string, string | number> {
  return Object.fromEntries(
    Object.entries(record.fields).map(([name, value]) => {
      const mask = MASKED_FIELDS[name];
      return [name, mask && typeof value === 'string' ? mask(value) : value];
    }),
  );
}

const timeline = (events: CaseEvent[]) =>
  events.map((e) => ({
    kind: e.kind,
    status: e.statusAfter,
    note: e.note,
    actor: e.actor,
    at: e.at.toISOString(),
  }));

/** The case API: list, read and update cases; staff only, department users limited to their department. */
export function registerCaseRoutes(
  app: FastifyInstance,
  services: Services,
  notifyResident: ReturnType<typeof createCaseNotifier>,
): void {
  const typed = app.withTypeProvider<ZodTypeProvider>();
  const typeLabel = typeLabelsOf(services.locality).label;
  const staff = requireStaff(['admin', 'operator', 'department', 'window_head']);
  const security = [{ [BEARER_SECURITY]: [] }];

  const deadlines = createDeadlineRepository(services.db);
  const recipients = createRecipientRepository(services.db);
  async function views(records: CaseRecord[]) {
    const late = await latenessOfCases(deadlines, records, services.clock.now(), services.locality.timezone);
    const known = await recipients.findMany(records.flatMap((r) => (r.idNumber ? [r.idNumber] : [])));
    return records.map((record) => {
      const recipient = record.idNumber ? known.get(record.idNumber) : undefined;
      return view(
        record,
        typeLabel,
        late.get(record.caseNo) ?? null,
        recipient ? ledgerMatch(recipient, record.assistanceType) : null,
      );
    });
  }

  async function visibleCase(caseNo: string, scope: string | undefined): Promise<CaseRecord> {
    const record = await services.cases.get(caseNo.trim());
    // Out of scope reads as not found: a department learns nothing about other departments' cases.
    if (!record || (scope !== undefined && record.departmentCode !== scope))
      throw new AppError('not_found', '没有找到这个回执号的案件。');
    return record;
  }

  typed.get(
    '/api/v1/cases',
    {
      preHandler: staff,
      schema: {
        tags: ['cases'],
        summary: 'List cases (newest first)',
        security,
        querystring: z.object({
          status: z.enum(CASE_STATUSES).optional(),
          type: z.string().optional(),
          urgent: z.enum(['true', 'false']).optional(),
          department: z.string().optional(),
          limit: z.coerce.number().int().min(1).max(500).optional(),
        }),
        response: { 200: z.object({ cases: z.array(caseView) }), 401: errorResponse, 403: errorResponse },
      },
    },
    async (request) => {
      const user = staffOf(request);
      const scope = departmentScope(user);
      const { status, type, urgent, department, limit } = request.query;
      const cases = await services.cases.list({
        ...(status ? { status } : {}),
        ...(type ? { assistanceType: type } : {}),
        ...(urgent ? { urgent: urgent === 'true' } : {}),
        ...((scope ?? department) ? { departmentCode: scope ?? department } : {}),
        ...(limit ? { limit } : {}),
      });
      await audit(
        services,
        request,
        'case_list',
        cases.map((c) => ({ caseNo: c.caseNo })),
      );
      return { cases: await views(cases) };
    },
  );

  typed.get(
    '/api/v1/cases/:caseNo',
    {
      preHandler: staff,
      schema: {
        tags: ['cases'],
        summary: 'One case with its timeline',
        security,
        params: z.object({ caseNo: z.string().min(1).max(40) }),
        response: {
          200: caseView.extend({
            timeline: z.array(timelineEntry),
            fields: z
              .record(z.string(), z.union([z.string(), z.number()]))
              .describe('What the application gathered; ID numbers and phones masked'),
          }),
          401: errorResponse,
          404: errorResponse,
        },
      },
    },
    async (request) => {
      const record = await visibleCase(request.params.caseNo, departmentScope(staffOf(request)));
      await audit(services, request, 'case_read', { caseNo: record.caseNo });
      return {
        ...(await views([record]))[0]!,
        timeline: timeline(await services.cases.events(record.caseNo)),
        fields: fieldsView(record),
      };
    },
  );

  typed.post(
    '/api/v1/cases/:caseNo/events',
    {
      preHandler: staff,
      schema: {
        tags: ['cases'],
        summary: 'Record a department update; the resident is told on the channel they used',
        security,
        params: z.object({ caseNo: z.string().min(1).max(40) }),
        body: z
          .object({
            type: z.enum(CASE_EVENT_TYPES),
            reason: z
              .string()
              .trim()
              .min(1)
              .max(1000)
              .optional()
              .describe('Required when refusing: the resident is told why'),
            note: z.string().trim().min(1).max(2000).optional(),
          })
          .refine((body) => body.type !== 'refused' || body.reason !== undefined, {
            message: '不予批准时必须写明理由',
            path: ['reason'],
          })
          .refine((body) => body.type !== 'referred' || body.note !== undefined, {
            message: '转介时请写明转介给哪个机构',
            path: ['note'],
          }),
        response: {
          200: caseView.extend({ timeline: z.array(timelineEntry), residentNotified: z.boolean() }),
          401: errorResponse,
          404: errorResponse,
          409: errorResponse,
        },
      },
    },
    async (request) => {
      const user = staffOf(request);
      const record = await visibleCase(request.params.caseNo, departmentScope(user));
      const { type, reason, note } = request.body;
      if (CLOSED_STATUSES.includes(record.status) && type !== 'note') {
        throw new AppError(
          'conflict',
          `这个案件已经是「${record.status}」状态，不能再改；如需补充说明请用 note。`,
        );
      }
      const at = services.clock.now();
      const completed = type === 'completed';
      const updated = await services.cases.addEvent(record.caseNo, {
        kind: type,
        statusAfter: STATUS_AFTER[type],
        note: [reason, note].filter(Boolean).join('；') || null,
        actor: user.username,
        at,
        // The window reports the result to the applicant within 2 days of completion (seed 000, 003).
        ...(completed
          ? {
              completedAt: at,
              feedbackDueAt: addCalendarDays(
                at,
                services.locality.sla.feedbackDaysAfterCompletion,
                services.locality.timezone,
              ),
            }
          : {}),
      });
      if (!updated) throw new AppError('not_found', '没有找到这个回执号的案件。');
      await audit(services, request, 'case_update', { caseNo: updated.caseNo });
      const residentNotified = await notifyResident(updated, type, { reason, note }, at);
      return {
        ...(await views([updated]))[0]!,
        timeline: timeline(await services.cases.events(updated.caseNo)),
        residentNotified,
      };
    },
  );
}
