import { api } from './api.js';
import { el } from './elements.js';
import { holderName, isUuid } from './holder.js';
import { messageOf, statusOf } from './http.js';
import type { Desk } from './state.js';

/** When two operators click 「接手」 together one wins; the other is told who. */
async function claim(desk: Desk): Promise<void> {
  const current = desk.state.current;
  if (!current) return;
  const id = current.id;
  el.claim.disabled = true;
  desk.showCaseError('');
  try {
    const data = await api.claim(id);
    desk.upsert(data.handoff);
    el.replyInput.focus();
  } catch (error) {
    if (statusOf(error) === 409) {
      let name = '';
      try {
        const fresh = await api.detail(id);
        desk.upsert(fresh.handoff);
        const by = fresh.handoff.claimedBy;
        name = by && !isUuid(by) ? holderName(fresh.handoff) : '';
      } catch {
        /* the message below still says what happened */
      }
      desk.showCaseError(name ? `已被${name}接手` : messageOf(error) || '已被其他工作人员接手');
    } else if (statusOf(error) !== 401) {
      desk.showCaseError(messageOf(error));
    }
  } finally {
    el.claim.disabled = false;
  }
}

/** 「交还给机器人」: the bot takes the conversation back, after the operator confirms. */
async function release(desk: Desk): Promise<void> {
  const current = desk.state.current;
  if (!current) return;
  if (!window.confirm('交还给机器人后，机器人会继续和居民对话。确定吗？')) return;
  desk.showCaseError('');
  try {
    const data = await api.release(current.id);
    desk.upsert(data.handoff);
  } catch (error) {
    if (statusOf(error) !== 401) desk.showCaseError(messageOf(error));
  }
}

/** Wires the case header's buttons: claim, hand back, close. */
export function installCaseActions(desk: Desk): void {
  el.claim.addEventListener('click', () => void claim(desk));
  el.release.addEventListener('click', () => void release(desk));
  el.closeCase.addEventListener('click', () => desk.closeCase());
}
