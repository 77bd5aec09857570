import type { StaffUser } from '../auth/staff-user.js';
import { AppError } from '../errors.js';
import type { HandoffRepository } from '../store/handoff-repository.js';
import type { HandoffRecord } from './handoff-types.js';

/** The handoff, or a 404 the console shows in plain words. */
export async function mustGetHandoff(repository: HandoffRepository, id: string): Promise<HandoffRecord> {
  const record = await repository.get(id);
  if (!record) throw new AppError('not_found', '没有找到这条转人工记录。');
  return record;
}

/** Only the operator holding a conversation may write in it, pass it on or hand it back. */
export function mustHold(record: HandoffRecord, user: StaffUser): void {
  if (record.status !== 'claimed' || record.claimedById !== user.id)
    throw new AppError(
      'forbidden',
      record.status === 'claimed'
        ? `这条对话由${record.claimedByName ?? '其他同事'}接手，只有接手的人可以操作。`
        : '请先接手这条对话。',
    );
}
