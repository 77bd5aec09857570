import type { Button } from './button.js';

/** Remembers, per resident, the options last numbered for them, so a digit reply maps back to a button. */
export interface OfferedOptions {
  /** The options last offered to this resident, or undefined when none are current. */
  get(userId: string): Promise<readonly Button[] | undefined>;
  /** Records what was just sent; an empty list clears, so an old menu never captures a later digit. */
  set(userId: string, buttons: readonly Button[]): Promise<void>;
}

/** Options of the in-memory store. */
export interface MemoryOfferedOptionsOptions {
  /** How long options stay answerable; a digit sent a day later is more likely an answer to something else. */
  ttlMs?: number;
  /** Residents remembered at most; the least recently served are forgotten first. */
  maxUsers?: number;
  now?: () => number;
}

/** An in-memory OfferedOptions for one process (tests, single-instance deployments). */
export function createMemoryOfferedOptions(options: MemoryOfferedOptionsOptions = {}): OfferedOptions {
  const ttlMs = options.ttlMs ?? 30 * 60_000;
  const maxUsers = options.maxUsers ?? 10_000;
  const now = options.now ?? Date.now;
  const entries = new Map<string, { buttons: readonly Button[]; expiresAt: number }>();
  return {
    get(userId) {
      const entry = entries.get(userId);
      if (!entry) return Promise.resolve(undefined);
      if (entry.expiresAt <= now()) {
        entries.delete(userId);
        return Promise.resolve(undefined);
      }
      return Promise.resolve(entry.buttons);
    },
    set(userId, buttons) {
      entries.delete(userId);
      if (buttons.length > 0) {
        entries.set(userId, {
          buttons: buttons.map(({ id, label }) => ({ id, label })),
          expiresAt: now() + ttlMs,
        });
        // Map keeps insertion order, and a set re-inserts: the first key is the least recently served.
        while (entries.size > maxUsers) {
          const oldest = entries.keys().next().value;
          if (oldest === undefined) break;
          entries.delete(oldest);
        }
      }
      return Promise.resolve();
    },
  };
}
