import type { ConsoleMessage, HandoffDetail, HandoffNote, HandoffView } from '../../handoff/handoff-types.js';

/** The handoff on screen, with the ids of the messages shown (a live push may repeat one already read). */
export interface CurrentCase {
  id: string;
  handoff: HandoffView;
  summary: HandoffDetail['summary'];
  earlierCases: HandoffDetail['earlierCases'];
  messageIds: Set<string>;
  notes: HandoffNote[];
}

/** The two queue tabs. */
export type QueueTab = 'open' | 'resolved';

/** Everything the desk shows, in one place. */
export interface DeskState {
  /** Open handoffs by id, as the server last described them. */
  queue: Map<string, HandoffView>;
  /** Resolved handoffs, fetched when that tab is shown. */
  resolved: HandoffView[];
  tab: QueueTab;
  current: CurrentCase | null;
  selectedId: string | null;
}

/** What the parts of the page (buttons, forms, live updates) may ask of the desk. */
export interface Desk {
  readonly state: DeskState;
  /** Takes the server's newer description of a handoff into the queue and the case on screen. */
  upsert(handoff: HandoffView): void;
  /** Opens a handoff: remembers the choice and reads it in full. */
  select(id: string): Promise<void>;
  /** Reads the selected handoff again (after a reconnect or a hand-back). */
  loadCase(id: string): Promise<void>;
  closeCase(): void;
  /** Shows a transcript line on the open case, once. */
  appendMessage(message: ConsoleMessage): void;
  /** Reads the open queue afresh. */
  loadOpen(): Promise<void>;
  loadResolved(): Promise<void>;
  /** Replaces the open queue with a list the server sent. */
  replaceQueue(handoffs: readonly HandoffView[]): void;
  renderQueue(): void;
  showBanner(text: string): void;
  showCaseError(text: string): void;
  /** Forgets everything shown (at logout). */
  reset(): void;
}
