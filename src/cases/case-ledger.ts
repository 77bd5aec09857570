import type { LocalityRegistry } from '../localities/locality-registry.js';
import type { CaseRepository } from '../store/case-repository.js';
import { planCase } from './case-plan.js';
import type { CaseLedger } from './case-types.js';

/** Where the ledger reports a deadline computed without the official calendar. */
export interface LedgerLogger {
  warn(obj: object, msg: string): void;
}

/** The case ledger outside turns: routing by locality profile, transfer deadline in working days, receipt numbers. */
export function createCaseLedger(
  repository: CaseRepository,
  localities: LocalityRegistry,
  logger: LedgerLogger,
): CaseLedger {
  return {
    get: (caseNo) => repository.get(caseNo),
    async register(application) {
      const plan = planCase(application, localities);
      if (plan.calendarWarning)
        logger.warn(
          { localityCode: plan.localityCode, calendar: plan.transferDueCalendar },
          plan.calendarWarning,
        );
      const outcome = await repository.register(plan);
      return { case: outcome.case, created: outcome.kind === 'registered' };
    },
  };
}
