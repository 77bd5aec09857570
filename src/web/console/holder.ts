import type { HandoffView } from '../../handoff/handoff-types.js';
import { session } from './session.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** True for a staff user id rather than a name. */
export function isUuid(text: string): boolean {
  return UUID.test(text);
}

/** Whether the logged-in operator holds this handoff (the server names the holder by id and by name). */
export function mine(handoff: HandoffView | null | undefined): boolean {
  const { user } = session;
  if (!handoff || handoff.status !== 'claimed' || !user) return false;
  if (handoff.claimedById) return handoff.claimedById === user.id;
  const by = handoff.claimedBy;
  return by === user.id || by === user.displayName || by === user.username;
}

/** The name of whoever holds the handoff, for 「… 处理中」. */
export function holderName(handoff: HandoffView): string {
  const by = handoff.claimedBy;
  const { user } = session;
  if (!by) return '';
  if (user && (by === user.id || by === user.username)) return user.displayName;
  if (isUuid(by)) return '其他工作人员';
  return by;
}
