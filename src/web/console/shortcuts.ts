import { el } from './elements.js';
import type { Desk } from './state.js';

/** Moves the selection one row up or down the queue as shown. */
function step(desk: Desk, by: 1 | -1): void {
  const rows = [...el.queue.querySelectorAll<HTMLElement>('.row')];
  const at = rows.findIndex((row) => row.dataset.id === desk.state.selectedId);
  const next = rows[Math.min(rows.length - 1, Math.max(0, at + by))];
  if (next?.dataset.id) void desk.select(next.dataset.id);
}

/**
 * Keyboard shortcuts for a shift's routine, on Alt so they never clash with typing Chinese: Alt+C claim,
 * Alt+R reply, Alt+E resolve (the outcome list), Alt+J / Alt+K next / previous in the queue. `code` is read,
 * not `key`, because Alt changes the character on some keyboards.
 */
export function installShortcuts(desk: Desk): void {
  document.addEventListener('keydown', (event) => {
    if (!event.altKey || event.ctrlKey || event.metaKey || event.isComposing) return;
    const visible = (node: HTMLElement) => !node.hidden && !el.caseView.hidden;
    switch (event.code) {
      case 'KeyC':
        if (visible(el.claim)) el.claim.click();
        break;
      case 'KeyR':
        if (visible(el.replyForm)) el.replyInput.focus();
        break;
      case 'KeyE':
        if (visible(el.resolvePanel)) {
          el.resolvePanel.scrollIntoView({ block: 'nearest' });
          el.resolveOutcome.focus();
        }
        break;
      case 'KeyJ':
        step(desk, 1);
        break;
      case 'KeyK':
        step(desk, -1);
        break;
      default:
        return;
    }
    event.preventDefault();
  });
}
