import type { CaseStatus } from '../cases/case-types.js';

/** Short status names for staff tables and charts (residents read CASE_STATUS_LABELS instead). */
export const STAFF_STATUS_LABELS: Readonly<Record<CaseStatus, string>> = {
  registered: '待转办',
  transferred: '已转办',
  accepted: '已受理',
  approved: '已批准',
  refused: '未予批准',
  completed: '已办结',
  referred: '已转介',
  cancelled: '已撤销',
};
