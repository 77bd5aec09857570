import { z } from 'zod';
import type { Button } from '../../engine/buttons.js';

/** Frames the web chat page sends. */
export const clientFrameSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('hello'),
    /**
     * The browser's own random id, kept in localStorage, so the conversation survives reloads. Its strength is
     * checked by the socket (weakWebChatId), which answers a weak one with its own error code.
     */
    userId: z.string().max(256),
  }),
  z.object({
    type: z.literal('message'),
    messageId: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'messageId must be 1–64 letters, digits, - or _'),
    text: z.string(),
    /** Set when the resident tapped a button: its id; `text` is then its label. */
    buttonId: z.string().min(1).max(120).optional(),
  }),
  z.object({ type: z.literal('ping') }),
  /** The resident is typing: an operator holding the conversation sees it. */
  z.object({ type: z.literal('typing') }),
]);

/** A validated frame from the page. */
export type ClientFrame = z.infer<typeof clientFrameSchema>;

/** One transcript line as the page shows it. */
export interface FrameMessage {
  id: string;
  author: 'resident' | 'bot' | 'operator' | 'system';
  text: string;
  buttons?: Button[];
  /** The buttons' labels, for pages written before buttons had ids. */
  quickReplies?: string[];
  at: string;
}

/** Frames the server sends to the page. */
export type ServerFrame =
  | {
      type: 'welcome';
      conversationId: string;
      history: FrameMessage[];
      intro: { text: string; buttons?: Button[]; quickReplies?: string[] };
    }
  /** The bot is working on an answer, or (`who: 'operator'`) an operator is typing one. */
  | { type: 'typing'; active: boolean; who?: 'operator' }
  | { type: 'accepted'; messageId: string }
  | { type: 'reply'; inReplyTo: string; replayed: boolean; messages: FrameMessage[] }
  | { type: 'push'; message: FrameMessage }
  | { type: 'pong' }
  | { type: 'error'; code: string; message: string; messageId?: string };

/** A message with its buttons, plus their labels for older pages. */
export function withLabels<T extends { buttons?: Button[] }>(message: T): T & { quickReplies?: string[] } {
  return message.buttons && message.buttons.length > 0
    ? { ...message, quickReplies: message.buttons.map((b) => b.label) }
    : message;
}
