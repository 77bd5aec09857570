/**
 * Reading a department's spreadsheet of existing recipients: one person per row, a header row naming
 * the columns. Every bad row is reported with its row number (as the spreadsheet shows it) and the
 * reason in plain Chinese; the good rows are returned for one all-or-nothing write.
 */
import type ExcelJS from 'exceljs';
import { loadExcel } from './excel.js';
import { formatLocalDate, localDateOf } from '../cases/local-date.js';
import { validateIdNumber, type IdNumberFailure } from '../identity/id-number.js';
import { normalizePhone } from '../identity/phone.js';
import type { Recipient } from '../store/recipient-repository.js';
import { parseLocalDate } from './period.js';
import { tierOf } from './recipient-tiers.js';

/** A row that was not imported, and why. */
export interface RowProblem {
  row: number;
  reason: string;
}

/** The good rows and the problems of a sheet. */
export interface ParsedSheet {
  recipients: Recipient[];
  problems: RowProblem[];
}

const COLUMNS = {
  name: ['姓名', '户主姓名', '救助对象姓名'],
  idNumber: ['身份证号', '身份证号码', '公民身份号码', '证件号码'],
  tier: ['救助类别', '对象类别', '类别', '层级'],
  address: ['地址', '家庭住址', '住址'],
  phone: ['电话', '联系电话', '手机号'],
  since: ['纳入时间', '纳入日期', '救助起始日期'],
} as const;

const ID_REASONS: Readonly<Record<IdNumberFailure, string>> = {
  length: '身份证号位数不对（应为18位）',
  format: '身份证号里有不该出现的字符',
  birth_date: '身份证号里的出生日期不存在',
  check_digit: '身份证号最后一位校验码不对，可能录错了一位',
};

/** A cell's value as text (rich text, formulas' results and hyperlinks included). */
function text(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString();
  if ('richText' in value)
    return value.richText
      .map((part) => part.text)
      .join('')
      .trim();
  if ('text' in value && typeof value.text === 'string') return value.text.trim();
  if ('result' in value) return text(value.result);
  return '';
}

function headerMap(sheet: ExcelJS.Worksheet): Map<keyof typeof COLUMNS, number> {
  const map = new Map<keyof typeof COLUMNS, number>();
  sheet.getRow(1).eachCell((cell, column) => {
    const label = text(cell.value).replace(/\s+/g, '');
    for (const [key, names] of Object.entries(COLUMNS) as [keyof typeof COLUMNS, readonly string[]][])
      if (names.includes(label) && !map.has(key)) map.set(key, column);
  });
  return map;
}

function sinceOf(value: ExcelJS.CellValue): string | null | { error: string } {
  if (value === null || value === undefined || value === '') return null;
  // Excel keeps dates as midnight UTC of the date typed; read that date, not the instant.
  if (value instanceof Date) return formatLocalDate(localDateOf(value, 'UTC'));
  const raw = text(value)
    .replace(/[./年月]/g, '-')
    .replace(/日$/, '');
  const date = parseLocalDate(raw.replace(/^(\d{4})-(\d)-/, '$1-0$2-').replace(/-(\d)$/, '-0$1'));
  return date ? formatLocalDate(date) : { error: `纳入时间「${text(value)}」看不懂，请写成 2024-03-01` };
}

/** Reads the first sheet of an .xlsx of recipients for `localityCode`. */
export async function parseRecipientWorkbook(
  data: Buffer,
  localityCode: string,
  today: Date,
): Promise<ParsedSheet | { error: string }> {
  const workbook = new (await loadExcel()).Workbook();
  try {
    await workbook.xlsx.load(data as unknown as ArrayBuffer);
  } catch {
    return { error: '这个文件打不开，请上传 Excel 的 .xlsx 文件。' };
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return { error: '表格里没有工作表。' };
  const columns = headerMap(sheet);
  const missing = (['name', 'idNumber', 'tier'] as const).filter((key) => !columns.has(key));
  if (missing.length > 0)
    return { error: `第1行缺少这些列：${missing.map((key) => COLUMNS[key][0]).join('、')}。` };

  const recipients: Recipient[] = [];
  const problems: RowProblem[] = [];
  const seen = new Map<string, number>();
  const cell = (row: ExcelJS.Row, key: keyof typeof COLUMNS) => {
    const column = columns.get(key);
    return column === undefined ? null : row.getCell(column).value;
  };
  for (let n = 2; n <= sheet.rowCount; n++) {
    const row = sheet.getRow(n);
    const values = Object.keys(COLUMNS).map((key) => text(cell(row, key as keyof typeof COLUMNS)));
    if (values.every((v) => v === '')) continue;
    const reasons: string[] = [];
    const name = text(cell(row, 'name'));
    if (!name) reasons.push('姓名是空的');
    const rawId = cell(row, 'idNumber');
    let idNumber = '';
    if (typeof rawId === 'number')
      reasons.push('身份证号被存成了数字，后几位可能已经丢失，请把这一列设为“文本”后重新录入');
    else {
      const id = validateIdNumber(text(rawId), today);
      if (!id.ok) reasons.push(text(rawId) ? ID_REASONS[id.reason] : '身份证号是空的');
      else idNumber = id.value;
    }
    const tierText = text(cell(row, 'tier'));
    const tier = tierOf(tierText);
    if (!tier)
      reasons.push(`救助类别「${tierText}」不是 特困人员、低保对象、建档立卡贫困户、其他困难对象 之一`);
    const phoneText = text(cell(row, 'phone'));
    const phone = phoneText ? normalizePhone(phoneText) : undefined;
    if (phone && !phone.ok) reasons.push('电话号码不对（应为11位手机号）');
    const since = sinceOf(cell(row, 'since'));
    if (since !== null && typeof since === 'object') reasons.push(since.error);
    if (idNumber && seen.has(idNumber)) reasons.push(`与第${seen.get(idNumber)}行的身份证号重复`);
    if (reasons.length > 0) {
      problems.push({ row: n, reason: reasons.join('；') });
      continue;
    }
    seen.set(idNumber, n);
    recipients.push({
      idNumber,
      name,
      tier: tier!,
      localityCode,
      address: text(cell(row, 'address')) || null,
      phone: phone?.ok ? phone.value : null,
      since: typeof since === 'string' ? since : null,
    });
  }
  return { recipients, problems };
}
