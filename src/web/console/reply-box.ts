import { api } from './api.js';
import { el } from './elements.js';
import { messageOf, statusOf } from './http.js';
import type { Desk } from './state.js';

async function sendReply(desk: Desk): Promise<void> {
  const current = desk.state.current;
  if (!current) return;
  const text = el.replyInput.value.trim();
  if (!text) return;
  el.replySend.disabled = true;
  desk.showCaseError('');
  try {
    const data = await api.reply(current.id, text);
    el.replyInput.value = '';
    desk.appendMessage(data.message);
  } catch (error) {
    if (statusOf(error) !== 401) desk.showCaseError(`没有发出去：${messageOf(error)}`);
  } finally {
    el.replySend.disabled = false;
    el.replyInput.focus();
  }
}

/** The reply box: Enter sends, Shift+Enter breaks the line, and an IME composition is never cut short. */
export function installReplyBox(desk: Desk): void {
  el.replyForm.addEventListener('submit', (event) => {
    event.preventDefault();
    void sendReply(desk);
  });
  el.replyInput.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      void sendReply(desk);
    }
  });
}
