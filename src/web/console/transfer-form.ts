import { api } from './api.js';
import { make } from './dom.js';
import { el } from './elements.js';
import { messageOf, statusOf } from './http.js';
import { meta } from './meta.js';
import { session } from './session.js';
import type { Desk } from './state.js';

const COLLEAGUE = 'user:';
const DEPARTMENT = 'dept:';

function option(value: string, label: string): HTMLOptionElement {
  const node = make('option', '', label);
  node.value = value;
  return node;
}

/** Fills 「转给」 with the colleagues on the console and the locality's departments. */
export async function fillTransferTargets(): Promise<void> {
  const { colleagues } = await api.colleagues();
  const me = session.user?.id;
  const people = make('optgroup');
  people.label = '同事';
  people.append(
    ...colleagues.filter((c) => c.id !== me).map((c) => option(`${COLLEAGUE}${c.id}`, c.displayName)),
  );
  const departments = make('optgroup');
  departments.label = '部门（转办）';
  departments.append(...(meta()?.departments ?? []).map((d) => option(`${DEPARTMENT}${d.code}`, d.label)));
  el.transferTarget.replaceChildren(option('', '请选择同事或部门…'), people, departments);
}

/** 「转交」: to a colleague (the conversation moves) or a department (the case moves), always with a reason. */
export function installTransferForm(desk: Desk): void {
  el.transferForm.addEventListener('submit', (event) => {
    event.preventDefault();
    const current = desk.state.current;
    const target = el.transferTarget.value;
    const reason = el.transferReason.value.trim();
    if (!current) return;
    if (!target || !reason) {
      desk.showCaseError('请选择转给谁，并写明原因。');
      return;
    }
    const body = target.startsWith(COLLEAGUE)
      ? { toUserId: target.slice(COLLEAGUE.length), reason }
      : { departmentCode: target.slice(DEPARTMENT.length), reason };
    el.transferSubmit.disabled = true;
    desk.showCaseError('');
    api
      .transfer(current.id, body)
      .then(async ({ handoff }) => {
        el.transferForm.reset();
        desk.upsert(handoff);
        await desk.loadCase(current.id);
      })
      .catch((error: unknown) => {
        if (statusOf(error) !== 401) desk.showCaseError(messageOf(error));
      })
      .finally(() => {
        el.transferSubmit.disabled = false;
      });
  });
}
