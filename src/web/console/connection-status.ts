import { el } from './elements.js';
import { CONNECTION_LABEL, type ConnectionState } from './labels.js';

/** Shows the live connection's state in the top bar (the browser test reads `data-state`). */
export function showConnection(state: ConnectionState): void {
  el.conn.textContent = CONNECTION_LABEL[state];
  el.conn.dataset.state = state;
}
