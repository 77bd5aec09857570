import type { PublicStaffUser } from '../../auth/staff-user.js';
import { api } from './api.js';
import { el } from './elements.js';
import { messageOf, statusOf, whenUnauthorized } from './http.js';
import { updateNotifyButton } from './notifications.js';
import { clearLogin, saveLogin, saveUser, session } from './session.js';
import { unlockAudio } from './sound.js';

const DESK_ROLES: readonly PublicStaffUser['role'][] = ['operator', 'admin'];

/** What logging in and out starts and stops. */
export interface DeskLifecycle {
  /** Opens the desk for the logged-in user. */
  start(): void;
  /** Closes the connection and forgets what was shown. */
  stop(): void;
}

/** Shows the login form, with a message when there is one. */
export function showLogin(message: string): void {
  el.appView.hidden = true;
  el.loginView.hidden = false;
  el.loginError.hidden = !message;
  el.loginError.textContent = message;
  el.loginPass.value = '';
  (el.loginUser.value ? el.loginPass : el.loginUser).focus();
}

/** Shows the desk with the operator's name. */
export function showApp(): void {
  el.loginView.hidden = true;
  el.appView.hidden = false;
  el.me.textContent = session.user?.displayName ?? '';
  updateNotifyButton();
}

/** Login, logout and the saved session: the desk opens only for operators and admins. */
export class LoginFlow {
  constructor(private readonly desk: DeskLifecycle) {}

  /** Ends the session here (the server's token may already be gone) and shows the login form. */
  signOut(message: string): void {
    clearLogin();
    this.desk.stop();
    showLogin(message);
  }

  /** Wires the login form and the logout button, and signs out when the server refuses the token. */
  install(): void {
    whenUnauthorized((message) => this.signOut(message));
    el.loginForm.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.login();
    });
    el.logout.addEventListener('click', () => {
      void (async () => {
        if (session.token) await api.logout().catch(() => {});
        this.signOut('');
      })();
    });
  }

  private async login(): Promise<void> {
    unlockAudio();
    el.loginSubmit.disabled = true;
    el.loginError.hidden = true;
    try {
      const result = await api.login(el.loginUser.value.trim(), el.loginPass.value);
      if (!DESK_ROLES.includes(result.user.role)) {
        // End the session the server just opened; this account has no use for it here.
        session.token = result.token;
        await api.logout().catch(() => {});
        session.token = null;
        showLogin('值班台只对窗口/热线工作人员和管理员开放。');
        return;
      }
      saveLogin(result.token, result.user);
      this.desk.start();
    } catch (error) {
      showLogin(messageOf(error));
    } finally {
      el.loginSubmit.disabled = false;
    }
  }

  /** After a reload: checks that the saved token still works before showing the desk. */
  async resume(): Promise<void> {
    if (!session.token) {
      showLogin('');
      return;
    }
    try {
      const me = await api.me();
      saveUser(me.user);
      this.desk.start();
    } catch (error) {
      // A 401 has already signed out with its own message.
      if (statusOf(error) !== 401) showLogin(messageOf(error));
    }
  }
}
