import { passwordProblem } from './passwords.js';
import { isRole, ROLES, type Role } from './staff-user.js';

/** What an admin or the CLI gives to add an account. */
export interface NewStaffUser {
  username: string;
  displayName: string;
  role: string;
  departmentCode?: string | undefined;
  password: string;
}

/** A new account after the rules were checked and the values normalised. */
export interface ValidNewStaffUser {
  username: string;
  displayName: string;
  role: Role;
  departmentCode: string | undefined;
  password: string;
}

/** One broken rule, naming the field, with a Chinese message for the person adding the account. */
export interface NewUserProblem {
  field: 'username' | 'displayName' | 'role' | 'departmentCode' | 'password';
  message: string;
}

const USERNAME = /^[\p{L}\p{N}][\p{L}\p{N}._-]{1,63}$/u;

// The same shape as department codes in locality profiles (localities/*.yaml `departments`).
const DEPARTMENT_CODE = /^[a-z][a-z0-9_]*$/;

/** Usernames are compared after NFKC and trimming, so full-width letters or a stray space still match. */
export function normalizeUsername(username: string): string {
  return username.normalize('NFKC').trim();
}

/** True when `username` (normalised) could be an account's username. */
export function isValidUsername(username: string): boolean {
  return USERNAME.test(username);
}

/** Checks a new account against the rules; returns the normalised account or every problem at once. */
export function validateNewStaffUser(
  input: NewStaffUser,
): { ok: true; value: ValidNewStaffUser } | { ok: false; problems: NewUserProblem[] } {
  const problems: NewUserProblem[] = [];
  const username = normalizeUsername(input.username);
  const displayName = input.displayName.normalize('NFKC').trim();
  const departmentCode = input.departmentCode?.trim() || undefined;

  if (!isValidUsername(username)) {
    problems.push({
      field: 'username',
      message: '用户名需要2到64个字符，以字母、数字或汉字开头，只能包含字母、数字、汉字和 . _ -。',
    });
  }
  if (displayName.length === 0 || displayName.length > 64) {
    problems.push({ field: 'displayName', message: '姓名不能为空，也不能超过64个字符。' });
  }
  const role = input.role.trim();
  if (!isRole(role)) {
    problems.push({ field: 'role', message: `角色只能是以下之一：${ROLES.join('、')}。` });
  } else if (role === 'department' && departmentCode === undefined) {
    problems.push({
      field: 'departmentCode',
      message: '部门工作人员必须指定所属部门（例如 civil_affairs），因为他们只能看到本部门的案件。',
    });
  } else if (role !== 'department' && departmentCode !== undefined) {
    problems.push({
      field: 'departmentCode',
      message: '只有部门工作人员（department）才绑定部门；其他角色请不要填写部门。',
    });
  }
  if (departmentCode !== undefined && !DEPARTMENT_CODE.test(departmentCode)) {
    problems.push({
      field: 'departmentCode',
      message: '部门代码只能用小写英文字母、数字和下划线，并以字母开头，例如 civil_affairs。',
    });
  }
  const weak = passwordProblem(input.password);
  if (weak !== undefined) problems.push({ field: 'password', message: weak });

  if (problems.length > 0 || !isRole(role)) return { ok: false, problems };
  return { ok: true, value: { username, displayName, role, departmentCode, password: input.password } };
}
