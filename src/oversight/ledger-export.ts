/**
 * The case ledger as a spreadsheet (.xlsx or CSV) for staff. Masking follows the role: only admins see
 * full ID numbers and phones; everyone else sees them masked, as on every staff screen.
 */
import { loadExcel } from './excel.js';
import type { CaseRecord } from '../cases/case-types.js';
import { maskIdNumber } from '../identity/id-number.js';
import { maskPhone } from '../identity/phone.js';
import type { LatenessView } from './case-lateness.js';
import { STAFF_STATUS_LABELS } from './status-labels.js';

/** The ledger's columns, in order. */
export const LEDGER_HEADER = [
  '回执号',
  '受理时间',
  '救助类型',
  '状态',
  '经办部门',
  '申请人',
  '身份证号',
  '联系电话',
  '地址',
  '转办期限',
  '办结时间',
  '逾期情况',
] as const;

/** The ledger rows of these cases; `unmasked` only for admins. */
export function ledgerRows(
  records: readonly CaseRecord[],
  late: ReadonlyMap<string, LatenessView | null>,
  unmasked: boolean,
  typeLabel: (type: string) => string,
): string[][] {
  const id = (v: string | null) => (v === null ? '' : unmasked ? v : maskIdNumber(v));
  const phone = (v: string | null) => (v === null ? '' : unmasked ? v : maskPhone(v));
  return records.map((r) => [
    r.caseNo,
    r.acceptedAt.toISOString(),
    typeLabel(r.assistanceType),
    STAFF_STATUS_LABELS[r.status],
    r.departmentName,
    r.applicantName ?? '',
    id(r.idNumber),
    phone(r.phone),
    r.address ?? '',
    r.transferDueAt.toISOString(),
    r.completedAt?.toISOString() ?? '',
    late.get(r.caseNo)?.label ?? '',
  ]);
}

// A cell starting with these is a formula to Excel: a resident's address must never run as one.
const FORMULA_START = /^[=+\-@\t\r]/;

function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** The ledger as CSV with a byte-order mark, so Excel opens the Chinese as UTF-8. */
export function ledgerCsv(rows: readonly string[][]): string {
  return (
    '\uFEFF' +
    [LEDGER_HEADER as readonly string[], ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n') +
    '\r\n'
  );
}

/** The ledger as an .xlsx workbook of one sheet; every cell is text, so ID numbers keep every digit. */
export async function ledgerWorkbook(rows: readonly string[][]): Promise<Buffer> {
  const workbook = new (await loadExcel()).Workbook();
  const sheet = workbook.addWorksheet('案件台账');
  sheet.addRow([...LEDGER_HEADER]).font = { bold: true };
  for (const row of rows) sheet.addRow(row);
  LEDGER_HEADER.forEach((label, i) => {
    sheet.getColumn(i + 1).width = Math.max(12, label.length * 2 + 4);
    sheet.getColumn(i + 1).numFmt = '@';
  });
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
