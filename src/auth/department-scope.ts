import type { StaffUser } from './staff-user.js';

/**
 * The department whose cases `user` may see, or undefined when the role is not limited to one
 * department. Undefined does not mean "may see everything": which roles may use a route at all is
 * decided by `requireStaff(roles)`.
 */
export function departmentScope(user: StaffUser): string | undefined {
  return user.role === 'department' ? user.departmentCode : undefined;
}
