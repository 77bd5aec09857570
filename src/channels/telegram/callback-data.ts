import { createHash } from 'node:crypto';
import type { Button } from '../../engine/buttons.js';

/** Telegram refuses a button whose callback_data is longer than this many UTF-8 bytes. */
export const CALLBACK_DATA_MAX_BYTES = 64;

// Marks a hashed id. An id that itself starts with it is hashed too, so a short id is never read as a hash.
const HASHED = '~';

// Telegram refuses text that is not valid UTF-8; an id with a lone surrogate is hashed like a long one.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/**
 * The callback_data for a button id: the id itself when it fits in 64 bytes of valid UTF-8, else `~` and
 * 22 characters of its SHA-256 (132 bits), the same on every instance and after a restart.
 */
export function callbackDataFor(id: string): string {
  if (
    !id.startsWith(HASHED) &&
    !LONE_SURROGATE.test(id) &&
    Buffer.byteLength(id, 'utf8') <= CALLBACK_DATA_MAX_BYTES
  )
    return id;
  return HASHED + createHash('sha256').update(id, 'utf8').digest('base64url').slice(0, 22);
}

/** True when callback_data stands for a longer id that must be looked up. */
export function isHashedCallbackData(data: string): boolean {
  return data.startsWith(HASHED);
}

/** Limits of the in-memory table. */
export interface CallbackTableLimits {
  maxChats: number;
  maxButtonsPerChat: number;
}

/**
 * The buttons with hashed callback_data sent to each chat, kept to turn a tap back into the id. It is a
 * cache: a tap it does not know (another instance sent the button, or the process restarted) is looked
 * up in the resident's transcript, which stores every button with its id.
 */
export interface CallbackTable {
  /** The callback_data for a button sent to `chatId`, remembered when it had to be hashed. */
  encode(chatId: string, button: Button): string;
  /** The button a hashed callback_data stands for in this chat, if this process sent it. */
  lookup(chatId: string, data: string): Button | undefined;
}

/** Builds a table bounded by `limits`: the least recently used chats and oldest buttons are forgotten first. */
export function createCallbackTable(
  limits: CallbackTableLimits = { maxChats: 10_000, maxButtonsPerChat: 64 },
): CallbackTable {
  const chats = new Map<string, Map<string, Button>>();
  return {
    encode(chatId, button) {
      const data = callbackDataFor(button.id);
      if (!isHashedCallbackData(data)) return data;
      const buttons = chats.get(chatId) ?? new Map<string, Button>();
      chats.delete(chatId);
      chats.set(chatId, buttons);
      buttons.delete(data);
      buttons.set(data, button);
      for (const oldest of buttons.keys()) {
        if (buttons.size <= limits.maxButtonsPerChat) break;
        buttons.delete(oldest);
      }
      for (const oldest of chats.keys()) {
        if (chats.size <= limits.maxChats) break;
        chats.delete(oldest);
      }
      return data;
    },
    lookup: (chatId, data) => chats.get(chatId)?.get(data),
  };
}

/** The button among `offered` whose callback_data is `data` (the transcript fallback of the table). */
export function findByCallbackData(offered: readonly Button[], data: string): Button | undefined {
  return offered.find((button) => callbackDataFor(button.id) === data);
}
