import type { ConsoleMessage } from '../../handoff/handoff-types.js';
import { make } from './dom.js';
import { el } from './elements.js';
import { clockTime } from './format.js';
import { AUTHOR_LABEL } from './labels.js';
import type { CurrentCase } from './state.js';

// Within this many pixels of the bottom the operator is following along, so a new line scrolls into view.
const FOLLOWING_PX = 40;

/** Adds one line to the transcript of the open case, once per message id; the text is set as text. */
export function appendMessage(current: CurrentCase, m: ConsoleMessage): void {
  if (current.messageIds.has(m.id)) return;
  current.messageIds.add(m.id);
  const li = make('li', `msg ${m.author}`);
  li.dataset.id = m.id;
  const head = make('div', 'msg-head');
  head.append(make('span', 'who', AUTHOR_LABEL[m.author]));
  head.append(make('time', 'at', clockTime(m.at)));
  li.append(head);
  li.append(make('div', 'text', m.text));
  const list = el.transcript;
  const following = list.scrollHeight - list.scrollTop - list.clientHeight < FOLLOWING_PX;
  list.append(li);
  if (following || m.author === 'operator') list.scrollTop = list.scrollHeight;
}

/** Shows a whole transcript, scrolled to the latest line. */
export function renderTranscript(current: CurrentCase, messages: readonly ConsoleMessage[]): void {
  el.transcript.replaceChildren();
  for (const m of messages) appendMessage(current, m);
  el.transcript.scrollTop = el.transcript.scrollHeight;
}
