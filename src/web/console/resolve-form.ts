import type { ConsoleMeta } from '../../handoff/console-meta.js';
import { api, type ResolveInput } from './api.js';
import { make } from './dom.js';
import { el } from './elements.js';
import { messageOf, statusOf } from './http.js';
import { meta } from './meta.js';
import type { Desk } from './state.js';

function option(value: string, label: string): HTMLOptionElement {
  const node = make('option', '', label);
  node.value = value;
  return node;
}

/** Fills the outcome and assistance-type choices from the server's labels. */
export function fillResolveChoices(labels: ConsoleMeta): void {
  el.resolveOutcome.replaceChildren(
    option('', '请选择…'),
    ...labels.outcomes.filter((o) => o.choosable).map((o) => option(o.code, o.label)),
  );
  // The assistance type chosen is applied to the case (created for a transfer when none is linked).
  el.resolveType.replaceChildren(
    option('', '暂不确定'),
    ...labels.assistanceTypes.map((t) => option(t.code, t.label)),
  );
}

/** What the form says, checked against the choices the server offered. */
function readForm(): ResolveInput | null {
  const labels = meta();
  const outcome = labels?.outcomes.find((o) => o.choosable && o.code === el.resolveOutcome.value);
  if (!outcome || outcome.code === 'handed_back') return null;
  const note = el.resolveNote.value.trim();
  const type = labels?.assistanceTypes.find((t) => t.code === el.resolveType.value);
  return {
    outcome: outcome.code,
    ...(note ? { note } : {}),
    ...(type ? { caseType: type.code } : {}),
  };
}

async function resolve(desk: Desk): Promise<void> {
  const current = desk.state.current;
  if (!current) return;
  const input = readForm();
  if (!input) {
    desk.showCaseError('请选择处理结果。');
    return;
  }
  el.resolveSubmit.disabled = true;
  desk.showCaseError('');
  try {
    const data = await api.resolve(current.id, input);
    desk.upsert({ ...data.handoff, outcome: data.handoff.outcome ?? input.outcome });
    el.resolveForm.reset();
  } catch (error) {
    if (statusOf(error) !== 401) desk.showCaseError(messageOf(error));
  } finally {
    el.resolveSubmit.disabled = false;
  }
}

/** 「结案」: an outcome, a note (required for a critical request), and the assistance type the case is for. */
export function installResolveForm(desk: Desk): void {
  el.resolveForm.addEventListener('submit', (event) => {
    event.preventDefault();
    void resolve(desk);
  });
}
