import type { HandoffView } from '../../handoff/handoff-types.js';
import { make } from './dom.js';
import { el } from './elements.js';
import { clockTime, elapsed } from './format.js';
import { holderName, mine } from './holder.js';
import { channelLabel, PRIORITY_LABEL, PRIORITY_RANK, STATUS_LABEL } from './labels.js';
import { categoryLabel, outcomeLabel } from './meta.js';
import type { DeskState } from './state.js';

/** Most urgent first, then longest waiting. */
function compareHandoffs(a: HandoffView, b: HandoffView): number {
  const rank = PRIORITY_RANK[a.priority] - PRIORITY_RANK[b.priority];
  if (rank !== 0) return rank;
  return Date.parse(a.createdAt) - Date.parse(b.createdAt);
}

function statusText(h: HandoffView): string {
  if (h.status === 'claimed') return mine(h) ? '我正在处理' : `${holderName(h)} 处理中`;
  if (h.status === 'resolved' && h.outcome) return `已结案 · ${outcomeLabel(h.outcome)}`;
  return STATUS_LABEL[h.status];
}

function queueRow(h: HandoffView, selectedId: string | null, onSelect: (id: string) => void): HTMLLIElement {
  const li = make('li', `row priority-${h.priority}`);
  li.dataset.id = h.id;
  const open = h.status !== 'resolved';
  const waiting = h.status === 'queued';
  if (waiting && h.overdue) li.classList.add('overdue');
  if (open && h.stale) li.classList.add('stale');
  if (h.status === 'claimed') li.classList.add('claimed');
  if (h.id === selectedId) li.classList.add('selected');

  const button = make('button', 'row-button');
  button.type = 'button';
  button.addEventListener('click', () => onSelect(h.id));

  const top = make('div', 'row-top');
  top.append(make('span', `badge ${h.priority}`, PRIORITY_LABEL[h.priority]));
  const wait = make('span', 'wait');
  wait.dataset.since = open ? h.createdAt : '';
  if (!open) wait.textContent = clockTime(h.createdAt);
  top.append(wait);
  if (waiting && h.overdue) top.append(make('span', 'flag overdue-flag', '超时未接手'));
  if (open && h.stale) top.append(make('span', 'flag stale-flag', '久未回复'));
  if (open && h.unanswered > 0) top.append(make('span', 'flag unanswered-flag', `${h.unanswered}条待回复`));
  if (open && h.residentWarnings > 0) top.append(make('span', 'flag warned-flag', '已提醒居民'));
  li.append(button);
  button.append(top);

  // Who is in danger, where, and what kind of danger: the row says it before the last message does.
  const facts = make('div', 'row-facts');
  facts.append(make('span', 'row-who', h.who ?? '对象未知'));
  facts.append(make('span', 'row-place', h.place ?? '位置未知'));
  if (h.riskCategory) facts.append(make('span', 'row-category', categoryLabel(h.riskCategory)));
  button.append(facts);

  const meta = make('div', 'row-meta');
  meta.append(make('span', 'row-status', statusText(h)));
  meta.append(make('span', 'row-channel', channelLabel(h.channel)));
  button.append(meta);

  if (h.reasons.length) {
    const reasons = make('div', 'reasons');
    for (const reason of h.reasons) reasons.append(make('span', 'reason', reason));
    button.append(reasons);
  }
  button.append(make('p', 'preview', h.preview || '（没有文字）'));
  return li;
}

/** The open handoffs in queue order (the server may still list one just resolved). */
export function openHandoffs(state: DeskState): HandoffView[] {
  return [...state.queue.values()].filter((h) => h.status !== 'resolved').sort(compareHandoffs);
}

/** Rebuilds the list of the current tab and the open count. */
export function renderQueue(state: DeskState, onSelect: (id: string) => void): void {
  const open = openHandoffs(state);
  const items = state.tab === 'open' ? open : state.resolved;
  el.openCount.textContent = String(open.length);
  el.queueEmpty.textContent = state.tab === 'open' ? '现在没有等待处理的求助。' : '还没有已结案的求助。';
  el.queueEmpty.hidden = items.length > 0;
  el.queue.replaceChildren(...items.map((h) => queueRow(h, state.selectedId, onSelect)));
  tickQueueTimers();
}

/** Updates the running timers without rebuilding the list. */
export function tickQueueTimers(): void {
  for (const node of el.queue.querySelectorAll<HTMLElement>('.wait[data-since]')) {
    if (node.dataset.since) node.textContent = `等待 ${elapsed(node.dataset.since)}`;
  }
}

/** Highlights the selected row. */
export function markSelectedRow(id: string | null): void {
  for (const row of el.queue.querySelectorAll<HTMLElement>('.row')) {
    row.classList.toggle('selected', row.dataset.id === id);
  }
}
