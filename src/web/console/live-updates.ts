import type { ConsoleServerFrame } from '../../handoff/handoff-types.js';
import { channelLabel } from './labels.js';
import type { Alerts } from './notifications.js';
import { statusOf } from './http.js';
import type { Desk } from './state.js';
import { addNote } from './notes-panel.js';
import { session } from './session.js';
import { hideResidentTyping, showResidentTyping } from './typing-signal.js';

/** Applies what the console socket pushes to the desk, and rings for what needs a person now. */
export class LiveUpdates {
  /** False until the first queue after login, which does not ring for every critical case already waiting. */
  private everReady = false;
  private summaryTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly desk: Desk,
    private readonly alerts: Alerts,
    private readonly signOut: (message: string) => void,
  ) {}

  /** The summary follows what the resident writes (a number, a place): read again shortly after. */
  private refreshSummary(id: string): void {
    clearTimeout(this.summaryTimer);
    this.summaryTimer = setTimeout(() => {
      if (this.desk.state.current?.id === id) this.desk.loadCase(id).catch(() => {});
    }, 400);
  }

  /** Handles one frame from the server. */
  handle(frame: ConsoleServerFrame): void {
    const { desk, alerts } = this;
    const { state } = desk;
    switch (frame.type) {
      case 'ready': {
        desk.showBanner('');
        desk.replaceQueue(frame.handoffs);
        for (const h of frame.handoffs) {
          if (this.everReady) alerts.announceIfCritical(h);
          else alerts.markSeen(h);
        }
        this.everReady = true;
        desk.renderQueue();
        if (state.tab === 'resolved') desk.loadResolved().catch(() => {});
        if (state.selectedId) {
          // After a reconnect the case may have moved on: read it again.
          desk.loadCase(state.selectedId).catch((error: unknown) => {
            if (statusOf(error) === 404) desk.closeCase();
          });
        }
        break;
      }
      case 'handoff':
        alerts.announceIfCritical(frame.handoff);
        desk.upsert(frame.handoff);
        break;
      case 'message': {
        if (state.current?.id === frame.handoffId) {
          desk.appendMessage(frame.message);
          if (frame.message.author === 'resident') {
            hideResidentTyping();
            this.refreshSummary(frame.handoffId);
          }
        }
        const h = state.queue.get(frame.handoffId);
        if (frame.message.author === 'resident' && h) {
          state.queue.set(h.id, {
            ...h,
            preview: frame.message.text,
            lastResidentMessageAt: frame.message.at,
          });
          desk.renderQueue();
        }
        break;
      }
      case 'note':
        if (state.current?.id === frame.handoffId) addNote(state.current, frame.note);
        break;
      case 'transfer':
        if (frame.toUserId === session.user?.id) {
          alerts.notify('同事转来一条求助', `${frame.fromName}：${frame.reason}`, frame.handoffId);
          desk.showBanner(`${frame.fromName}把一条求助转给了你：${frame.reason}`);
        }
        break;
      case 'typing':
        showResidentTyping(desk, frame.conversationId);
        break;
      case 'alert': {
        if (frame.kind === 'follow_up_due') {
          alerts.notify('回访到期', '一条交回机器人的求助到了回访时间', frame.handoffId);
          desk.showBanner('有交回机器人的求助到了回访时间，请联系居民后结案。');
          break;
        }
        const h = state.queue.get(frame.handoffId);
        if (h) state.queue.set(h.id, { ...h, overdue: true });
        desk.renderQueue();
        alerts.notify('紧急求助超时未接手', h?.preview || '有一条紧急求助超过2分钟没人接手', frame.handoffId);
        desk.showBanner('有紧急求助超时未接手，请尽快处理。');
        break;
      }
      case 'undelivered':
        desk.showBanner(`有一条消息没能送到居民（${channelLabel(frame.channel)}），请打电话联系。`);
        break;
      case 'pong':
        break;
      case 'error':
        if (frame.code === 'unauthorized' || frame.code === 'forbidden') {
          this.signOut(frame.code === 'forbidden' ? '这个账号不能使用值班台。' : '登录已过期，请重新登录。');
        } else if (frame.message) {
          desk.showBanner(frame.message);
        }
        break;
    }
  }
}
