import { el } from './elements.js';
import type { Desk } from './state.js';

const SEND_EVERY_MS = 2000;
const SHOW_FOR_MS = 4000;
let hideTimer: ReturnType<typeof setTimeout> | undefined;

/** Shows 「居民正在输入…」 on the open case for a few seconds when its resident is typing. */
export function showResidentTyping(desk: Desk, conversationId: string): void {
  if (desk.state.current?.handoff.conversationId !== conversationId) return;
  el.residentTyping.hidden = false;
  clearTimeout(hideTimer);
  hideTimer = setTimeout(() => (el.residentTyping.hidden = true), SHOW_FOR_MS);
}

/** Hides the resident's typing note (their message arrived, or another case opened). */
export function hideResidentTyping(): void {
  clearTimeout(hideTimer);
  el.residentTyping.hidden = true;
}

/** Tells the resident's chat page that the operator is typing, at most every two seconds. */
export function installTypingSignal(desk: Desk, send: (handoffId: string) => void): void {
  let last = 0;
  el.replyInput.addEventListener('input', () => {
    const current = desk.state.current;
    const now = Date.now();
    if (!current || !el.replyInput.value.trim() || now - last < SEND_EVERY_MS) return;
    last = now;
    send(current.id);
  });
}
