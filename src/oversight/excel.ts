import type ExcelJS from 'exceljs';

let loading: Promise<typeof ExcelJS> | undefined;

/**
 * The spreadsheet library, loaded on the first export or import rather than at start-up: it costs about
 * 16 MB of every instance's memory and only staff exports and recipient imports need it.
 */
export function loadExcel(): Promise<typeof ExcelJS> {
  loading ??= import('exceljs').then((module) => module.default);
  return loading;
}
