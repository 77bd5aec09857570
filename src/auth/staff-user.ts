/** The staff roles; what each may do is decided where a route calls `requireStaff`. */
export const ROLES = ['admin', 'operator', 'department', 'volunteer', 'window_head'] as const;

/** One staff role. */
export type Role = (typeof ROLES)[number];

/** Chinese names of the roles, for the CLI and the console. */
export const ROLE_LABELS: Readonly<Record<Role, string>> = {
  admin: '管理员',
  operator: '窗口/热线工作人员',
  department: '部门工作人员',
  volunteer: '志愿者/网格员',
  window_head: '窗口负责人',
};

interface StaffUserBase {
  readonly id: string;
  readonly username: string;
  readonly displayName: string;
  readonly active: boolean;
  readonly createdAt: Date;
  readonly lastLoginAt: Date | undefined;
}

/**
 * A staff account as the rest of the service sees it (never with its password hash). Only department
 * users carry a department, so a scope check cannot forget the case where one is missing.
 */
export type StaffUser =
  | (StaffUserBase & { readonly role: 'department'; readonly departmentCode: string })
  | (StaffUserBase & { readonly role: Exclude<Role, 'department'>; readonly departmentCode?: undefined });

/** True when `value` is one of the roles. */
export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

/** A staff account as the API shows it (login, who-am-I): no password hash, no timestamps. */
export interface PublicStaffUser {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  /** Set only for department users: the cases they may see. */
  departmentCode: string | null;
}

/** What a successful login answers (POST /api/v1/auth/login). */
export interface LoginResponse {
  /** Opaque bearer token: send it as `Authorization: Bearer <token>`. */
  token: string;
  tokenType: 'Bearer';
  /** ISO time after which the token stops working. */
  expiresAt: string;
  user: PublicStaffUser;
}
