import { caseStateText } from './case-state.js';
import { el } from './elements.js';
import { mine } from './holder.js';
import { PRIORITY_LABEL } from './labels.js';
import type { CurrentCase } from './state.js';

/** The open case's header and which controls the operator has: claim, hand back, reply, resolve. */
export function renderCaseHead(current: CurrentCase): void {
  const h = current.handoff;
  el.caseBadge.className = `badge ${h.priority}`;
  el.caseBadge.textContent = PRIORITY_LABEL[h.priority];
  const name = current.summary.name;
  el.caseHeading.textContent = name ? `${name} 的求助` : '求助详情';
  el.caseState.textContent = caseStateText(h);
  el.caseView.classList.toggle('overdue', h.overdue && h.status === 'queued');
  const holding = mine(h);
  el.claim.hidden = h.status !== 'queued' && h.status !== 'follow_up';
  el.release.hidden = !holding;
  el.replyForm.hidden = !holding;
  el.canned.hidden = !holding;
  el.transferPanel.hidden = !holding;
  el.noteForm.hidden = h.status === 'resolved';
  el.resolvePanel.hidden = h.status === 'resolved' || (h.status === 'claimed' && !holding);
  // A life at risk is closed only with a note saying what was done.
  el.resolveNote.required = h.priority === 'critical';
  el.resolveNoteLabel.textContent = h.priority === 'critical' ? '处理情况（紧急求助必填）' : '备注（可不填）';
}
