import type { Address, Inbound } from '../engine/inbound.js';
import { residentText } from '../text/resident-text.js';

/**
 * An inbound message every string of which PostgreSQL can store: NUL dropped and lone surrogates replaced in
 * the text, the ids and every other string a channel copied from its input. Applied once where every channel
 * hands its messages to the engine, so a channel that forgets cannot turn a stray byte into a 500.
 */
export function storableInbound(inbound: Inbound): Inbound {
  return clean(inbound);
}

/** An address made storable the same way (for a transcript opened before any message). */
export function storableAddress(address: Address): Address {
  return { channel: residentText(address.channel), userId: residentText(address.userId) };
}

function clean<T>(value: T): T {
  if (typeof value === 'string') return residentText(value) as T;
  if (Array.isArray(value)) return value.map(clean) as T;
  if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, clean(v)])) as T;
  }
  return value;
}
