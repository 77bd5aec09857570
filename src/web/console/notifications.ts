import type { HandoffView } from '../../handoff/handoff-types.js';
import { el } from './elements.js';
import { beep } from './sound.js';

declare global {
  interface Window {
    /** How many alerts the page raised; the browser test reads it (sound and notifications are not observable). */
    __consoleAlerts?: number;
  }
}

/** Shows 「开启桌面通知」 only while the browser has not been asked yet. */
export function updateNotifyButton(): void {
  el.notifyEnable.hidden = !('Notification' in window) || Notification.permission !== 'default';
}

/** Wires 「开启桌面通知」 to the browser's permission prompt. */
export function installNotifyButton(): void {
  el.notifyEnable.addEventListener('click', () => {
    void (async () => {
      try {
        await Notification.requestPermission();
      } catch {
        /* ignored: the sound still works */
      }
      updateNotifyButton();
    })();
  });
}

/** Rings and, when permitted, shows a desktop notification that opens the handoff when clicked. */
export class Alerts {
  /** Handoffs already announced, so an update does not ring again. */
  private readonly announced = new Set<string>();

  constructor(private readonly open: (handoffId: string) => void) {}

  /** Rings, then shows a desktop notification when the operator allowed them. */
  notify(title: string, body: string, handoffId: string): void {
    window.__consoleAlerts = (window.__consoleAlerts ?? 0) + 1;
    beep();
    if (!('Notification' in window) || Notification.permission !== 'granted') return;
    try {
      const n = new Notification(title, { body, tag: `handoff-${handoffId}`, requireInteraction: true });
      n.onclick = () => {
        window.focus();
        this.open(handoffId);
        n.close();
      };
    } catch {
      /* some browsers allow notifications only from a service worker */
    }
  }

  /** Rings once for a critical handoff waiting for someone. */
  announceIfCritical(handoff: HandoffView): void {
    if (handoff.priority !== 'critical' || handoff.status !== 'queued') return;
    if (this.announced.has(handoff.id)) return;
    this.announced.add(handoff.id);
    this.notify('紧急求助', handoff.preview || '有一条紧急求助等待接手', handoff.id);
  }

  /** Counts a critical handoff as announced without ringing (the list shown right after login). */
  markSeen(handoff: HandoffView): void {
    if (handoff.priority === 'critical') this.announced.add(handoff.id);
  }
}
