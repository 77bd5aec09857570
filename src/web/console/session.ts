// Token, user and selected handoff live in sessionStorage (the selection also in the URL hash), so a
// reload or a dropped connection comes back to the same place, and closing the tab logs the desk out.
import type { PublicStaffUser } from '../../auth/staff-user.js';

const TOKEN_KEY = 'yimen.console.token';
const USER_KEY = 'yimen.console.user';
const SELECTED_KEY = 'yimen.console.selected';

/** The logged-in operator as the page remembers them. */
export type ConsoleUser = Pick<PublicStaffUser, 'id' | 'username' | 'displayName' | 'role'>;

function readUser(text: string | null): ConsoleUser | null {
  if (!text) return null;
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && 'id' in value ? (value as ConsoleUser) : null;
  } catch {
    return null;
  }
}

/** Who is logged in on this tab: the bearer token and the user, both null when logged out. */
export const session: { token: string | null; user: ConsoleUser | null } = {
  token: sessionStorage.getItem(TOKEN_KEY),
  user: readUser(sessionStorage.getItem(USER_KEY)),
};

/** Remembers a fresh login. */
export function saveLogin(token: string, user: ConsoleUser): void {
  session.token = token;
  session.user = user;
  sessionStorage.setItem(TOKEN_KEY, token);
  sessionStorage.setItem(USER_KEY, JSON.stringify(user));
}

/** Remembers the user the server named for the saved token. */
export function saveUser(user: ConsoleUser): void {
  session.user = user;
  sessionStorage.setItem(USER_KEY, JSON.stringify(user));
}

/** Forgets the login (the selection stays, for the next login on this tab). */
export function clearLogin(): void {
  session.token = null;
  session.user = null;
  sessionStorage.removeItem(TOKEN_KEY);
  sessionStorage.removeItem(USER_KEY);
}

/** The handoff selected before a reload, or null. */
export function savedSelection(): string | null {
  return sessionStorage.getItem(SELECTED_KEY);
}

/** Remembers the selected handoff, or forgets it. */
export function saveSelection(id: string | null): void {
  if (id) sessionStorage.setItem(SELECTED_KEY, id);
  else sessionStorage.removeItem(SELECTED_KEY);
}
