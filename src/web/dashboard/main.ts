// The oversight dashboard at /console/dashboard (admins and window heads): figures of a period as charts
// and tables, the monthly report as a workbook or a printed page, ledger export, recipients import, the
// overdue cases and deadline notices. Every text from the server is set as text, never as HTML.
import type { PublicStaffUser } from '../../auth/staff-user.js';
import { make, showText } from '../console/dom.js';
import { messageOf, statusOf, whenUnauthorized } from '../console/http.js';
import { clearLogin, saveLogin, session } from '../console/session.js';
import { api } from './api.js';
import { openCaseFromHash } from './case-panel.js';
import { resizeCharts } from './charts.js';
import { el } from './elements.js';
import { loadNotices } from './notices.js';
import { table } from './table.js';
import { renderFigures } from './views.js';

const ROLES: readonly PublicStaffUser['role'][] = ['admin', 'window_head'];

const iso = (d: Date) =>
  `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

function setMonth(offset: number): void {
  const now = new Date();
  const first = new Date(now.getFullYear(), now.getMonth() + offset, 1);
  const last = offset === 0 ? now : new Date(now.getFullYear(), now.getMonth() + offset + 1, 0);
  el.from.value = iso(first);
  el.to.value = iso(last);
}

function showLogin(message: string): void {
  el.appView.hidden = true;
  el.loginView.hidden = false;
  showText(el.loginError, message);
  el.loginUser.focus();
}

function signOut(message: string): void {
  clearLogin();
  showLogin(message);
}

async function guarded(work: () => Promise<void>): Promise<void> {
  showText(el.banner, '');
  try {
    await work();
  } catch (error) {
    if (statusOf(error) !== 401) showText(el.banner, messageOf(error));
  }
}

const load = () =>
  guarded(async () => {
    document.body.dataset.state = 'loading';
    const figures = await api.figures(el.from.value, el.to.value);
    renderFigures(figures);
    document.body.dataset.state = 'ready';
    await loadNotices();
  });

function start(): void {
  const user = session.user;
  if (!user || !ROLES.includes(user.role)) {
    signOut('监督看板只对管理员和窗口负责人开放，请用相应账号登录。');
    return;
  }
  el.loginView.hidden = true;
  el.appView.hidden = false;
  el.me.textContent = user.displayName;
  el.importPanel.hidden = user.role !== 'admin';
  if (!el.from.value) setMonth(0);
  void load().then(() => openCaseFromHash(() => void load()));
}

el.loginForm.addEventListener('submit', (event) => {
  event.preventDefault();
  void (async () => {
    try {
      const result = await api.login(el.loginUser.value.trim(), el.loginPass.value);
      saveLogin(result.token, result.user);
      el.loginPass.value = '';
      start();
    } catch (error) {
      showText(el.loginError, messageOf(error));
    }
  })();
});
el.logout.addEventListener(
  'click',
  () =>
    void api
      .logout()
      .catch(() => undefined)
      .then(() => signOut('')),
);
el.periodForm.addEventListener('submit', (event) => {
  event.preventDefault();
  void load();
});
el.thisMonth.addEventListener('click', () => {
  setMonth(0);
  void load();
});
el.lastMonth.addEventListener('click', () => {
  setMonth(-1);
  void load();
});
el.downloadReport.addEventListener('click', () => void guarded(() => api.report(el.from.value, el.to.value)));
el.printReport.addEventListener('click', () => window.print());
el.exportXlsx.addEventListener(
  'click',
  () => void guarded(() => api.ledger(el.from.value, el.to.value, 'xlsx')),
);
el.exportCsv.addEventListener(
  'click',
  () => void guarded(() => api.ledger(el.from.value, el.to.value, 'csv')),
);
el.importForm.addEventListener('submit', (event) => {
  event.preventDefault();
  const file = el.importFile.files?.[0];
  if (!file) return;
  void guarded(async () => {
    const result = await api.importRecipients(file);
    el.importResult.replaceChildren(
      make(
        'p',
        '',
        `已导入 ${result.imported} 人（新增 ${result.added}，更新 ${result.updated}）；${result.rejected.length} 行有问题未导入。`,
      ),
      ...(result.rejected.length
        ? [
            table(
              '未导入的行',
              ['行号', '原因'],
              result.rejected.map((r) => [r.row, r.reason]),
            ),
          ]
        : []),
    );
  });
});
window.addEventListener('hashchange', () => void openCaseFromHash(() => void load()));
window.addEventListener('resize', resizeCharts);
window.addEventListener('beforeprint', resizeCharts);
window.addEventListener('afterprint', resizeCharts);
whenUnauthorized(signOut);

if (session.token) {
  // The console's session carries over; ask the server who it belongs to before showing anything.
  void api.me().then(
    ({ user }) => {
      session.user = user;
      start();
    },
    () => signOut(''),
  );
} else showLogin('');
