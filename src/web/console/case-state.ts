import type { HandoffView } from '../../handoff/handoff-types.js';
import { elapsed } from './format.js';
import { holderName, mine } from './holder.js';
import { outcomeLabel } from './meta.js';

/** The case header's status line: who holds it, how long it has waited, and what is overdue. */
export function caseStateText(h: HandoffView): string {
  const parts: string[] = [];
  if (h.status === 'resolved') {
    parts.push('已结案');
    if (h.outcome) parts.push(outcomeLabel(h.outcome));
  } else if (h.status === 'claimed') {
    parts.push(mine(h) ? '由你处理中' : `${holderName(h)} 处理中`);
    parts.push(`已等待 ${elapsed(h.createdAt)}`);
  } else {
    parts.push('待接手');
    parts.push(`已等待 ${elapsed(h.createdAt)}`);
  }
  if (h.status !== 'resolved' && h.overdue) parts.push('超时未接手');
  if (h.status !== 'resolved' && h.stale) parts.push('超过10分钟未回复居民');
  return parts.join(' · ');
}
