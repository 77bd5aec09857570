import { AppError } from '../errors.js';
import type { LocalityRegistry } from '../localities/locality-registry.js';
import { isAssistanceType } from '../nlu/types.js';
import type { CaseRepository } from '../store/case-repository.js';

/**
 * Puts a case on the assistance type an operator chose: the type, and the department the locality routes
 * it to, with a line on the timeline. A person with an open case of that type already is a conflict.
 */
export function createApplyCaseType(
  cases: CaseRepository,
  localities: LocalityRegistry,
  localityCode: string,
  typeLabel: (type: string) => string,
) {
  return async (caseNo: string, type: string, actor: string, at: Date): Promise<void> => {
    if (!isAssistanceType(type)) throw new AppError('bad_request', '没有这个救助类型，请从列表里选。');
    const current = await cases.get(caseNo);
    if (!current || current.assistanceType === type) return;
    const department = localities.departmentFor(current.localityCode || localityCode, type);
    if (!department) throw new AppError('bad_request', '这个地区没有这个救助类型的承办部门。');
    try {
      await cases.reroute(
        caseNo,
        {
          assistanceType: type,
          departmentCode: department.code,
          departmentName: department.name,
          jointMeeting: department.jointMeeting,
          statusAfter: null,
        },
        { kind: 'type_changed', note: `救助类型改为${typeLabel(type)}，由${department.name}承办`, actor, at },
      );
    } catch {
      throw new AppError('conflict', '这个人已经有一件同类型的案件在办理，请在案件里合并处理。');
    }
  };
}
