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
  } else if (h.status === 'follow_up') {
    parts.push('已交回机器人，待回访');
    if (h.followUpDueAt)
      parts.push(`回访时间 ${new Date(h.followUpDueAt).toLocaleString('zh-CN', { hour12: false })}`);
  } else {
    parts.push('待接手');
    parts.push(`已等待 ${elapsed(h.createdAt)}`);
  }
  // Once someone holds it, 「超时未接手」 is history (the times stay for reports).
  if (h.status === 'queued' && h.overdue) parts.push('超时未接手');
  if (h.status !== 'resolved' && h.stale) parts.push('超过10分钟未回复居民');
  if (h.unanswered > 0) parts.push(`${h.unanswered}条消息待回复`);
  if (h.residentWarnings > 0) parts.push(`已提醒居民${h.residentWarnings}次`);
  return parts.join(' · ');
}
