import type { CaseRecord } from '../cases/case-types.js';
import { toRecord, type CaseRow } from './case-repository.js';
import type { SqlExecutor } from './sql.js';

/** Every case accepted in [start, end), oldest first, optionally of one department only. */
export async function casesAcceptedBetween(
  db: SqlExecutor,
  start: Date,
  end: Date,
  departmentCode?: string,
): Promise<CaseRecord[]> {
  const { rows } = await db.query<CaseRow>(
    `SELECT * FROM cases WHERE accepted_at >= $1 AND accepted_at < $2 AND ($3::text IS NULL OR department_code = $3)
     ORDER BY accepted_at, case_no`,
    [start, end, departmentCode ?? null],
  );
  return rows.map((row) => toRecord(row, db.cipher));
}
