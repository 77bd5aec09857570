/** The channel name in addresses, the outbox and the console. */
export const WECHATY_CHANNEL = 'wechaty';

/** Where a resident talks to the bot: a private chat with a contact, or a group chat (room) they are in. */
export interface WechatyTarget {
  contactId: string;
  /** Set for a group chat: the answer goes to the room, mentioning the contact. */
  roomId?: string;
}

const ROOM_PREFIX = 'room/';

/**
 * The resident's id in yimen's address: the contact id for a private chat; for a group chat the room and
 * the member, so that what someone asks in a group stays a conversation of its own, answered in that group,
 * and never mixes with their private chat (a private application must not surface in a group, nor the
 * reverse). WeChat ids never contain "/", and inside the room form "/" and "%" are escaped, so the two
 * forms cannot collide and any id (even one a puppet mangled) comes back exactly.
 */
export function userIdOf(target: WechatyTarget): string {
  if (target.roomId === undefined) return target.contactId;
  return `${ROOM_PREFIX}${escapePart(target.roomId)}/${escapePart(target.contactId)}`;
}

/** The chat a yimen user id stands for (the inverse of userIdOf). */
export function targetOf(userId: string): WechatyTarget {
  if (!userId.startsWith(ROOM_PREFIX)) return { contactId: userId };
  const parts = userId.slice(ROOM_PREFIX.length).split('/');
  if (parts.length !== 2 || !parts[0] || !parts[1]) return { contactId: userId };
  return { roomId: unescapePart(parts[0]), contactId: unescapePart(parts[1]) };
}

// Not encodeURIComponent: it throws on a lone surrogate, and an id is whatever the puppet says it is.
function escapePart(part: string): string {
  return part.replace(/[%/]/g, (c) => (c === '%' ? '%25' : '%2F'));
}

function unescapePart(part: string): string {
  return part.replace(/%(25|2F)/g, (_, code: string) => (code === '25' ? '%' : '/'));
}
