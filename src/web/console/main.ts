// The operator console: the green-channel queue, pushed live over /ws/console, and the case a window or
// hotline operator is working on. Every text from a resident, an operator or the server is set as text
// (dom.ts `make`, textContent), so an HTML or script payload stays inert. This file only wires the parts.
import { api } from './api.js';
import { installCaseActions } from './case-actions.js';
import { showConnection } from './connection-status.js';
import { createDesk } from './desk.js';
import { el } from './elements.js';
import { renderHotlines } from './hotlines-panel.js';
import { messageOf, statusOf } from './http.js';
import { LiveUpdates } from './live-updates.js';
import { LoginFlow, showApp } from './login.js';
import { meta, useMeta } from './meta.js';
import { Alerts, installNotifyButton } from './notifications.js';
import { installReplyBox } from './reply-box.js';
import { fillResolveChoices, installResolveForm } from './resolve-form.js';
import { savedSelection, session } from './session.js';
import { ConsoleSocket } from './socket.js';
import { unlockAudioOnGesture } from './sound.js';
import { installNotes } from './notes-panel.js';
import { fillTransferTargets, installTransferForm } from './transfer-form.js';
import { installCannedPanel } from './canned-panel.js';
import { fillFilterChoices, onFiltersChange } from './queue-filters.js';
import { installShortcuts } from './shortcuts.js';
import { installTypingSignal } from './typing-signal.js';

const desk = createDesk();
const alerts = new Alerts((id) => void desk.select(id));
const live = new LiveUpdates(desk, alerts, (message) => loginFlow.signOut(message));
const socket = new ConsoleSocket(() => session.token, {
  frame: (frame) => live.handle(frame),
  state: showConnection,
});
const loginFlow = new LoginFlow({
  start: () => void startDesk(),
  stop: () => {
    socket.stop();
    desk.reset();
  },
});

/** Labels come from the server once per page; without them codes show as themselves and the desk still works. */
async function loadMeta(): Promise<void> {
  if (meta()) return;
  try {
    const labels = await api.meta();
    useMeta(labels);
    fillResolveChoices(labels);
    renderHotlines(labels.hotlines);
    const { colleagues } = await api.colleagues();
    fillFilterChoices(labels, colleagues);
    await fillTransferTargets();
  } catch (error) {
    if (statusOf(error) !== 401) desk.showBanner(messageOf(error));
  }
}

async function startDesk(): Promise<void> {
  showApp();
  await loadMeta();
  // A refused token during the labels' request has signed out already.
  if (!session.token) return;
  socket.start();
  try {
    await desk.loadOpen();
  } catch (error) {
    if (statusOf(error) !== 401) desk.showBanner(messageOf(error));
  }
  const wanted = location.hash.slice(1) || savedSelection();
  if (wanted && session.token) void desk.select(decodeURIComponent(wanted));
}

unlockAudioOnGesture();
installNotifyButton();
installCaseActions(desk);
installReplyBox(desk);
installResolveForm(desk);
installNotes(desk);
installTransferForm(desk);
installCannedPanel(desk);
installShortcuts(desk);
installTypingSignal(desk, (id) => socket.typing(id));
onFiltersChange(() => {
  desk.loadOpen().catch((error: unknown) => {
    if (statusOf(error) !== 401) desk.showBanner(messageOf(error));
  });
});
el.tabOpen.addEventListener('click', () => desk.setTab('open'));
el.tabResolved.addEventListener('click', () => desk.setTab('resolved'));
window.addEventListener('hashchange', () => {
  const id = decodeURIComponent(location.hash.slice(1));
  if (id && id !== desk.state.selectedId && session.token) void desk.select(id);
});
setInterval(() => desk.tick(), 1000);
loginFlow.install();
void loginFlow.resume();
