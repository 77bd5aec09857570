import type { ReplyAction } from './actions.js';
import { dynamicButton, type Button } from './buttons.js';
import type { DialogueServices } from './dialogue-services.js';
import { fillTemplate, type CannedReply } from './system-replies.js';

/** The locality's names and numbers, filled into every canned text. */
export function contactValues(services: DialogueServices): Record<string, string> {
  const { locality } = services;
  return { hotline: locality.hotline, hotlineName: locality.hotlineName, locality: locality.name };
}

/** A button by id: from replies/buttons.yaml, or built from data (`type:…` with the type's short name). */
export function buttonById(services: DialogueServices, id: string): Button {
  if (id.startsWith('type:')) {
    const type = id.slice('type:'.length);
    return dynamicButton.type(type, services.locality.typeShortLabel(type));
  }
  return services.buttons.get(id);
}

/** A canned reply as an action: placeholders filled (the locality's included) and its buttons resolved. */
export function renderCanned(
  services: DialogueServices,
  canned: CannedReply,
  values: Readonly<Record<string, string>> = {},
): ReplyAction {
  const text = fillTemplate(canned.text, { ...contactValues(services), ...values }).trim();
  const buttons = canned.buttons?.map((id) => buttonById(services, id));
  return { type: 'reply', text, ...(buttons && buttons.length > 0 ? { buttons } : {}) };
}
