import type { HandoffNote } from '../../handoff/handoff-types.js';
import { api } from './api.js';
import { make } from './dom.js';
import { el } from './elements.js';
import { clockTime } from './format.js';
import { messageOf, statusOf } from './http.js';
import type { CurrentCase, Desk } from './state.js';

/** 「内部备注」: notes, transfers, hand backs and warnings to the resident, oldest first; set as text. */
export function renderNotes(current: CurrentCase): void {
  el.notes.replaceChildren(
    ...(current.notes.length === 0
      ? [make('li', 'muted', '还没有备注。')]
      : current.notes.map((note) => {
          const li = make('li', `note note-${note.kind}`);
          li.append(make('span', 'note-meta', `${clockTime(note.at)} ${note.author ?? '系统'}`));
          li.append(make('p', 'note-text', note.text));
          return li;
        })),
  );
}

/** Adds a note pushed live (or just written) to the case on screen, once. */
export function addNote(current: CurrentCase, note: HandoffNote): void {
  if (current.notes.some((n) => n.id === note.id)) return;
  current.notes.push(note);
  renderNotes(current);
}

/** Wires the note form: internal only, never sent to the resident. */
export function installNotes(desk: Desk): void {
  el.noteForm.addEventListener('submit', (event) => {
    event.preventDefault();
    const current = desk.state.current;
    const text = el.noteInput.value.trim();
    if (!current || !text) return;
    el.noteSubmit.disabled = true;
    api
      .note(current.id, text)
      .then(({ note }) => {
        el.noteInput.value = '';
        if (desk.state.current?.id === current.id) addNote(current, note);
      })
      .catch((error: unknown) => {
        if (statusOf(error) !== 401) desk.showCaseError(messageOf(error));
      })
      .finally(() => {
        el.noteSubmit.disabled = false;
      });
  });
}
