import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { departmentScope } from '../auth/department-scope.js';
import { requireStaff, staffOf } from '../auth/require-staff.js';
import { AppError } from '../errors.js';
import { latenessOfCases } from '../oversight/case-lateness.js';
import { ledgerCsv, ledgerRows, ledgerWorkbook } from '../oversight/ledger-export.js';
import { periodOf } from '../oversight/period.js';
import { parseRecipientWorkbook } from '../oversight/recipient-import.js';
import { XLSX_TYPE } from '../oversight/report-workbook.js';
import { createDeadlineRepository } from '../store/deadline-repository.js';
import { casesAcceptedBetween } from '../store/ledger-queries.js';
import { createRecipientRepository } from '../store/recipient-repository.js';
import type { Services } from '../services.js';
import { BEARER_SECURITY } from './auth-routes.js';
import { typeLabelsOf } from '../localities/type-labels.js';

const security = [{ [BEARER_SECURITY]: [] }];
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期请写成 2026-11-01 这样的格式');
const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

function attachment(name: string): string {
  return `attachment; filename="ledger"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

/** Ledger export (xlsx / CSV, masked by role) and the import of existing recipients (admins). */
export function registerLedgerRoutes(app: FastifyInstance, services: Services): void {
  const deadlines = createDeadlineRepository(services.db);
  const recipients = createRecipientRepository(services.db);

  // Encapsulated, so the spreadsheet body parser applies to the import route only.
  void app.register((scope, _options, ready) => {
    const typed = scope.withTypeProvider<ZodTypeProvider>();
    scope.addContentTypeParser(
      XLSX_TYPE,
      { parseAs: 'buffer', bodyLimit: MAX_IMPORT_BYTES },
      (_req, body, done) => done(null, body),
    );

    typed.get(
      '/api/v1/oversight/ledger',
      {
        onRequest: requireStaff(['admin', 'window_head', 'operator', 'department']),
        schema: {
          tags: ['oversight'],
          summary: 'Cases accepted in a period as .xlsx or CSV; only admins see full ID numbers and phones',
          security,
          querystring: z.object({ from: day, to: day, format: z.enum(['xlsx', 'csv']).default('xlsx') }),
        },
      },
      async (request, reply) => {
        const user = staffOf(request);
        const period = periodOf(request.query.from, request.query.to, services.locality.timezone);
        if ('error' in period) throw new AppError('bad_request', period.error);
        const records = await casesAcceptedBetween(
          services.db,
          period.start,
          period.end,
          departmentScope(user),
        );
        const late = await latenessOfCases(
          deadlines,
          records,
          services.clock.now(),
          services.locality.timezone,
        );
        const rows = ledgerRows(records, late, user.role === 'admin', typeLabelsOf(services.locality).label);
        const name = `案件台账_${period.from}_${period.to}`;
        request.log.info(
          { user: user.id, cases: rows.length, unmasked: user.role === 'admin' },
          'ledger exported',
        );
        if (request.query.format === 'csv')
          return reply
            .header('content-type', 'text/csv; charset=utf-8')
            .header('content-disposition', attachment(`${name}.csv`))
            .send(ledgerCsv(rows));
        return reply
          .header('content-type', XLSX_TYPE)
          .header('content-disposition', attachment(`${name}.xlsx`))
          .send(await ledgerWorkbook(rows));
      },
    );

    typed.post(
      '/api/v1/oversight/recipients/import',
      {
        onRequest: requireStaff(['admin']),
        bodyLimit: MAX_IMPORT_BYTES,
        schema: {
          tags: ['oversight'],
          summary:
            'Import existing recipients (特困 / 低保 / 建档立卡 / 其他困难对象) from an .xlsx body; bad rows are reported, good rows written in one transaction',
          security,
          querystring: z.object({ source: z.string().trim().min(1).max(100).default('表格导入') }),
        },
      },
      async (request) => {
        if (!Buffer.isBuffer(request.body))
          throw new AppError('bad_request', `请以 ${XLSX_TYPE} 上传 .xlsx 文件。`);
        const parsed = await parseRecipientWorkbook(
          request.body,
          services.locality.code,
          services.clock.now(),
        );
        if ('error' in parsed) throw new AppError('bad_request', parsed.error);
        const written = await recipients.importAll(
          parsed.recipients,
          request.query.source,
          services.clock.now(),
        );
        request.log.info(
          { user: staffOf(request).id, ...written, rejected: parsed.problems.length },
          'recipients imported',
        );
        return { imported: parsed.recipients.length, ...written, rejected: parsed.problems };
      },
    );
    ready();
  });
}
