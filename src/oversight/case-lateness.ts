import type { CaseRecord } from '../cases/case-types.js';
import type { DeadlineRepository } from '../store/deadline-repository.js';
import { latenessLabel, latenessOf } from './lateness.js';

/** A missed deadline as the case API shows it. */
export interface LatenessView {
  kind: 'transfer' | 'feedback';
  dueAt: string;
  workingDaysLate: number;
  label: string;
}

/** The missed deadline of each case at `now` (null when on time), keyed by receipt number. */
export async function latenessOfCases(
  deadlines: Pick<DeadlineRepository, 'feedbackTimes'>,
  records: readonly CaseRecord[],
  now: Date,
  timezone: string,
): Promise<Map<string, LatenessView | null>> {
  const fed = await deadlines.feedbackTimes(
    records.filter((r) => r.status === 'completed').map((r) => r.caseNo),
  );
  return new Map(
    records.map((record) => {
      const late = latenessOf({ ...record, feedbackAt: fed.get(record.caseNo) ?? null }, now, timezone);
      return [
        record.caseNo,
        late && {
          kind: late.kind,
          dueAt: late.dueAt.toISOString(),
          workingDaysLate: late.workingDaysLate,
          label: latenessLabel(late),
        },
      ];
    }),
  );
}
