import { hashPassword, passwordProblem, verifyPassword } from './passwords.js';
import type { StaffRepository } from './staff-repository.js';
import type { StaffUser } from './staff-user.js';

/** Why a password could not be changed, in words the staff member reads. */
export type PasswordChange = { ok: true } | { ok: false; message: string };

/** Changes a staff member's own password after checking the current one; the new one must pass the rules. */
export async function changePassword(
  staff: Pick<StaffRepository, 'findByUsername' | 'setPasswordHash'>,
  user: StaffUser,
  current: string,
  next: string,
): Promise<PasswordChange> {
  const stored = await staff.findByUsername(user.username);
  if (!stored || !(await verifyPassword(stored.passwordHash, current)))
    return { ok: false, message: '当前密码不对，请再输入一次。' };
  const problem = passwordProblem(next);
  if (problem) return { ok: false, message: problem };
  if (next === current) return { ok: false, message: '新密码不能和当前密码一样。' };
  await staff.setPasswordHash(user.id, await hashPassword(next));
  return { ok: true };
}
