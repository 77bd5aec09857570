import { loadExcel } from './excel.js';
import type { Figures } from './figures.js';
import { reportSheets } from './report-sheets.js';

/** The report's MIME type, for downloads. */
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * The monthly 通报 as an .xlsx workbook: one sheet per view, the header in row 1 and the data from row 2,
 * so a spreadsheet user can sort and filter; each sheet's title is its print header. Ratios are numbers
 * formatted as percentages, so they stay computable.
 */
export async function reportWorkbook(figures: Figures): Promise<Buffer> {
  const workbook = new (await loadExcel()).Workbook();
  workbook.creator = 'yimen';
  workbook.created = new Date(figures.asOf);
  for (const sheet of reportSheets(figures)) {
    const ws = workbook.addWorksheet(sheet.name, {
      headerFooter: { oddHeader: `&C${sheet.title}` },
      pageSetup: { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
    });
    ws.addRow(sheet.header).font = { bold: true };
    for (const row of sheet.rows) ws.addRow(row);
    sheet.header.forEach((label, i) => {
      const column = ws.getColumn(i + 1);
      const widest = Math.max(label.length * 2, ...sheet.rows.map((r) => String(r[i] ?? '').length + 2));
      column.width = Math.min(60, Math.max(10, widest));
      if (sheet.percentColumns?.includes(i)) column.numFmt = '0.0%';
    });
    ws.views = [{ state: 'frozen', ySplit: 1 }];
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
