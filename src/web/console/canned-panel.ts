import { api } from './api.js';
import { make } from './dom.js';
import { el } from './elements.js';
import { messageOf, statusOf } from './http.js';
import type { Desk } from './state.js';

let timer: ReturnType<typeof setTimeout> | undefined;

/** Lists the canned replies matching the search, filled for the open case; a click puts one in the reply box. */
async function search(desk: Desk): Promise<void> {
  const current = desk.state.current;
  if (!current) return;
  try {
    const { replies } = await api.canned(current.id, el.cannedQ.value.trim());
    if (desk.state.current?.id !== current.id) return;
    el.cannedList.replaceChildren(
      ...replies.map((reply) => {
        const li = make('li', '');
        const button = make('button', 'canned-item');
        button.type = 'button';
        button.dataset.id = reply.id;
        button.append(make('strong', '', reply.title), make('span', 'muted', reply.text));
        // Into the box, not sent: the operator reads and adjusts it first.
        button.addEventListener('click', () => {
          el.replyInput.value = reply.text;
          el.replyInput.focus();
        });
        li.append(button);
        return li;
      }),
    );
    if (replies.length === 0) el.cannedList.append(make('li', 'muted', '没有找到，换个词试试。'));
  } catch (error) {
    if (statusOf(error) !== 401) desk.showCaseError(messageOf(error));
  }
}

/** Refreshes the list for a newly opened case. */
export function refreshCanned(desk: Desk): void {
  void search(desk);
}

/** Wires the search box (typing narrows the list after a short pause). */
export function installCannedPanel(desk: Desk): void {
  el.cannedQ.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void search(desk), 200);
  });
}
