import type { HandoffView } from '../../handoff/handoff-types.js';
import { api } from './api.js';
import { renderCaseHead } from './case-head.js';
import { caseStateText } from './case-state.js';
import { showText } from './dom.js';
import { el } from './elements.js';
import { messageOf, statusOf } from './http.js';
import { markSelectedRow, renderQueue, tickQueueTimers } from './queue-view.js';
import { saveSelection } from './session.js';
import type { Desk, DeskState, QueueTab } from './state.js';
import { renderEarlier, renderSummary } from './summary-panel.js';
import { appendMessage, renderTranscript } from './transcript-view.js';
import { renderNotes } from './notes-panel.js';
import { filterQuery } from './queue-filters.js';
import { refreshCanned } from './canned-panel.js';
import { hideResidentTyping } from './typing-signal.js';

/** The desk as the page's start-up code drives it: the Desk parts ask for, plus the tabs and the clock. */
export type DeskController = Desk & { setTab(tab: QueueTab): void; tick(): void; refilter(): void };

/** The desk: the queue, the case on screen and the selection (kept in the URL hash and sessionStorage). */
export function createDesk(): DeskController {
  const state: DeskState = { queue: new Map(), resolved: [], tab: 'open', current: null, selectedId: null };
  let refilterTimer: ReturnType<typeof setTimeout> | undefined;

  function rememberSelection(id: string | null): void {
    state.selectedId = id;
    saveSelection(id);
    if (id) {
      if (location.hash !== `#${id}`) history.replaceState(null, '', `#${id}`);
    } else {
      history.replaceState(null, '', location.pathname + location.search);
    }
    markSelectedRow(id);
  }

  const desk = {
    state,

    renderQueue(): void {
      renderQueue(state, (id) => void desk.select(id));
      if (state.current) el.caseState.textContent = caseStateText(state.current.handoff);
    },

    /** Updates the running timers once a second without rebuilding anything. */
    tick(): void {
      tickQueueTimers();
      if (state.current) el.caseState.textContent = caseStateText(state.current.handoff);
    },

    showBanner(text: string): void {
      showText(el.banner, text);
    },

    showCaseError(text: string): void {
      showText(el.caseError, text);
    },

    /** With filters set, the server decides what matches: the list is read again shortly after a change. */
    refilter(): void {
      clearTimeout(refilterTimer);
      refilterTimer = setTimeout(() => {
        desk.loadOpen().catch((error: unknown) => desk.showBanner(messageOf(error)));
      }, 300);
    },

    upsert(handoff: HandoffView): void {
      if (handoff.status === 'resolved') state.queue.delete(handoff.id);
      else if (filterQuery() === null || state.queue.has(handoff.id)) state.queue.set(handoff.id, handoff);
      if (filterQuery() !== null) desk.refilter();
      if (state.current?.id === handoff.id) {
        state.current.handoff = handoff;
        renderCaseHead(state.current);
      }
      if (state.tab === 'resolved' && handoff.status === 'resolved')
        desk.loadResolved().catch((error: unknown) => desk.showBanner(messageOf(error)));
      desk.renderQueue();
    },

    replaceQueue(handoffs: readonly HandoffView[]): void {
      state.queue.clear();
      for (const h of handoffs) state.queue.set(h.id, h);
    },

    async loadOpen(): Promise<void> {
      const query = filterQuery();
      const data = query === null ? await api.handoffs('open') : await api.search(query);
      desk.replaceQueue(data.handoffs);
      desk.renderQueue();
    },

    async loadResolved(): Promise<void> {
      const data = await api.handoffs('resolved');
      state.resolved = data.handoffs;
      if (state.tab === 'resolved') desk.renderQueue();
    },

    setTab(tab: QueueTab): void {
      state.tab = tab;
      el.tabOpen.setAttribute('aria-selected', String(tab === 'open'));
      el.tabResolved.setAttribute('aria-selected', String(tab === 'resolved'));
      desk.renderQueue();
      if (tab === 'resolved')
        desk.loadResolved().catch((error: unknown) => desk.showBanner(messageOf(error)));
    },

    async select(id: string): Promise<void> {
      if (!id) return;
      rememberSelection(id);
      desk.showCaseError('');
      el.placeholder.hidden = true;
      el.caseView.hidden = false;
      try {
        await desk.loadCase(id);
      } catch (error) {
        if (statusOf(error) === 404) {
          desk.closeCase();
          desk.showBanner('这条求助已不存在。');
        } else if (statusOf(error) !== 401) {
          desk.showCaseError(messageOf(error));
        }
      }
    },

    async loadCase(id: string): Promise<void> {
      const data = await api.detail(id);
      // The operator may have opened another case while this one was loading.
      if (state.selectedId !== id) return;
      const keepDraft = state.current?.id === id ? el.replyInput.value : '';
      const current = {
        id,
        handoff: data.handoff,
        summary: data.summary,
        earlierCases: data.earlierCases,
        messageIds: new Set<string>(),
        notes: data.notes,
      };
      const opened = state.current?.id !== id;
      state.current = current;
      if (opened) hideResidentTyping();
      if (data.handoff.status !== 'resolved') state.queue.set(id, data.handoff);
      renderTranscript(current, data.transcript);
      renderSummary(current);
      renderEarlier(current);
      renderNotes(current);
      renderCaseHead(current);
      if (opened) refreshCanned(desk);
      el.replyInput.value = keepDraft;
      desk.renderQueue();
    },

    closeCase(): void {
      state.current = null;
      rememberSelection(null);
      el.caseView.hidden = true;
      el.placeholder.hidden = false;
    },

    appendMessage(message): void {
      if (state.current) appendMessage(state.current, message);
    },

    reset(): void {
      state.queue.clear();
      state.current = null;
    },
  } satisfies DeskController;
  return desk;
}
