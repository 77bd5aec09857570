import type { ConsoleMeta } from '../../handoff/console-meta.js';
import { make } from './dom.js';
import { el } from './elements.js';

function option(value: string, label: string): HTMLOptionElement {
  const node = make('option', '', label);
  node.value = value;
  return node;
}

/** Fills the filters' choices: open statuses, risk categories (from the server) and colleagues. */
export function fillFilterChoices(
  labels: ConsoleMeta,
  colleagues: { id: string; displayName: string }[],
): void {
  el.filterStatus.replaceChildren(
    option('', '全部状态'),
    ...labels.handoffStatuses.filter((s) => s.code !== 'resolved').map((s) => option(s.code, s.label)),
  );
  el.filterCategory.replaceChildren(
    option('', '全部类别'),
    ...labels.riskCategories.map((c) => option(c.code, c.label)),
  );
  el.filterOperator.replaceChildren(
    option('', '全部经办人'),
    ...colleagues.map((c) => option(c.id, c.displayName)),
  );
}

/** The open queue's filters as a query string, or null when none is set (the live queue as it comes). */
export function filterQuery(): string | null {
  const params = new URLSearchParams();
  const q = el.filterQ.value.trim();
  if (q) params.set('q', q);
  if (el.filterPriority.value) params.set('priority', el.filterPriority.value);
  if (el.filterCategory.value) params.set('category', el.filterCategory.value);
  if (el.filterOperator.value) params.set('operator', el.filterOperator.value);
  if ([...params.keys()].length === 0 && !el.filterStatus.value) return null;
  params.set('status', el.filterStatus.value || 'open');
  return params.toString();
}

/** Calls `changed` when a filter changes, after a short pause while typing a search. */
export function onFiltersChange(changed: () => void): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const later = (ms: number) => {
    clearTimeout(timer);
    timer = setTimeout(changed, ms);
  };
  el.filters.addEventListener('submit', (event) => {
    event.preventDefault();
    later(0);
  });
  el.filterQ.addEventListener('input', () => later(300));
  for (const select of [el.filterStatus, el.filterPriority, el.filterCategory, el.filterOperator])
    select.addEventListener('change', () => later(0));
}
