// Every element of dashboard.html the code uses, looked up once; a missing one fails at start.
import { byId } from '../console/dom.js';

/** The dashboard page's elements. */
export const el = {
  loginView: byId('login-view', HTMLElement),
  loginForm: byId('login-form', HTMLFormElement),
  loginUser: byId('login-username', HTMLInputElement),
  loginPass: byId('login-password', HTMLInputElement),
  loginError: byId('login-error', HTMLParagraphElement),
  appView: byId('app-view', HTMLDivElement),
  periodForm: byId('period-form', HTMLFormElement),
  from: byId('period-from', HTMLInputElement),
  to: byId('period-to', HTMLInputElement),
  thisMonth: byId('this-month', HTMLButtonElement),
  lastMonth: byId('last-month', HTMLButtonElement),
  downloadReport: byId('download-report', HTMLButtonElement),
  printReport: byId('print-report', HTMLButtonElement),
  exportXlsx: byId('export-xlsx', HTMLButtonElement),
  exportCsv: byId('export-csv', HTMLButtonElement),
  me: byId('me', HTMLSpanElement),
  logout: byId('logout', HTMLButtonElement),
  banner: byId('banner', HTMLParagraphElement),
  title: byId('report-title', HTMLHeadingElement),
  asOf: byId('report-asof', HTMLParagraphElement),
  cards: byId('cards', HTMLElement),
  casePanel: byId('case-panel', HTMLElement),
  noticeList: byId('notice-list', HTMLOListElement),
  importPanel: byId('import-panel', HTMLElement),
  importForm: byId('import-form', HTMLFormElement),
  importFile: byId('import-file', HTMLInputElement),
  importResult: byId('import-result', HTMLDivElement),
};

/** The section of one view, by its id. */
export const view = (id: string): HTMLElement => byId(id, HTMLElement);
